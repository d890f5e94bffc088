import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

const MAX_STATEMENTS = 500;

/**
 * The connection as Kysely sees it, with prepared statements kept by SQL text. Kysely's SQLite
 * driver prepares every query anew; a page runs the same few queries each time, and preparing
 * was a measurable share of rendering. A statement still busy (an open iteration) is never
 * handed out twice: a fresh one is prepared instead.
 */
export function withStatementCache(connection: SqliteConnection): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => connection.close(),
    prepare: (sql: string) => {
      const known = statements.get(sql);
      if (known && !known.busy) {
        // Map order is insertion order: re-inserting keeps the most recently used at the end.
        statements.delete(sql);
        statements.set(sql, known);
        return known;
      }
      const statement = connection.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}
