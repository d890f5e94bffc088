import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from '../migrate.js';
import { KyselyContentStore } from '../kysely/kysely-content-store.js';
import type { Database } from '../schema.js';

/** Opens (creating if needed) the embedded SQLite database and brings its schema up to date. */
export async function openSqliteStore(path: string): Promise<KyselyContentStore> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new SQLite(path);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  await migrateToLatest(db);
  return new KyselyContentStore(db);
}
