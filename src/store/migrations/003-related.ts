import { type Kysely, sql } from 'kysely';

/**
 * Stored "Recommended" lists, editors' pins and exclusions, and the outbox of articles whose
 * lists are out of date. Portable: the same file runs on SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('related')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('related_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo('{}'))
    .addPrimaryKeyConstraint('related_pk', ['article_id', 'position'])
    .execute();
  // "Whose lists show this article?" — the incremental refresh asks it for every changed article.
  await db.schema.createIndex('related_target').on('related').columns(['related_id', 'article_id']).execute();

  await db.schema
    .createTable('related_overrides')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('target_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('pin', 'exclude')`))
    .addColumn('position', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('related_overrides_pk', ['article_id', 'target_id'])
    .execute();

  await db.schema
    .createTable('related_pending')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('related_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into related_state (id, generation) values (1, 0)`.execute(db);
  // Articles written before this migration have no lists yet: the next refresh computes them.
  await sql`insert into related_pending (article_id) select id from articles`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['related_state', 'related_pending', 'related_overrides', 'related']) {
    await db.schema.dropTable(table).execute();
  }
}
