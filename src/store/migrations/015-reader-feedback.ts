import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

/**
 * Reader feedback (issue 12): one row per answer to "Is this page helpful?". Deliberately no
 * address, cookie, user agent or time of day: the article, yes or no (1 or 0, as both databases
 * store an integer alike), an optional comment and the day. Portable: SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('article_feedback')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
    .addColumn('helpful', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('day', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_feedback_article_day').on('article_feedback').columns(['article_id', 'day']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('article_feedback').execute();
}

function idColumn(db: Kysely<unknown>): (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return db.getExecutor().adapter instanceof PostgresAdapter ? (c) => c.primaryKey().generatedByDefaultAsIdentity() : (c) => c.primaryKey();
}
