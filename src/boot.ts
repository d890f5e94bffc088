import { type Config, type ConfigOverrides, loadConfig } from './config/config.js';
import type { ContentStore } from './store/content-store.js';
import { openSqliteStore } from './store/sqlite/open-sqlite-store.js';

/**
 * The composition root: reads configuration once and builds the adapters. Commands and the
 * server get their store from here and nowhere else.
 */
export async function boot(overrides: ConfigOverrides = {}): Promise<{ config: Config; store: ContentStore }> {
  const config = loadConfig(overrides);
  const store = await openSqliteStore(config.dbPath);
  return { config, store };
}
