import { type Kysely, Migrator } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

/** `schema` names where PostgreSQL keeps the migration bookkeeping (SQLite has none). */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return;
    const failed = results?.find((result) => result.status === 'Error');
    // Before running anything, Kysely's migrator lists the tables and columns of every schema in the
    // database (pg_get_serial_sequence per column). Another schema altered or dropped at that moment
    // (another site sharing the database, a parallel test run) fails that listing with "… does not
    // exist", though no migration of ours ran and nothing was written: try again.
    if (!failed && attempt < 4 && changedElsewhere(error, schema)) continue;
    const name = failed ? ` (migration ${failed.migrationName})` : '';
    throw new Error(`database migration failed${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function changedElsewhere(error: unknown, ours: string | undefined): boolean {
  const message = error instanceof Error ? error.message : '';
  const schema = /^schema "([^"]+)" does not exist$/.exec(message);
  if (schema) return schema[1] !== ours;
  return /^(column|relation) "[^"]+"( of relation "[^"]+")? does not exist$/.test(message);
}
