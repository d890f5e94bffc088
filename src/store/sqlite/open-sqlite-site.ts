import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { OpenedSite, Site } from '../../app/site.js';
import type { SearchIndex } from '../../search/search-index.js';
import { kyselySite } from '../kysely/kysely-site.js';
import { migrateToLatest } from '../migrate.js';
import type { Database } from '../schema.js';
import { SqliteSearchIndex } from './sqlite-search-index.js';
import { withStatementCache } from './statement-cache.js';
import { backfillSearchIndex, sqliteSearchSink } from './sqlite-search-sink.js';

/**
 * A SQLite site always has its search index. Its content version is the site's change sequence:
 * one indexed row, read per poll of the page cache.
 */
export type SqliteSite = OpenedSite<Site & { search: SearchIndex }>;

/**
 * Opens (creating if needed) the embedded SQLite database, brings its schema up to date and
 * returns the site's ports, the full-text index among them, all over one connection.
 */
export async function openSqliteSite(path: string, options: { maxPageCount?: number } = {}): Promise<SqliteSite> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new SQLite(path);
  try {
    // A cap on the file's size in pages: past it a write fails with SQLITE_FULL, as on a full disk
    // (the import tests fill the "disk" this way, deterministically).
    if (options.maxPageCount !== undefined) connection.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    connection.pragma('foreign_keys = ON');
    connection.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
    await migrateToLatest(db);
    await backfillSearchIndex(db);
    const search = new SqliteSearchIndex(connection);
    // What readers can see changes only with the change sequence, which every content write bumps in
    // its own transaction (from any process). Sign-ins, sessions, the audit log and the newsroom's
    // autosaves write too, but must not empty the page cache: so not data_version here.
    const changeSeq = connection.prepare<[], { version: string }>(`select site_id || ':' || change_seq as version from content_state where id = 1`);
    return { site: { ...kyselySite(db, { searchSink: sqliteSearchSink }), search }, contentVersion: async () => changeSeq.get()?.version ?? '' };
  } catch (error) {
    // Nobody else holds the connection yet: left open, it would keep the file (and its WAL) busy.
    connection.close();
    throw error;
  }
}
