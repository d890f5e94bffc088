import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir, projectRoot } from '../../src/project-files.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { articleInput, writeInputs } from '../../src/testing/factories.js';
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

  it('writes where a topic and a category moved, a category\'s subcategories and pages 2, 3, … included; the incremental build is the full build', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'hp-redirects-taxonomy-')), 'site.db');
    const out = join(mkdtempSync(join(tmpdir(), 'hp-redirects-taxonomy-out-')), 'site');
    const build = (dir: string, ...extra: string[]) => {
      const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), 'build', '--db', db, '--out', dir, '--base-url', 'https://example.org/health/', ...extra], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(run.status, 0, run.stderr);
    };
    const { site } = await openSqliteSite(db);
    try {
      assert.equal((await runImport(site, markdownDirLoader, demoContentDir)).failed.length, 0);
      // Enough sample articles in one category for a second page of its listing.
      await writeInputs(site.ingest, Array.from({ length: 21 }, (_, i) => articleInput({ title: `Sample infection note ${i + 1}`, slug: `sample-infection-note-${i + 1}`, categoryPath: ['Infections'] })), '2026-06-01T00:00:00.000Z');
      build(out);
      assert.ok(existsSync(join(out, 'categories', 'infections', 'page', '2', 'index.html')), 'the listing has a page 2');
      assert.ok(existsSync(join(out, 'topics', 'insomnia', 'index.html')));

      const insomnia = (await site.taxonomy.list('topic', { q: 'insomnia', limit: 1, offset: 0 })).items[0]!;
      assert.equal((await site.taxonomy.changeSlug('topic', insomnia.id, 'sleeplessness', '2026-06-02T00:00:00.000Z')).ok, true);
      const infections = (await site.taxonomy.categories()).find((c) => c.slug === 'infections')!;
      assert.equal((await site.taxonomy.changeSlug('category', infections.id, 'infectious-diseases', '2026-06-02T00:00:00.000Z')).ok, true);
      build(out);

      const netlify = readFileSync(join(out, '_redirects'), 'utf8');
      const moves: [string, string][] = [
        ['topics/insomnia', 'topics/sleeplessness'],
        ['categories/infections', 'categories/infectious-diseases'],
        ['categories/infections/respiratory-infections', 'categories/infectious-diseases/respiratory-infections'],
        ['categories/infections/page/2', 'categories/infectious-diseases/page/2'],
      ];
      for (const [from, to] of moves) {
        assert.ok(netlify.split('\n').includes(`/health/${from} /health/${to}/ 301`), `${from} in _redirects`);
        assert.ok(netlify.split('\n').includes(`/health/${from}/ /health/${to}/ 301`), `${from}/ in _redirects`);
        const page = readFileSync(join(out, ...from.split('/'), 'index.html'), 'utf8');
        assert.ok(page.includes(`<meta http-equiv="refresh" content="0; url=/health/${to}/">`), `a redirect page at ${from}`);
        assert.ok(page.includes(`<link rel="canonical" href="https://example.org/health/${to}/">`));
        assert.ok(existsSync(join(out, ...to.split('/'), 'index.html')), `the page at ${to}`);
      }
      assert.match(readFileSync(join(out, 'nginx-redirects.conf'), 'utf8'), /"\/health\/categories\/infections\/page\/2\/" "\/health\/categories\/infectious-diseases\/page\/2\/";/);
      assert.match(readFileSync(join(out, 'articles', 'causes-of-insomnia', 'index.html'), 'utf8'), /href="\/health\/topics\/sleeplessness"/, 'the incremental build rewrote the articles that link to the topic');

      // What the incremental build holds is what a full build from scratch holds.
      const full = join(mkdtempSync(join(tmpdir(), 'hp-redirects-taxonomy-full-')), 'site');
      build(full, '--full');
      assert.deepEqual(hashes(out), hashes(full));
    } finally {
      await site.maintenance.close();
    }
  });
});

/** Every file of an export but its manifest, by path, with its sha256. */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== '.healthpress-build.json')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}
