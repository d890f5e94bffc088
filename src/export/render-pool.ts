import { Worker } from 'node:worker_threads';
import type { BuildSiteOptions } from './build-site.js';
import type { Render, Rendered } from './static-export.js';

/** What a render worker needs to build the same export app as the main thread would. */
export interface RenderWorkerData {
  dbPath: string;
  config: BuildSiteOptions['config'];
  searchApi?: string;
  staticSearch?: boolean;
  withSearch: boolean;
}

interface Reply {
  id: number;
  status: number;
  contentType: string;
  body: Uint8Array;
  dependencies?: string[];
  error?: string;
}

/**
 * Renders on `size` worker threads, each with its own SQLite connection and its own copy of the
 * app, so pages render in parallel; the main thread only follows links and writes files.
 */
export async function startRenderPool(size: number, data: RenderWorkerData): Promise<{ render: Render; close(): Promise<void> }> {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./render-worker.js', import.meta.url), { workerData: data }));
  const waiting = new Map<number, { resolve: (page: Rendered) => void; reject: (error: Error) => void }>();
  const load = workers.map(() => 0);
  let nextId = 0;
  for (const [index, worker] of workers.entries()) {
    worker.on('message', (reply: Reply) => {
      load[index]!--;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.error !== undefined) pending?.reject(new Error(reply.error));
      else pending?.resolve({ status: reply.status, contentType: reply.contentType, body: Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength), ...(reply.dependencies ? { dependencies: reply.dependencies } : {}) });
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
  }
  return {
    render: (path) =>
      new Promise<Rendered>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        // The least busy worker; pages differ in cost by 100x (a sitemap against an article).
        const index = load.indexOf(Math.min(...load));
        load[index]!++;
        workers[index]!.postMessage({ id, path });
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
