import type { Kysely } from 'kysely';

/**
 * Site pages (issue 12): `articles.kind`, 'article' (every existing row) or 'page' (About,
 * Editorial policy…). Pages reuse the articles' table, newsroom and revisions; the reader side
 * filters by kind. The index serves the footer's list of published pages. Portable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('kind', 'text', (c) => c.notNull().defaultTo('article')).execute();
  await db.schema.createIndex('articles_kind_status').on('articles').columns(['kind', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('articles_kind_status').execute();
  await db.schema.alterTable('articles').dropColumn('kind').execute();
}
