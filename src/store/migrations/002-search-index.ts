import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * The embedded store's full-text index: SQLite FTS5 with the Porter stemmer, one row per
 * article (rowid = article id), columns weighted separately at query time. A PostgreSQL
 * search index is its own adapter; this migration does nothing there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`create virtual table articles_fts using fts5(
    title, topic, body,
    tokenize = 'porter unicode61 remove_diacritics 2'
  )`.execute(db);
  // Document frequency of every indexed term, for query-term weighting and spelling checks.
  await sql`create virtual table articles_fts_vocab using fts5vocab(articles_fts, 'row')`.execute(db);
  // Articles written before the index existed are indexed when the store opens (their text
  // comes from Markdown, which SQL cannot read): see sqlite/sqlite-search-sink.ts.
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`drop table articles_fts_vocab`.execute(db);
  await sql`drop table articles_fts`.execute(db);
}
