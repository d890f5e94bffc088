import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

/**
 * Clinical governance (issue 12): reviewers' sign-offs of revisions (`signoffs`), the workflow's
 * timeline of steps and comments (`article_events`), schedules on the working copy, and on the
 * live row who reviewed it (shown to readers) and its own review interval. Portable; one
 * transaction, because Kysely runs SQLite's migrations without one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await atomically(db, async (trx) => {
    await trx.schema
      .createTable('signoffs')
      .addColumn('id', 'integer', idColumn(trx))
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('reviewer_user_id', 'integer', (c) => c.notNull())
      .addColumn('reviewer_name', 'text', (c) => c.notNull())
      .addColumn('credential', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('checked_sources', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('signed_at', 'text', (c) => c.notNull())
      .execute();
    await trx.schema.createIndex('signoffs_article').on('signoffs').columns(['article_id', 'id']).execute();
    await trx.schema
      .createTable('article_events')
      .addColumn('id', 'integer', idColumn(trx))
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
      .addColumn('revision', 'integer')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('from_state', 'text')
      .addColumn('to_state', 'text')
      .addColumn('actor_user_id', 'integer')
      .addColumn('comment', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await trx.schema.createIndex('article_events_article').on('article_events').columns(['article_id', 'id']).execute();
    await trx.schema.alterTable('newsroom_articles').addColumn('publish_at', 'text').execute();
    await trx.schema.alterTable('newsroom_articles').addColumn('unpublish_at', 'text').execute();
    await trx.schema.alterTable('newsroom_articles').addColumn('schedule_held', 'text').execute();
    await trx.schema.createIndex('newsroom_articles_publish_at').on('newsroom_articles').column('publish_at').execute();
    await trx.schema.createIndex('newsroom_articles_unpublish_at').on('newsroom_articles').column('unpublish_at').execute();
    await trx.schema.alterTable('articles').addColumn('reviewer_name', 'text').execute();
    await trx.schema.alterTable('articles').addColumn('reviewer_credential', 'text').execute();
    await trx.schema.alterTable('articles').addColumn('review_interval_months', 'integer').execute();
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await atomically(db, async (trx) => {
    for (const column of ['reviewer_name', 'reviewer_credential', 'review_interval_months']) await trx.schema.alterTable('articles').dropColumn(column).execute();
    await trx.schema.dropIndex('newsroom_articles_publish_at').execute();
    await trx.schema.dropIndex('newsroom_articles_unpublish_at').execute();
    for (const column of ['publish_at', 'unpublish_at', 'schedule_held']) await trx.schema.alterTable('newsroom_articles').dropColumn(column).execute();
    await trx.schema.dropTable('article_events').execute();
    await trx.schema.dropTable('signoffs').execute();
  });
}

async function atomically(db: Kysely<unknown>, steps: (db: Kysely<unknown>) => Promise<void>): Promise<void> {
  await (db.isTransaction ? steps(db) : db.transaction().execute(steps));
}

function idColumn(db: Kysely<unknown>): (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return db.getExecutor().adapter instanceof PostgresAdapter ? (c) => c.primaryKey().generatedByDefaultAsIdentity() : (c) => c.primaryKey();
}
