import { existsSync } from 'node:fs';
import type { Site } from './app/site.js';
import { type Config, type ConfigOverrides, loadConfig } from './config/config.js';
import type { SearchService } from './search/search-service.js';

export interface Booted {
  config: Config;
  site: Site;
  /** Absent on PostgreSQL, which has no search index yet (docs/search.md). */
  search?: SearchService;
  /** Changes on every commit to the database, from any process; the page cache polls it. */
  contentVersion(): Promise<string>;
}

/**
 * The composition root: reads configuration once and builds the adapters. Commands and the
 * server get their site and search from here and nowhere else.
 */
export async function boot(overrides: ConfigOverrides = {}, options: { existingDatabase?: boolean } = {}): Promise<Booted> {
  const config = loadConfig(overrides);
  // Opening SQLite creates the file (and its folders): a command that only reads or works on
  // content must not leave an empty database behind a mistyped path and report zero.
  if (options.existingDatabase && !config.databaseUrl && !existsSync(config.dbPath)) {
    throw new Error(`--db: there is no database at ${config.dbPath} (this command never creates one; import content or run \`healthpress serve --seed-demo\` first, or check the path)`);
  }
  return bootWith(config);
}

export interface BootOptions {
  /**
   * Connections to PostgreSQL this process may hold (default 10; SQLite has one). A render
   * worker takes a few: `build --workers` runs up to 64 of them against one server.
   */
  poolSize?: number;
}

/**
 * `boot` with a configuration already read, for a worker thread: it opens the very database its
 * parent opened, whatever the environment says by then.
 */
export async function bootWith(config: Config, options: BootOptions = {}): Promise<Booted> {
  // Adapters load on demand: a command starts in a fraction of the time it took with all loaded.
  if (config.databaseUrl) {
    const { openPostgresSite } = await import('./store/postgres/open-postgres-site.js');
    const { site, contentVersion } = await openPostgresSite({
      connectionString: config.databaseUrl,
      schema: config.databaseSchema,
      ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
    });
    return { config, site, contentVersion };
  }
  const [{ openSqliteSite }, { SearchService }] = await Promise.all([import('./store/sqlite/open-sqlite-site.js'), import('./search/search-service.js')]);
  const { site, contentVersion } = await openSqliteSite(config.dbPath);
  return { config, site, search: new SearchService(site.search), contentVersion };
}

/**
 * Backups and restores of the SQLite site (store/sqlite/sqlite-backup.ts), for the CLI. Here, as
 * the composition root is the one place outside store/ that knows which database is in use.
 */
export async function sqliteBackups(): Promise<typeof import('./store/sqlite/sqlite-backup.js')> {
  return import('./store/sqlite/sqlite-backup.js');
}
