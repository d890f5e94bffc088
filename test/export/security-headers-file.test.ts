import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HEADERS_FILE, headersFileText, securityHeaderLines } from '../../src/export/header-files.js';
import { projectRoot } from '../../src/project-files.js';
import { startDemoSite } from '../../src/testing/demo-site.js';

/** The `Name: value` lines under one path pattern of a `_headers` file. */
function block(text: string, pattern: string): Map<string, string> {
  const lines = text.split('\n');
  const start = lines.indexOf(pattern);
  assert.ok(start >= 0, `no ${pattern} block in:\n${text}`);
  const headers = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}([\w-]+): (.*)$/.exec(line);
    if (!match) break;
    headers.set(match[1]!.toLowerCase(), match[2]!);
  }
  return headers;
}

describe('the static export\'s security headers (_headers for Netlify and Cloudflare Pages, the nginx example)', () => {
  it('_headers holds, for every file, the security headers the server sends, and immutable caching for assets', async () => {
    const site = await startDemoSite();
    try {
      const response = await fetch(`${site.origin}/articles/causes-of-back-pain-after-a-miscarriage`);
      await response.arrayBuffer();
      const headers = block(headersFileText('/health'), '/health/*');
      for (const name of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy']) {
        assert.ok(response.headers.get(name), `the server sends ${name}`);
        assert.equal(headers.get(name), response.headers.get(name), name);
      }
      assert.equal(block(headersFileText('/health'), '/health/assets/*').get('cache-control'), 'public, max-age=31536000, immutable');
      assert.ok(block(headersFileText(''), '/*').has('content-security-policy'), 'at the root: /*');
    } finally {
      await site.close();
    }
  });

  it('healthpress build writes _headers at the top of the output', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'hp-headers-')), 'site.db');
    const out = join(mkdtempSync(join(tmpdir(), 'hp-headers-out-')), 'site');
    const cli = (args: string[]) => {
      const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), ...args, '--db', db], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(run.status, 0, run.stderr);
    };
    cli(['import', 'markdown', join(projectRoot, 'content', 'demo')]);
    cli(['build', '--out', out, '--base-url', 'https://example.org/health/']);
    assert.equal(readFileSync(join(out, HEADERS_FILE), 'utf8'), headersFileText('/health'));
  });

  it('docs/static-export.md gives nginx the same headers, value for value', () => {
    const doc = readFileSync(join(projectRoot, 'docs', 'static-export.md'), 'utf8');
    const nginx = new Map([...doc.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1]!, m[2]!]));
    for (const [name, value] of securityHeaderLines()) assert.equal(nginx.get(name), value, `add_header ${name} in docs/static-export.md`);
  });
});
