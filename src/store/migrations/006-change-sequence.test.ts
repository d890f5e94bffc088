import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../testing/postgres.js';
import { migrationProvider } from './index.js';

const BEFORE = '005-article-terms';
const RENAMED = [
  ['content_state', 'revision', 'change_seq'],
  ['articles', 'revision', 'change_seq'],
  ['articles', 'list_revision', 'list_change_seq'],
  ['topics', 'revision', 'change_seq'],
  ['categories', 'revision', 'change_seq'],
] as const;

interface Database {
  db: Kysely<unknown>;
  columns(table: string): Promise<string[]>;
  indexes(): Promise<string[]>;
  close(): Promise<void>;
}

/** A site written before migration 006: one row in each renamed table, its counters set. */
async function seedBefore(db: Kysely<unknown>): Promise<void> {
  await sql`update content_state set revision = 7`.execute(db);
  await sql`insert into categories (id, slug, name, revision) values (1, 'heart', 'Heart', 3)`.execute(db);
  await sql`insert into topics (id, slug, name, revision) values (1, 'angina', 'Angina', 4)`.execute(db);
  await sql`
    insert into articles (id, slug, title, body_markdown, body_html, lead_text, topic_id, category_id, status,
      provenance_id, source_site, licence, digest, created_at, modified_at, revision, list_revision)
    values (1, 'what-is-angina', 'What is angina?', 'Chest pain.', '<p>Chest pain.</p>', 'Chest pain.', 1, 1,
      'published', 'test:1', 'test', 'CC0', 'd1', '2024-01-01', '2024-01-01', 5, 6)`.execute(db);
}

/** Every counter seeded above, read under whichever names the schema has now. */
async function counters(db: Kysely<unknown>, renamed: boolean): Promise<number[]> {
  const [seq, listSeq] = renamed ? ['change_seq', 'list_change_seq'] : ['revision', 'list_revision'];
  const one = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await query.execute(db)).rows[0]?.n);
  return [
    await one(sql`select ${sql.ref(seq)} as n from content_state`),
    await one(sql`select ${sql.ref(seq)} as n from categories where slug = 'heart'`),
    await one(sql`select ${sql.ref(seq)} as n from topics where slug = 'angina'`),
    await one(sql`select ${sql.ref(seq)} as n from articles where slug = 'what-is-angina'`),
    await one(sql`select ${sql.ref(listSeq)} as n from articles where slug = 'what-is-angina'`),
  ];
}

function migrator(db: Kysely<unknown>, schema?: string): Migrator {
  return new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
}

async function expectOk(step: Promise<{ error?: unknown }>): Promise<void> {
  const { error } = await step;
  if (error) throw error;
}

function roundTrip(name: string, open: () => Promise<Database>, schema?: () => string): void {
  describe(`migration 006 (change sequence) on ${name}`, () => {
    it('goes up, down and up again, renaming the columns and indexes and keeping the data', async () => {
      const database = await open();
      const { db } = database;
      try {
        const migrations = migrator(db, schema?.());
        await expectOk(migrations.migrateTo(BEFORE));
        await seedBefore(db);

        const expectNames = async (renamed: boolean) => {
          for (const [table, before, after] of RENAMED) {
            const columns = await database.columns(table);
            assert.ok(columns.includes(renamed ? after : before), `${table}: ${columns.join(', ')}`);
            assert.ok(!columns.includes(renamed ? before : after), `${table}: ${columns.join(', ')}`);
          }
          const indexes = await database.indexes();
          const [present, absent] = renamed ? ['change_seq', 'revision'] : ['revision', 'change_seq'];
          for (const index of [`articles_${present}`, `articles_list_${present}`]) assert.ok(indexes.includes(index), `missing ${index}: ${indexes.join(', ')}`);
          for (const index of [`articles_${absent}`, `articles_list_${absent}`]) assert.ok(!indexes.includes(index), `left ${index}: ${indexes.join(', ')}`);
          assert.deepEqual(await counters(db, renamed), [7, 3, 4, 5, 6]);
        };

        await expectOk(migrations.migrateUp());
        await expectNames(true);
        await expectOk(migrations.migrateDown());
        await expectNames(false);
        await expectOk(migrations.migrateUp());
        await expectNames(true);
      } finally {
        await database.close();
      }
    });

    it('changes nothing when it fails halfway', async () => {
      const database = await open();
      const { db } = database;
      try {
        const migrations = migrator(db, schema?.());
        await expectOk(migrations.migrateTo(BEFORE));
        await seedBefore(db);
        // The renames succeed, then creating the first new index collides with this table.
        await sql`create table articles_change_seq (id integer)`.execute(db);

        const { error } = await migrations.migrateUp();
        assert.ok(error, 'the migration should have failed on the taken index name');
        for (const [table, before] of RENAMED) {
          assert.ok((await database.columns(table)).includes(before), `${table} was left with a renamed column by the failed migration`);
        }
        assert.deepEqual(await counters(db, false), [7, 3, 4, 5, 6]);
      } finally {
        await database.close();
      }
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'hp-migration-006-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

roundTrip('SQLite', async () => {
  const connection = new SQLite(join(dir, `site-${++files}.db`));
  connection.pragma('foreign_keys = ON');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: connection }) });
  return {
    db,
    columns: async (table) => connection.prepare<[], { name: string }>(`select name from pragma_table_info('${table}')`).all().map((c) => c.name),
    indexes: async () => connection.prepare<[], { name: string }>(`select name from sqlite_master where type = 'index'`).all().map((i) => i.name),
    close: () => db.destroy(),
  };
});

if (await postgresReachable()) {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  let current = '';
  roundTrip(
    'PostgreSQL',
    async () => {
      current = `hp_test_m006_${runId}_${schemas.length + 1}`;
      schemas.push(current);
      const schema = current;
      const pool = new pg.Pool({ connectionString: TEST_PG_URL, max: 2, options: `-c search_path=${schema}` });
      await pool.query(`create schema ${schema}`);
      const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
      const names = async (query: string) => (await pool.query<{ name: string }>(query, [schema])).rows.map((r) => r.name);
      return {
        db,
        columns: (table) => pool.query<{ name: string }>(
          'select column_name as name from information_schema.columns where table_schema = $1 and table_name = $2', [schema, table],
        ).then((result) => result.rows.map((r) => r.name)),
        indexes: () => names('select indexname as name from pg_indexes where schemaname = $1'),
        close: () => db.destroy(),
      };
    },
    () => current,
  );
  after(() => dropSchemas(schemas));
} else {
  describe('migration 006 (change sequence) on PostgreSQL', () => {
    it('needs a PostgreSQL server', (t) => t.skip(`no PostgreSQL at ${TEST_PG_URL} (set HEALTHPRESS_TEST_PG)`));
  });
}
