import type { Kysely } from 'kysely';

/**
 * Each article's terms as the recommender extracts them (stems and frequencies, encoded by
 * related/term-extraction), written with the article, so loading the recommender's model reads
 * them instead of parsing and stemming every article again. Articles written before this
 * migration have none; the loader extracts theirs and `related rebuild` stores them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('article_terms')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('terms', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('article_terms').execute();
}
