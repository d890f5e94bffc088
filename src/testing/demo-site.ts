import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { runImport } from '../importers/import-runner.js';
import { markdownDirLoader } from '../importers/markdown-dir.js';
import { demoContentDir } from '../paths.js';
import type { ContentStore } from '../store/content-store.js';
import { SearchService } from '../search/search-service.js';
import { openSqliteSite } from '../store/sqlite/open-sqlite-store.js';
import { buildApp } from '../web/app.js';

export interface RunningSite {
  app: FastifyInstance;
  store: ContentStore;
  search: SearchService;
  dbPath: string;
  /** http://127.0.0.1:<ephemeral port> */
  origin: string;
  close(): Promise<void>;
}

/** The real server on an ephemeral port over a real SQLite file holding the demo content. */
export async function startDemoSite(options: { excerptLength?: number; searchPerMinute?: number } = {}): Promise<RunningSite> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'healthpress-site-')), 'site.db');
  const { store, searchIndex } = await openSqliteSite(dbPath);
  const search = new SearchService(searchIndex);
  const report = await runImport(store, markdownDirLoader, demoContentDir);
  if (report.failed.length) throw new Error(`demo content failed to import: ${JSON.stringify(report.failed)}`);
  const config = (baseUrl: string) => ({
    baseUrl,
    excerptLength: options.excerptLength ?? 50,
    siteName: 'Healthpress',
    searchPerMinute: options.searchPerMinute ?? 10_000,
  });
  let app = await buildApp({ store, search, config: config('http://127.0.0.1') });
  // The base URL must name the real port, which is known only after listening once.
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  await app.close();
  const origin = `http://127.0.0.1:${port}`;
  app = await buildApp({ store, search, config: config(origin) });
  await app.listen({ host: '127.0.0.1', port });
  return {
    app,
    store,
    search,
    dbPath,
    origin,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
