import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { MANIFEST_FILE } from '../../src/export/build-manifest.js';
import { projectRoot } from '../../src/project-files.js';

const cli = join(projectRoot, 'bin', 'healthpress.js');
const fixtures = join(projectRoot, 'test', 'fixtures');

/**
 * test/fixtures/pre-change-seq.sqlite was written by the code before migration 006 from the demo
 * content of its time, kept beside it as pre-change-seq-content/ (both made by
 * scripts/pre-change-seq-fixture.mjs). What a migration must not do is lose or change anything:
 * the migrated database builds the very bytes a fresh import of the same content builds with
 * today's code. (Compared with today's code rather than with the old code's output, reader pages
 * may change without making this test fail for a reason that is not the migration's.)
 */
function freshImportBuild(dir: string): Record<string, string> {
  const db = join(dir, 'fresh.db');
  const run = spawnSync(process.execPath, [cli, 'import', 'markdown', join(fixtures, 'pre-change-seq-content'), '--db', db], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr);
  const out = join(dir, 'fresh-out');
  build(db, out);
  return hashes(out);
}

function build(db: string, out: string): { rendered: number } {
  const run = spawnSync(process.execPath, [cli, 'build', '--out', out, '--db', db, '--base-url', 'https://example.org', '--json'], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { rendered: number };
}

function hashes(out: string): Record<string, string> {
  const files = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(out, join(entry.parentPath, entry.name)))
    .filter((file) => file !== MANIFEST_FILE)
    .sort();
  return Object.fromEntries(files.map((file) => [file, createHash('sha256').update(readFileSync(join(out, file))).digest('hex')]));
}

/** What the change sequence's columns hold, whatever they are called. */
function positions(db: string, names: { seq: string; list: string }) {
  const sqlite = new Database(db, { readonly: true });
  try {
    return {
      site: sqlite.prepare(`select site_id, ${names.seq} as seq from content_state`).all(),
      articles: sqlite.prepare(`select id, slug, ${names.seq} as seq, ${names.list} as list from articles order by id`).all(),
      topics: sqlite.prepare(`select id, ${names.seq} as seq from topics order by id`).all(),
      categories: sqlite.prepare(`select id, ${names.seq} as seq from categories order by id`).all(),
    };
  } finally {
    sqlite.close();
  }
}

function columnsAndIndexes(db: string): { columns: string[]; indexes: string[] } {
  const sqlite = new Database(db, { readonly: true });
  try {
    const columns = ['content_state', 'articles', 'topics', 'categories'].flatMap((table) =>
      (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((column) => `${table}.${column.name}`),
    );
    const indexes = (sqlite.prepare(`select name from sqlite_master where type = 'index' and tbl_name = 'articles'`).all() as { name: string }[]).map((row) => row.name);
    return { columns, indexes };
  } finally {
    sqlite.close();
  }
}

describe('a database written before the change sequence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hp-old-db-'));
  const db = join(dir, 'site.db');
  const out = join(dir, 'out');
  copyFileSync(join(fixtures, 'pre-change-seq.sqlite'), db);
  const positionsBefore = positions(db, { seq: 'revision', list: 'list_revision' });
  let expectedBuild: Record<string, string> = {};
  before(() => {
    expectedBuild = freshImportBuild(dir);
  });

  it('migrates in place and builds the bytes a fresh import of the same content builds', () => {
    assert.ok(positionsBefore.articles.length > 40, 'the fixture holds the demo site');
    assert.ok(Object.keys(expectedBuild).some((file) => file.startsWith('articles/')), 'the fresh import built article pages');
    build(db, out);

    const { columns, indexes } = columnsAndIndexes(db);
    for (const column of ['content_state.change_seq', 'articles.change_seq', 'articles.list_change_seq', 'topics.change_seq', 'categories.change_seq']) {
      assert.ok(columns.includes(column), `${column} exists`);
    }
    assert.deepEqual(columns.filter((column) => column.includes('revision')), [], 'no revision column is left');
    assert.ok(indexes.includes('articles_change_seq') && indexes.includes('articles_list_change_seq'), indexes.join(', '));
    assert.deepEqual(indexes.filter((name) => name.includes('revision')), []);
    assert.deepEqual(positions(db, { seq: 'change_seq', list: 'list_change_seq' }), positionsBefore, 'every position kept, and no write bumped it');

    const got = hashes(out);
    assert.deepEqual(Object.keys(got), Object.keys(expectedBuild), 'the same files');
    const differing = Object.keys(expectedBuild).filter((file) => got[file] !== expectedBuild[file]);
    assert.deepEqual(differing, [], 'the same bytes: the migration lost nothing a page shows');
  });

  it('rebuilds incrementally from a manifest that still says "revision"', () => {
    const manifestPath = join(out, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { state: Record<string, unknown> };
    const { changeSeq, ...rest } = manifest.state;
    assert.equal(typeof changeSeq, 'number', 'a new manifest records the change sequence');
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, state: { ...rest, revision: changeSeq } }));
    const again = build(db, out);
    assert.equal(again.rendered, 1, 'only the not-found page, as after any unchanged rebuild');
    assert.deepEqual(hashes(out), expectedBuild);
  });
});
