import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

/**
 * The newsroom (issue 11): each article's working copy (`newsroom_articles`) and saved versions
 * (`article_revisions`); `articles` stays the live reader copy. Imported articles get their rows
 * lazily, when first opened. 007 is the accounts' migration. Portable: SQLite and PostgreSQL;
 * wrapped in a transaction because Kysely runs SQLite's migrations without one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await atomically(db, upSteps);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await atomically(db, async (trx) => {
    await trx.schema.dropTable('article_revisions').execute();
    await trx.schema.dropTable('newsroom_articles').execute();
    await trx.schema.dropIndex('articles_modified_at').execute();
  });
}

async function atomically(db: Kysely<unknown>, steps: (db: Kysely<unknown>) => Promise<void>): Promise<void> {
  await (db.isTransaction ? steps(db) : db.transaction().execute(steps));
}

function idColumn(db: Kysely<unknown>): (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return db.getExecutor().adapter instanceof PostgresAdapter ? (c) => c.primaryKey().generatedByDefaultAsIdentity() : (c) => c.primaryKey();
}

async function upSteps(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('newsroom_articles')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'integer')
    .addColumn('working_revision', 'integer', (c) => c.notNull())
    .addColumn('live_revision', 'integer')
    .addColumn('working_title', 'text', (c) => c.notNull())
    .addColumn('working_slug', 'text', (c) => c.notNull())
    .addColumn('lock_user_id', 'integer')
    .addColumn('lock_heartbeat_at', 'text')
    .addColumn('lock_taken_from_user_id', 'integer')
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('article_revisions')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'integer')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('article_revisions_number', ['article_id', 'number'])
    .execute();
  // The admin list: by state, by owner, newest change first; slugs are checked for clashes.
  await db.schema.createIndex('newsroom_articles_state').on('newsroom_articles').columns(['state', 'updated_at']).execute();
  await db.schema.createIndex('newsroom_articles_owner').on('newsroom_articles').columns(['owner_user_id', 'updated_at']).execute();
  await db.schema.createIndex('newsroom_articles_updated').on('newsroom_articles').column('updated_at').execute();
  await db.schema.createIndex('newsroom_articles_slug').on('newsroom_articles').column('working_slug').execute();
  await db.schema.createIndex('articles_modified_at').on('articles').column('modified_at').execute();
}
