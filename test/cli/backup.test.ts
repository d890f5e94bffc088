import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir, projectRoot } from '../../src/project-files.js';
import { openSqliteSite, type SqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { articleInput, writeInputs } from '../../src/testing/factories.js';

const CLI = join(projectRoot, 'bin', 'healthpress.js');
const work = mkdtempSync(join(tmpdir(), 'hp-backup-'));
const db = join(work, 'site.db');
const healthpress = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8', timeout: 60_000 });

describe('healthpress backup and restore (issue 14: copying the .db file without its WAL loses data)', () => {
  // A "server": this process keeps the site open and writes while the CLI backs it up.
  let live: SqliteSite;
  before(async () => {
    live = await openSqliteSite(db);
    assert.equal((await runImport(live.site, markdownDirLoader, demoContentDir)).failed.length, 0);
  });
  after(() => live?.site.maintenance.close());

  it('backs up a database another process holds open, including its latest commit; refuses to restore over it without --force; restores with it', async () => {
    await writeInputs(live.site.ingest, [articleInput({ slug: 'written-just-before-the-backup', title: 'Sample: written just before the backup' })], new Date().toISOString());
    const backupFile = join(work, 'backups', 'site-backup.db');
    const backup = healthpress('backup', backupFile, '--json');
    assert.equal(backup.status, 0, backup.stderr);
    assert.ok((JSON.parse(backup.stdout) as { pages: number }).pages > 10);

    const copy = await openSqliteSite(backupFile);
    try {
      assert.ok(await copy.site.catalogue.findArticleBySlug('written-just-before-the-backup'), 'the last commit is in the backup');
      assert.equal((await copy.site.maintenance.stats()).articles, (await live.site.maintenance.stats()).articles);
    } finally {
      await copy.site.maintenance.close();
    }

    await writeInputs(live.site.ingest, [articleInput({ slug: 'written-after-the-backup', title: 'Sample: written after the backup' })], new Date().toISOString());
    const refused = healthpress('restore', backupFile);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /a database already exists at .*site\.db; restoring replaces everything in it .* add --force/);
    assert.ok(await live.site.catalogue.findArticleBySlug('written-after-the-backup'), 'nothing was replaced');

    const restored = healthpress('restore', backupFile, '--force');
    assert.equal(restored.status, 0, restored.stderr);
    assert.equal(await live.site.catalogue.findArticleBySlug('written-after-the-backup'), null, 'the open connection reads the restored database');
    assert.ok(await live.site.catalogue.findArticleBySlug('written-just-before-the-backup'));
  });

  it('refuses a file that is not a healthpress backup, and a backup onto the database itself, writing nothing', () => {
    const notSqlite = join(work, 'notes.txt');
    writeFileSync(notSqlite, 'not a database');
    const bad = healthpress('restore', notSqlite, '--force');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /file: .*notes\.txt is not a SQLite database/);
    const self = healthpress('backup', db);
    assert.equal(self.status, 1);
    assert.match(self.stderr, /file: the backup cannot be the database itself/);
    const missing = spawnSync(process.execPath, [CLI, 'backup', join(work, 'x.db'), '--db', join(work, 'none', 'site.db')], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /--db: there is no database at/);
    assert.equal(existsSync(join(work, 'x.db')), false);
  });
});
