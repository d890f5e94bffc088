import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { KyselyContentStore } from '../kysely/kysely-content-store.js';
import { migrateToLatest } from '../migrate.js';
import type { Database } from '../schema.js';
import { SqliteSearchIndex } from './sqlite-search-index.js';
import { withStatementCache } from './statement-cache.js';
import { backfillSearchIndex, sqliteSearchSink } from './sqlite-search-sink.js';

export interface SqliteSite {
  store: KyselyContentStore;
  searchIndex: SqliteSearchIndex;
  /**
   * Changes whenever any connection commits: `data_version` moves on another connection's commit
   * (another process), `total_changes()` on this one's. Both O(1); the page cache polls it.
   */
  contentVersion(): Promise<string>;
}

/**
 * Opens (creating if needed) the embedded SQLite database, brings its schema up to date and
 * returns the content store and the full-text index, both over one connection.
 */
export async function openSqliteSite(path: string): Promise<SqliteSite> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new SQLite(path);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  await migrateToLatest(db);
  await backfillSearchIndex(db);
  const searchIndex = new SqliteSearchIndex(connection);
  // The search index already reads the same O(1) version for its own caches.
  return { store: new KyselyContentStore(db, sqliteSearchSink), searchIndex, contentVersion: () => searchIndex.version() };
}

export async function openSqliteStore(path: string): Promise<KyselyContentStore> {
  return (await openSqliteSite(path)).store;
}
