import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { boot } from '../../src/boot.js';
import { projectRoot } from '../../src/project-files.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../src/testing/postgres.js';
import { buildApp } from '../../src/web/app.js';

const schema = `hp_site_${process.pid}_${Date.now().toString(36)}`;
const env = { HEALTHPRESS_DATABASE_URL: TEST_PG_URL, HEALTHPRESS_DATABASE_SCHEMA: schema };
const buildSchema = `${schema}_build`;
const skip = (await postgresReachable()) ? false : `no PostgreSQL at ${TEST_PG_URL} (set HEALTHPRESS_TEST_PG)`;

describe('the site on PostgreSQL (HEALTHPRESS_DATABASE_URL)', { skip }, () => {
  after(() => (skip ? undefined : dropSchemas([schema, buildSchema])));

  it('imports with the CLI, counts, and serves the reader pages from PostgreSQL', async () => {
    const cli = join(projectRoot, 'bin', 'healthpress.js');
    const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
    const imported = run(['import', 'markdown', join(projectRoot, 'content', 'demo'), '--json']);
    assert.equal(imported.status, 0, imported.stderr);
    assert.equal((JSON.parse(imported.stdout) as { imported: number }).imported, 51);
    const stats = JSON.parse(run(['stats', '--json']).stdout) as { articles: number; database: string };
    assert.equal(stats.articles, 51);
    assert.match(stats.database, new RegExp(`schema ${schema}`));

    // Each test file runs in its own process, so setting the environment here touches no other test.
    Object.assign(process.env, env);
    const booted = await boot();
    try {
      assert.equal(booted.search, undefined, 'no search index on PostgreSQL yet');
      const app = await buildApp({ catalogue: booted.site.catalogue, config: booted.config });
      for (const url of ['/', '/articles/causes-of-back-pain-after-a-miscarriage', '/topics/miscarriage', '/categories/womens-health', '/health-a-z', '/sitemap.xml', '/api/articles?limit=3']) {
        const response = await app.inject({ url });
        assert.equal(response.statusCode, 200, url);
      }
      const article = await app.inject({ url: '/articles/causes-of-back-pain-after-a-miscarriage' });
      assert.match(article.body, /Recommended/);
      assert.match(article.body, /rel="(prev|next)"/);
      const before = await booted.contentVersion();
      run(['import', 'markdown', join(projectRoot, 'test', 'fixtures', 'markdown', 'good')]);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.notEqual(await booted.contentVersion(), before, 'a write from another process moves the content version');
      await app.close();
    } finally {
      await booted.site.maintenance.close();
    }
  });

  it('builds the static site from PostgreSQL, then after an edit renders only what the edit touched', () => {
    const cli = join(projectRoot, 'bin', 'healthpress.js');
    const own = { ...env, HEALTHPRESS_DATABASE_SCHEMA: buildSchema };
    const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...own }, timeout: 120_000 });
    assert.equal(run(['import', 'markdown', join(projectRoot, 'content', 'demo')]).status, 0);
    const build = (out: string) => {
      const result = run(['build', '--out', out, '--base-url', 'https://example.org/', '--json']);
      assert.equal(result.status, 0, result.stderr + result.stdout);
      return JSON.parse(result.stdout) as { files: number; rendered: number; written: number };
    };
    const out = join(mkdtempSync(join(tmpdir(), 'hp-pg-build-')), 'site');
    const first = build(out);
    assert.ok(first.files > 100 && first.rendered === first.files, `${first.rendered} of ${first.files}`);

    const content = mkdtempSync(join(tmpdir(), 'hp-pg-content-'));
    cpSync(join(projectRoot, 'content', 'demo'), content, { recursive: true });
    const file = join(content, 'what-is-a-miscarriage.md');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nA sentence added on PostgreSQL.\n`);
    assert.equal(run(['import', 'markdown', content]).status, 0);
    const again = build(out);
    assert.ok(again.rendered < first.rendered / 4 && again.written >= 1, JSON.stringify(again));

    const fresh = join(mkdtempSync(join(tmpdir(), 'hp-pg-fresh-')), 'site');
    build(fresh);
    const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.healthpress')).map((e) => join(e.parentPath, e.name).slice(dir.length));
    assert.deepEqual(files(out).sort(), files(fresh).sort());
    for (const name of files(fresh)) assert.ok(readFileSync(join(out, name)).equals(readFileSync(join(fresh, name))), name);
  });
});
