import { rename, writeFile } from 'node:fs/promises';
import { securityHeaderValues } from '../web/security-headers.js';
import { fileInside } from './output-path.js';

export const HEADERS_FILE = '_headers';

/** How the server caches assets (web/app.ts): safe because each URL carries its file's content hash. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

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

/** Rewritten on every build (a changed policy reaches the host with the next deploy), through a temporary name. */
export async function writeHeaderFiles(outDir: string, site: { basePath: string }): Promise<void> {
  const file = fileInside(outDir, HEADERS_FILE);
  await writeFile(`${file}.tmp`, headersFileText(site.basePath));
  await rename(`${file}.tmp`, file);
}
