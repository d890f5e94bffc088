import { type Config, type ConfigOverrides, loadConfig } from './config/config.js';
import { SearchService } from './search/search-service.js';
import type { ContentStore } from './store/content-store.js';
import { openPostgresStore, postgresContentVersion } from './store/postgres/open-postgres-store.js';
import { openSqliteSite } from './store/sqlite/open-sqlite-store.js';

export interface Booted {
  config: Config;
  store: ContentStore;
  /** Absent on PostgreSQL, which has no search index yet (docs/search.md). */
  search?: SearchService;
  /** Changes on every commit to the database, from any process; the page cache polls it. */
  contentVersion(): Promise<string>;
}

/**
 * The composition root: reads configuration once and builds the adapters. Commands and the
 * server get their store and search from here and nowhere else.
 */
export async function boot(overrides: ConfigOverrides = {}): Promise<Booted> {
  const config = loadConfig(overrides);
  if (config.databaseUrl) {
    const store = await openPostgresStore({ connectionString: config.databaseUrl, schema: config.databaseSchema });
    return { config, store, contentVersion: postgresContentVersion(store, config.databaseSchema) };
  }
  const { store, searchIndex, contentVersion } = await openSqliteSite(config.dbPath);
  return { config, store, search: new SearchService(searchIndex), contentVersion };
}
