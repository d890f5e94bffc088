import type { Kysely } from 'kysely';

/**
 * Each revision's readability (issue 12): the report editorial/readability.ts computes from its
 * body when the revision is written, as JSON text. Null for revisions written before this
 * migration; the admin then measures the fields it has. Portable: SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('article_revisions').addColumn('readability', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('article_revisions').dropColumn('readability').execute();
}
