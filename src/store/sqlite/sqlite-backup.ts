import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

/**
 * A consistent copy of a live SQLite site through SQLite's online backup API: safe while servers
 * read and write (the WAL's committed pages are included, which a copy of the .db file alone
 * loses). Written to a temporary name beside `target` and renamed, so a failed backup never
 * leaves a half file under the backup's name.
 */
export async function backupSqlite(dbPath: string, target: string, onProgress?: (progress: BackupProgress) => void): Promise<{ bytes: number; pages: number }> {
  if (!existsSync(dbPath)) throw new Error(`--db: there is no database at ${dbPath}`);
  if (resolve(dbPath) === resolve(target)) throw new Error(`file: the backup cannot be the database itself (${target})`);
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const temporary = `${target}.partial-${process.pid}`;
  const source = new SQLite(dbPath, { readonly: true, fileMustExist: true });
  try {
    const result = await source.backup(temporary, {
      progress: (info) => {
        onProgress?.(info);
        return 256; // pages per step: other connections get the database between steps
      },
    });
    renameSync(temporary, target);
    return { bytes: result.totalPages * (source.pragma('page_size', { simple: true }) as number), pages: result.totalPages };
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

/**
 * Puts a backup back as the site's database, through the same API (so a server holding the file
 * sees the restored pages, never a file swapped under it). Refuses a file that is not a healthpress
 * database, and an existing database unless `force`: a restore replaces everything written since.
 */
export async function restoreSqlite(backupFile: string, dbPath: string, options: { force: boolean }): Promise<{ pages: number }> {
  if (!existsSync(backupFile)) throw new Error(`file: there is no backup at ${backupFile}`);
  if (existsSync(dbPath) && !options.force) {
    throw new Error(`--db: a database already exists at ${dbPath}; restoring replaces everything in it (and what a running server wrote since the backup): add --force to do it`);
  }
  const source = new SQLite(backupFile, { readonly: true, fileMustExist: true });
  try {
    const problem = backupProblem(source);
    if (problem) throw new Error(`file: ${backupFile} ${problem}`);
    mkdirSync(dirname(resolve(dbPath)), { recursive: true });
    const result = await source.backup(dbPath, { progress: () => 256 });
    return { pages: result.totalPages };
  } finally {
    source.close();
  }
}

/** Why `db` is not a healthpress backup to restore, or null. */
function backupProblem(db: SQLite.Database): string | null {
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `is damaged (SQLite's quick_check: ${String(check)})`;
    const tables = db.prepare(`select name from sqlite_master where type = 'table' and name in ('articles', 'kysely_migration')`).all() as { name: string }[];
    return tables.length === 2 ? null : 'is a SQLite file, but not a healthpress database (no articles or migrations table)';
  } catch (error) {
    return `is not a SQLite database (${(error as Error).message})`;
  }
}
