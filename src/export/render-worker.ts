// One render worker of the export (see render-pool.ts): the export app over its own connection.
import { parentPort, workerData } from 'node:worker_threads';
import { SearchService } from '../search/search-service.js';
import { openSqliteSite } from '../store/sqlite/open-sqlite-store.js';
import { buildExportApp } from './build-site.js';
import { DependencyRecorder } from './page-dependencies.js';
import type { RenderWorkerData } from './render-pool.js';

const data = workerData as RenderWorkerData;
const { site } = await openSqliteSite(data.dbPath);
const recorder = new DependencyRecorder();
const app = await buildExportApp({
  catalogue: site.catalogue,
  recorder,
  ...(data.withSearch ? { search: new SearchService(site.search) } : {}),
  config: data.config,
  ...(data.searchApi !== undefined ? { searchApi: data.searchApi } : {}),
  ...(data.staticSearch ? { staticSearch: true } : {}),
});

parentPort!.on('message', async ({ id, path }: { id: number; path: string }) => {
  try {
    const { result: response, dependencies } = await recorder.record(() => app.inject({ method: 'GET', url: path }));
    const body = new Uint8Array(response.rawPayload);
    parentPort!.postMessage(
      { id, status: response.statusCode, contentType: String(response.headers['content-type'] ?? ''), body, dependencies },
      [body.buffer],
    );
  } catch (error) {
    parentPort!.postMessage({ id, status: 0, contentType: '', body: new Uint8Array(0), error: String(error) });
  }
});
