// One render worker of the export (see render-pool.ts): the export app over its own connection,
// opened by boot with the main thread's configuration, so SQLite and PostgreSQL alike.
import { parentPort, workerData } from 'node:worker_threads';
import { bootWith } from '../boot.js';
import { buildExportApp } from './build-site.js';
import { DependencyRecorder } from './page-dependencies.js';
import type { RenderReply, RenderRequest, RenderWorkerData } from './render-pool.js';

// PostgreSQL connections per worker: a worker's pages wait for a free one rather than each of up
// to 64 workers holding the main process's ten (SQLite ignores it).
const POOL_SIZE = 2;

const data = workerData as RenderWorkerData;
const { site, search } = await bootWith(data.bootConfig, { poolSize: POOL_SIZE });
if (data.withSearch && !search) throw new Error('the main thread renders a search page, but this worker booted without search');
const recorder = new DependencyRecorder();
const app = await buildExportApp({
  catalogue: site.catalogue,
  recorder,
  ...(data.withSearch && search ? { search } : {}),
  config: data.config,
  mediaDir: data.bootConfig.mediaDir,
  ...(data.searchApi !== undefined ? { searchApi: data.searchApi } : {}),
  ...(data.staticSearch ? { staticSearch: true } : {}),
});

const reply = (message: RenderReply, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

parentPort!.on('message', async (request: RenderRequest) => {
  if ('close' in request) {
    await app.close();
    await site.maintenance.close();
    return reply({ closed: true });
  }
  const { id, path } = request;
  try {
    const { result: response, dependencies } = await recorder.record(() => app.inject({ method: 'GET', url: path }));
    const body = new Uint8Array(response.rawPayload);
    reply({ id, status: response.statusCode, contentType: String(response.headers['content-type'] ?? ''), body, dependencies }, [body.buffer as ArrayBuffer]);
  } catch (error) {
    reply({ id, status: 0, contentType: '', body: new Uint8Array(0), error: String(error) });
  }
});
