import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { boot } from '../../src/boot.js';
import { projectRoot } from '../../src/paths.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../src/testing/postgres.js';
import { buildApp } from '../../src/web/app.js';

const schema = `hp_site_${process.pid}_${Date.now().toString(36)}`;
const env = { HEALTHPRESS_DATABASE_URL: TEST_PG_URL, HEALTHPRESS_DATABASE_SCHEMA: schema };
const skip = (await postgresReachable()) ? false : `no PostgreSQL at ${TEST_PG_URL} (set HEALTHPRESS_TEST_PG)`;

describe('the site on PostgreSQL (HEALTHPRESS_DATABASE_URL)', { skip }, () => {
  after(() => (skip ? undefined : dropSchemas([schema])));

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
      const app = await buildApp({ store: booted.store, config: booted.config });
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
      await booted.store.close();
    }
  });
});
