import { Kysely, PostgresDialect, sql } from 'kysely';
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
  return { site: kyselySite(db), contentVersion: postgresContentVersion(db, schema) };
}

/**
 * A version that moves whenever any table of the schema is written, from any process: the
 * statistics collector's row counters (updated at the end of each writing transaction, within
 * about a second). The page cache polls it the way it polls SQLite's data_version.
 */
function postgresContentVersion(db: Kysely<Database>, schema = 'public'): () => Promise<string> {
  return async () => {
    const result = await sql<{ version: string }>`
      select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::text as version
      from pg_stat_user_tables where schemaname = ${schema}`.execute(db);
    return result.rows[0]?.version ?? '0';
  };
}
