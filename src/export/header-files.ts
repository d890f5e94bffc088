import { readFile, rename, writeFile } from 'node:fs/promises';
import { ASSET_CACHE_CONTROL } from '../web/asset-fingerprints.js';
import { securityHeaderValues } from '../web/security-headers.js';
import { fileInside } from './output-path.js';

export const HEADERS_FILE = '_headers';

// The names as the server sends them, in the case hosts and docs use.
const DISPLAY_NAMES: Record<string, string> = {
  'content-security-policy': 'Content-Security-Policy',
  'cross-origin-opener-policy': 'Cross-Origin-Opener-Policy',
  'permissions-policy': 'Permissions-Policy',
  'referrer-policy': 'Referrer-Policy',
  'x-content-type-options': 'X-Content-Type-Options',
  'x-frame-options': 'X-Frame-Options',
};

/** The security headers as `Name: value` pairs, in a stable order, for files and docs. */
export function securityHeaderLines(): [name: string, value: string][] {
  return Object.entries(securityHeaderValues())
    .map(([name, value]): [string, string] => [DISPLAY_NAMES[name] ?? name, value])
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * `_headers` (Netlify and Cloudflare Pages syntax): every file of the export gets the server's
 * security headers, and the assets its year-long caching. The server's own values, never a copy.
 */
export function headersFileText(basePath: string): string {
  const lines = [
    '# healthpress: the headers the server sends (web/security-headers.ts), for Netlify and Cloudflare Pages.',
    `${basePath}/*`,
    ...securityHeaderLines().map(([name, value]) => `  ${name}: ${value}`),
    `${basePath}/assets/*`,
    `  Cache-Control: ${ASSET_CACHE_CONTROL}`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Written when its bytes change (as every file of an incremental build), through a temporary
 * name so an interrupted build never leaves half a file.
 */
export async function writeHeaderFiles(outDir: string, site: { basePath: string }): Promise<void> {
  const file = fileInside(outDir, HEADERS_FILE);
  const text = headersFileText(site.basePath);
  if ((await readFile(file, 'utf8').catch(() => null)) === text) return;
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}
