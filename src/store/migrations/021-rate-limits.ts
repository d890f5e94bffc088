import type { Kysely } from 'kysely';

/**
 * Rate-limit windows shared by every server process (web/rate-limit-counter.ts): one row per
 * counted key (a budget and a client address), with when its window ends (milliseconds since the
 * epoch) and how many requests it counted. The address is kept only while its window lasts
 * and a little after (forgetEnded). Portable: SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_windows')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('ends_ms', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_windows_ends').on('rate_limit_windows').column('ends_ms').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limit_windows').execute();
}
