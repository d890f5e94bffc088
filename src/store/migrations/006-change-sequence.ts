import type { Kysely } from 'kysely';

/**
 * Migration 004's site-wide "revision" becomes the change sequence, so "revision" is free for an
 * article's saved versions on the editorial side. Columns are renamed in place (data kept);
 * SQLite cannot rename an index, so both databases drop and create the two indexes under their
 * new names. Portable: SQLite and PostgreSQL. Kysely runs PostgreSQL's migrations in a
 * transaction but not SQLite's, so each step wraps itself: a failure halfway (say, after two of
 * five renames) must not leave a schema that is neither version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await atomically(db, upSteps);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await atomically(db, downSteps);
}

async function atomically(db: Kysely<unknown>, steps: (db: Kysely<unknown>) => Promise<void>): Promise<void> {
  await (db.isTransaction ? steps(db) : db.transaction().execute(steps));
}

async function upSteps(db: Kysely<unknown>): Promise<void> {
  await renameColumns(db, [
    ['content_state', 'revision', 'change_seq'],
    ['articles', 'revision', 'change_seq'],
    ['articles', 'list_revision', 'list_change_seq'],
    ['topics', 'revision', 'change_seq'],
    ['categories', 'revision', 'change_seq'],
  ]);
  await db.schema.dropIndex('articles_revision').execute();
  await db.schema.dropIndex('articles_list_revision').execute();
  await db.schema.createIndex('articles_change_seq').on('articles').column('change_seq').execute();
  await db.schema.createIndex('articles_list_change_seq').on('articles').column('list_change_seq').execute();
}

async function downSteps(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('articles_change_seq').execute();
  await db.schema.dropIndex('articles_list_change_seq').execute();
  await renameColumns(db, [
    ['content_state', 'change_seq', 'revision'],
    ['articles', 'change_seq', 'revision'],
    ['articles', 'list_change_seq', 'list_revision'],
    ['topics', 'change_seq', 'revision'],
    ['categories', 'change_seq', 'revision'],
  ]);
  await db.schema.createIndex('articles_revision').on('articles').column('revision').execute();
  await db.schema.createIndex('articles_list_revision').on('articles').column('list_revision').execute();
}

async function renameColumns(db: Kysely<unknown>, renames: [table: string, from: string, to: string][]): Promise<void> {
  for (const [table, from, to] of renames) {
    await db.schema.alterTable(table).renameColumn(from, to).execute();
  }
}
