import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { OpenedSite } from '../../app/site.js';
import { kyselySite } from '../kysely/kysely-site.js';
import type { Database } from '../schema.js';
import { migrateToLatest } from '../migrate.js';

// PostgreSQL returns bigint counts as strings; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface PostgresOptions {
  connectionString: string;
  /** Schema to use (created if missing); lets several sites or test runs share one database. */
  schema?: string;
  /** Connections the pool may open (default 10). */
  poolSize?: number;
}

/**
 * The site that has outgrown one machine: the same queries over PostgreSQL. No search index
 * yet (docs/search.md): the returned site has no `search`.
 */
export async function openPostgresSite(options: PostgresOptions): Promise<OpenedSite> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`postgres schema: "${schema}" must be a lowercase identifier`);
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10, options: `-c search_path=${schema}` });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await pool.query(`create schema if not exists ${schema}`);
    await migrateToLatest(db, schema);
  } catch (error) {
    // Nobody else holds the pool yet: left open, its idle connections would keep the process
    // alive. Ended directly: Kysely's destroy does nothing before its first query.
    await pool.end();
    throw error;
  }
  return { site: kyselySite(db), contentVersion: postgresContentVersion(db) };
}

/**
 * The site's change sequence, which every content write bumps in its own transaction, from any
 * process: what readers can see has changed exactly when it moves. Sessions, the audit log and
 * the newsroom's autosaves leave it alone, so they do not empty the page cache.
 */
function postgresContentVersion(db: Kysely<Database>): () => Promise<string> {
  return async () => {
    const row = await db.selectFrom('content_state').select(['site_id', 'change_seq']).where('id', '=', 1).executeTakeFirst();
    return row ? `${row.site_id}:${row.change_seq}` : '';
  };
}
