import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir, projectRoot } from '../../src/project-files.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import type { Site } from '../../src/app/site.js';
import { articleInput, writeInputs } from '../../src/testing/factories.js';
import { assertSameExport } from '../../src/testing/export-files.js';

const BASE_URL = 'https://example.org/health/';

/**
 * Issue 14: a build killed or stopped with Ctrl-C part way left pages built with the new settings
 * (or half-written files), and a plain rerun reported "written 0" and kept them. Each case
 * stops a real `healthpress build` after a known number of files, reruns it plainly, and compares
 * the folder byte for byte with a build from scratch.
 */
describe('an interrupted build leaves a mixed site (issue 14)', () => {
  let db: string;
  let site: Site;
  const out = join(mkdtempSync(join(tmpdir(), 'hp-interrupted-')), 'site');
  const build = (dir: string, env: Record<string, string> = {}, extra: string[] = []) =>
    spawnSync(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), 'build', '--db', db, '--out', dir, '--base-url', BASE_URL, ...extra], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ...env },
    });
  const interrupted = (signal: 'SIGKILL' | 'SIGINT', files: number, env: Record<string, string> = {}, extra: string[] = []) => {
    const run = build(out, { ...env, HEALTHPRESS_TEST_SIGNAL_AFTER_FILES: `${signal}:${files}` }, extra);
    assert.equal(run.signal, signal, `stopped by ${signal} (status ${run.status}: ${run.stderr})`);
  };
  /** A build from scratch of the site as it is; reused while the content stays the same. */
  let fresh: string | null = null;
  const rerunAndCompare = (label: string) => {
    const rerun = build(out);
    assert.equal(rerun.status, 0, rerun.stderr);
    if (!fresh) {
      fresh = join(mkdtempSync(join(tmpdir(), 'hp-interrupted-fresh-')), 'site');
      assert.equal(build(fresh).status, 0);
    }
    assertSameExport(out, fresh, label);
  };

  before(async () => {
    db = join(mkdtempSync(join(tmpdir(), 'hp-interrupted-db-')), 'site.db');
    ({ site } = await openSqliteSite(db));
    assert.equal((await runImport(site, markdownDirLoader, demoContentDir)).failed.length, 0);
    const first = build(out);
    assert.equal(first.status, 0, first.stderr);
  });
  after(() => site?.maintenance.close());

  it('killed (SIGKILL) after a few files of a build with another site name: a plain rerun restores the site', () => {
    interrupted('SIGKILL', 3, { HEALTHPRESS_SITE_NAME: 'Renamed' });
    rerunAndCompare('SIGKILL after 3 files');
  });

  it('killed late in a build with another base URL: a plain rerun restores the site', () => {
    interrupted('SIGKILL', 60, {}, ['--base-url', 'https://elsewhere.example/']);
    rerunAndCompare('SIGKILL after 60 files');
  });

  it('stopped with Ctrl-C (SIGINT), then the rerun itself killed: the next plain rerun restores the site', () => {
    interrupted('SIGINT', 10, { HEALTHPRESS_SITE_NAME: 'Renamed' });
    interrupted('SIGKILL', 2);
    rerunAndCompare('SIGINT, then SIGKILL of the rerun');
  });

  it('killed at the end of an incremental build (its files written, not its manifest) that adds an article, which is a draft again before the rerun: its pages are removed', async () => {
    const input = articleInput({ slug: 'interrupted-build-sample', title: 'Interrupted build sample', topic: { name: 'Interrupted build topic', synonyms: [], semanticGroup: 'Disorders' } });
    await writeInputs(site.ingest, [input], '2026-06-01T00:00:00.000Z');
    fresh = null;
    // How many files the incremental build writes, measured on a copy: killed once it has written
    // them all but before its manifest, so the new article's page is on disk whatever the order.
    const copy = join(mkdtempSync(join(tmpdir(), 'hp-interrupted-copy-')), 'site');
    cpSync(out, copy, { recursive: true });
    const measured = build(copy, {}, ['--json']);
    const { written } = JSON.parse(measured.stdout) as { written: number };
    assert.ok(written > 3, `the new article rewrites listings (${written} files)`);
    interrupted('SIGKILL', written);
    assert.ok(existsSync(join(out, 'articles', 'interrupted-build-sample', 'index.html')), 'the killed build wrote the new page');
    await writeInputs(site.ingest, [{ ...input, status: 'draft' }], '2026-06-02T00:00:00.000Z');
    fresh = null;
    rerunAndCompare('incremental build killed');
  });
});
