import type { Kysely } from 'kysely';

/**
 * When readers last lost an article they could open (unpublished or deleted, in the admin or by
 * an import): such an address answers 410 Gone instead of 404, and only such an address, so a
 * draft that was never public reveals nothing. Portable: SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('withdrawn_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').dropColumn('withdrawn_at').execute();
}
