import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { demoContentDir } from '../project-files.js';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { importSucceeded, runImport } from './import-runner.js';
import { markdownDirLoader } from './markdown-dir.js';

/**
 * Issue 14: an import on a full disk reported every batch as "cannot rollback - no transaction
 * is active", never the real SQLITE_FULL, kept reading every file, and the list refresh then
 * threw. A cap on the database's pages makes it full at a known size.
 */
describe('an import on a full disk', () => {
  it('reports SQLITE_FULL once, stops reading, refreshes no list, and leaves the database consistent', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hp-full-')), 'site.db');
    (await openSqliteSite(path)).site.maintenance.close();
    const empty = new SQLite(path);
    const pages = Number(empty.pragma('page_count', { simple: true }));
    empty.close();

    const { site } = await openSqliteSite(path, { maxPageCount: pages + 40 });
    try {
      const report = await runImport(site, markdownDirLoader, demoContentDir, { batchSize: 2 });
      assert.match(report.stopped ?? '', /database or disk is full \(SQLITE_FULL\)/);
      assert.equal(importSucceeded(report), false);
      assert.ok(report.imported > 0, `some batches fitted (${report.imported})`);
      assert.ok(report.failed.length <= 2, `only the batch that did not fit failed (${report.failed.length})`);
      assert.ok(report.failed.every((failure) => !/cannot rollback/.test(failure.reason)), JSON.stringify(report.failed));
      const total = (await import('node:fs')).readdirSync(demoContentDir).filter((name) => name.endsWith('.md')).length;
      assert.ok(report.files < total, `stopped reading (${report.files} of ${total} files)`);
      assert.equal(report.related, null, 'no list refresh');
      // Consistent: what was imported is there and readable (drafts among it are not published).
      const published = await site.catalogue.countPublished();
      assert.ok(published > 0 && published <= report.imported, `${published} published of ${report.imported}`);
      const check = new SQLite(path, { readonly: true });
      assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
      check.close();
    } finally {
      await site.maintenance.close();
    }
  });
});
