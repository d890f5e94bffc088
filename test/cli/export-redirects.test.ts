import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir, projectRoot } from '../../src/project-files.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { writeInputs } from '../../src/testing/factories.js';
import { storedArticleInput } from '../../src/testing/stored-article-input.js';

describe('healthpress build writes where articles moved (redirect files and pages)', () => {
  it('writes _redirects, an nginx map and a page at the old address (none while nothing moved); moved back, the real page replaces the redirect page', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'hp-redirects-')), 'site.db');
    const out = join(mkdtempSync(join(tmpdir(), 'hp-redirects-out-')), 'site');
    const build = () => {
      const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), 'build', '--db', db, '--out', out, '--base-url', 'https://example.org/health/'], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(run.status, 0, run.stderr);
    };
    const { site } = await openSqliteSite(db);
    try {
      assert.equal((await runImport(site, markdownDirLoader, demoContentDir)).failed.length, 0);
      build();
      assert.equal(existsSync(join(out, '_redirects')), false, 'nothing moved: no redirect files');

      const input = await storedArticleInput(site.catalogue, 'what-is-a-miscarriage');
      await writeInputs(site.ingest, [{ ...input, slug: 'miscarriage-explained' }], '2026-06-01T00:00:00.000Z');
      build();
      const netlify = readFileSync(join(out, '_redirects'), 'utf8');
      assert.match(netlify, /^\/health\/articles\/what-is-a-miscarriage \/health\/articles\/miscarriage-explained\/ 301$/m);
      assert.match(netlify, /^\/health\/articles\/what-is-a-miscarriage\/ \/health\/articles\/miscarriage-explained\/ 301$/m);
      assert.match(readFileSync(join(out, 'nginx-redirects.conf'), 'utf8'), /"\/health\/articles\/what-is-a-miscarriage\/" "\/health\/articles\/miscarriage-explained\/";/);
      const page = readFileSync(join(out, 'articles', 'what-is-a-miscarriage', 'index.html'), 'utf8');
      assert.match(page, /<meta http-equiv="refresh" content="0; url=\/health\/articles\/miscarriage-explained\/">/);
      assert.match(page, /<link rel="canonical" href="https:\/\/example.org\/health\/articles\/miscarriage-explained\/">/);
      assert.ok(existsSync(join(out, 'articles', 'miscarriage-explained', 'index.html')), 'the article at its new address');

      await writeInputs(site.ingest, [{ ...input, slug: 'what-is-a-miscarriage' }], '2026-06-02T00:00:00.000Z');
      build();
      assert.match(readFileSync(join(out, 'articles', 'what-is-a-miscarriage', 'index.html'), 'utf8'), /<article class="article"/, 'back at its first address: the real page again');
      assert.match(readFileSync(join(out, '_redirects'), 'utf8'), /^\/health\/articles\/miscarriage-explained \/health\/articles\/what-is-a-miscarriage\/ 301$/m, 'the interim address leads back');
    } finally {
      await site.maintenance.close();
    }
  });
});
