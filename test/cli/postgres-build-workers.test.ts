import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { boot } from '../../src/boot.js';
import { buildSite } from '../../src/export/build-site.js';
import { demoContentDir, projectRoot } from '../../src/project-files.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../src/testing/postgres.js';
import { assertSameExport } from '../../src/testing/export-files.js';

const schema = `hp_workers_${process.pid}_${Date.now().toString(36)}`;
const env = { HEALTHPRESS_DATABASE_URL: TEST_PG_URL, HEALTHPRESS_DATABASE_SCHEMA: schema };
const skip = (await postgresReachable()) ? false : `no PostgreSQL at ${TEST_PG_URL} (set HEALTHPRESS_TEST_PG)`;
const cli = join(projectRoot, 'bin', 'healthpress.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });

describe('healthpress build --workers on PostgreSQL', { skip }, () => {
  before(() => {
    const imported = run(['import', 'markdown', demoContentDir]);
    assert.equal(imported.status, 0, imported.stderr);
  });
  after(() => (skip ? undefined : dropSchemas([schema])));

  it('writes with --workers 2 the same files as with --workers 0', () => {
    const build = (workers: number) => {
      const out = join(mkdtempSync(join(tmpdir(), `hp-pg-workers-${workers}-`)), 'site');
      const result = run(['build', '--out', out, '--base-url', 'https://example.org/health/', '--workers', String(workers), '--json']);
      assert.equal(result.status, 0, result.stderr + result.stdout);
      const summary = JSON.parse(result.stdout) as { files: number; rendered: number; brokenLinks: unknown[] };
      assert.ok(summary.files > 100 && summary.rendered === summary.files, `${workers} workers: ${summary.rendered} of ${summary.files}`);
      assert.deepEqual(summary.brokenLinks, []);
      return out;
    };
    assertSameExport(build(2), build(0), '--workers 2 against 0');
  });

  it('boots each render worker with the configuration the site was booted with, not the SQLite default', async () => {
    // Each test file runs in its own process, so setting the environment here touches no other test.
    Object.assign(process.env, env);
    const { config, site } = await boot({ baseUrl: 'https://example.org/health/' });
    try {
      const build = async (workers: number) => {
        const outDir = join(mkdtempSync(join(tmpdir(), `hp-pg-pool-${workers}-`)), 'site');
        const summary = await buildSite({ catalogue: site.catalogue, changes: site.changes, config, outDir, workers, bootConfig: config, mediaDir: config.mediaDir });
        assert.ok(summary.files > 100 && summary.rendered === summary.files, `${workers} workers: ${summary.rendered} of ${summary.files}`);
        return outDir;
      };
      assertSameExport(await build(2), await build(0), 'a pool of 2 against the main thread');
    } finally {
      await site.maintenance.close();
    }
  });
});
