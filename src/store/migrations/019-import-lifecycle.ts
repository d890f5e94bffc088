import type { Kysely } from 'kysely';

/**
 * Imports follow the lifecycle (issue 12): on each article, its review due date when an import
 * set it (spread, or the source's `next_review`; null: last reviewed plus the interval), the
 * import source it came from (what `import --prune` compares against), and the source's own
 * reviewer, kept as provenance and never shown as our sign-off. Portable; one transaction.
 */
const COLUMNS = ['next_review_due', 'import_source', 'source_reviewer_name', 'source_reviewer_credential'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await atomically(db, async (trx) => {
    for (const column of COLUMNS) await trx.schema.alterTable('articles').addColumn(column, 'text').execute();
    await trx.schema.createIndex('articles_import_source').on('articles').column('import_source').execute();
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await atomically(db, async (trx) => {
    await trx.schema.dropIndex('articles_import_source').execute();
    for (const column of COLUMNS) await trx.schema.alterTable('articles').dropColumn(column).execute();
  });
}

async function atomically(db: Kysely<unknown>, steps: (db: Kysely<unknown>) => Promise<void>): Promise<void> {
  await (db.isTransaction ? steps(db) : db.transaction().execute(steps));
}
