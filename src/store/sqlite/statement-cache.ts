import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { LRUCache } from 'lru-cache';

const MAX_STATEMENTS = 500;

/**
 * The connection as Kysely sees it, with prepared statements kept by SQL text (the least recently
 * used dropped past `maxStatements`). Kysely's SQLite driver prepares every query anew; a page runs
 * the same few queries each time, and preparing was a measurable share of rendering. A statement
 * still busy (an open iteration) is never handed out twice: a fresh one is prepared instead.
 */
export function withStatementCache(connection: SqliteConnection, maxStatements = MAX_STATEMENTS): SqliteDatabase {
  const statements = new LRUCache<string, Statement>({ max: maxStatements });
  return {
    close: () => connection.close(),
    prepare: (sql: string) => {
      const known = statements.get(sql);
      if (known && !known.busy) return known;
      const statement = connection.prepare(sql);
      statements.set(sql, statement);
      return statement;
    },
  };
}
