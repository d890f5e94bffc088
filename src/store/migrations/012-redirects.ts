import type { Kysely } from 'kysely';

/**
 * Addresses that moved (issue 12): an article's old URL answers 301 to its new one, for good.
 * Chains are collapsed when written, so every row points at a live address. Portable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('redirects')
    .addColumn('from_path', 'text', (c) => c.primaryKey())
    .addColumn('to_path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('redirects_to_path').on('redirects').column('to_path').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('redirects').execute();
}
