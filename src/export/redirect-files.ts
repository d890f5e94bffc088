import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { escapeAttribute, escapeText } from 'entities';
import { paths } from '../content/paths.js';
import { writeFileAtomically } from './build-journal.js';
import { fileInside, outputFileFor } from './output-path.js';

/** Marks a page this module wrote, so a later build may replace it but never a real page. */
const MARK = '<meta name="generator" content="healthpress redirect">';

/**
 * A static host has no database to ask where an address moved, so the export writes the moves
 * out three ways: `_redirects` (Netlify and Cloudflare Pages syntax), `nginx-redirects.conf` (a
 * `map` to include), and, for any other host, a small page at the old address (meta refresh and a
 * canonical link, which search engines treat as a move). All rewritten in full on every build; none when nothing moved.
 * A moved listing (a topic's or a category's page) moved with its pages 2, 3, …: each page this
 * build wrote at the new address gets its old address too.
 */
export async function writeRedirectFiles(outDir: string, recorded: { from: string; to: string }[], site: { baseUrl: string; basePath: string }): Promise<number> {
  const moves = recorded.flatMap((move) => [move, ...listingPagesMoved(outDir, move)]);
  const files = ['_redirects', 'nginx-redirects.conf'].map((name) => fileInside(outDir, name));
  if (moves.length === 0) {
    // A site where nothing moved gets no redirect files (and loses those of moves since undone).
    for (const file of files) await rm(file, { force: true });
    return 0;
  }
  const at = (path: string) => `${site.basePath}${path}`;
  const netlify = moves.flatMap(({ from, to }) => [`${at(from)} ${at(to)}/ 301`, `${at(from)}/ ${at(to)}/ 301`]);
  writeFileAtomically(files[0]!, `${netlify.join('\n')}\n`);
  const nginx = [
    '# healthpress: moved addresses. In the http block: include this file; in the server block:',
    '#   if ($healthpress_redirect) { return 301 $healthpress_redirect; }',
    'map $uri $healthpress_redirect {',
    '  default "";',
    ...moves.flatMap(({ from, to }) => [`  ${JSON.stringify(at(from))} ${JSON.stringify(`${at(to)}/`)};`, `  ${JSON.stringify(`${at(from)}/`)} ${JSON.stringify(`${at(to)}/`)};`]),
    '}',
  ];
  writeFileAtomically(files[1]!, `${nginx.join('\n')}\n`);
  let pages = 0;
  for (const { from, to } of moves) {
    const file = fileInside(outDir, outputFileFor(from, 'text/html'));
    const existing = await readFile(file, 'utf8').catch(() => null);
    if (existing !== null && !existing.includes(MARK)) continue; // a real page lives there now
    const target = `${at(to)}/`;
    const canonical = `${site.baseUrl.replace(/\/+$/, '')}${to}/`;
    await mkdir(dirname(file), { recursive: true });
    // Whole or not at all: a half-written page without its mark would pass for a real page.
    writeFileAtomically(file, `<!doctype html><html lang="en"><head><meta charset="utf-8">${MARK}<title>This page has moved</title><meta name="robots" content="noindex"><link rel="canonical" href="${escapeAttribute(canonical)}"><meta http-equiv="refresh" content="0; url=${escapeAttribute(target)}"></head><body><main><h1>This page has moved</h1><p>It is now at <a href="${escapeAttribute(target)}">${escapeText(target)}</a>.</p></main></body></html>\n`);
    pages++;
  }
  return pages;
}

/** `from/page/N` → `to/page/N` for every page N (from 2) of a listing the build wrote at `to`. */
function listingPagesMoved(outDir: string, move: { from: string; to: string }): { from: string; to: string }[] {
  const dir = fileInside(outDir, outputFileFor(`${move.to}/page`, 'application/octet-stream'));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[1-9]\d*$/.test(name) && existsSync(fileInside(dir, `${name}/index.html`)))
    .map(Number)
    .sort((a, b) => a - b)
    .map((n) => ({ from: paths.listingPage(move.from, n), to: paths.listingPage(move.to, n) }));
}
