import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import type { AppOptions } from '../web/app.js';
import type { Render, Rendered } from './static-export.js';

/** What a render worker needs to build the same export app as the main thread would. */
export interface RenderWorkerData {
  /** The main thread's configuration: the worker boots with it, so it opens the same database. */
  bootConfig: Config;
  config: AppOptions['config'];
  searchApi?: string;
  staticSearch?: boolean;
  withSearch: boolean;
}

/** A rendered page, or the worker's answer to `{ close: true }` once its database is closed. */
export type RenderReply =
  | { id: number; status: number; contentType: string; body: Uint8Array; dependencies?: string[]; error?: string }
  | { closed: true };

export type RenderRequest = { id: number; path: string } | { close: true };

/**
 * Renders on `size` worker threads, each booting its own connection to the site and its own copy
 * of the app, so pages render in parallel; the main thread only follows links and writes files.
 */
export async function startRenderPool(size: number, data: RenderWorkerData): Promise<{ render: Render; close(): Promise<void> }> {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./render-worker.js', import.meta.url), { workerData: data }));
  const waiting = new Map<number, { resolve: (page: Rendered) => void; reject: (error: Error) => void }>();
  // Settled once a worker has closed its database (or died): close() waits for every one.
  const closed = workers.map(() => {
    let resolve!: () => void;
    const promise = new Promise<void>((settle) => (resolve = settle));
    return { promise, resolve };
  });
  const load = workers.map(() => 0);
  // A worker that died (e.g. could not open the database) answers nothing: later pages fail at once.
  let failure: Error | null = null;
  let nextId = 0;
  for (const [index, worker] of workers.entries()) {
    worker.on('message', (reply: RenderReply) => {
      if ('closed' in reply) return closed[index]!.resolve();
      load[index]!--;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.error !== undefined) pending?.reject(new Error(reply.error));
      else pending?.resolve({ status: reply.status, contentType: reply.contentType, body: Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength), ...(reply.dependencies ? { dependencies: reply.dependencies } : {}) });
    });
    worker.on('error', (error) => {
      failure ??= new Error(`a render worker failed: ${error.message}`, { cause: error });
      for (const pending of waiting.values()) pending.reject(failure);
      waiting.clear();
      closed[index]!.resolve();
    });
    worker.on('exit', () => closed[index]!.resolve());
  }
  const send = (index: number, request: RenderRequest) => workers[index]!.postMessage(request);
  return {
    render: (path) =>
      new Promise<Rendered>((resolve, reject) => {
        if (failure) return reject(failure);
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        // The least busy worker; pages differ in cost by 100x (a sitemap against an article).
        const index = load.indexOf(Math.min(...load));
        load[index]!++;
        send(index, { id, path });
      }),
    close: async () => {
      // Each worker closes its own connections first (PostgreSQL would otherwise see them cut).
      workers.forEach((_, index) => send(index, { close: true }));
      await Promise.all(closed.map((done) => done.promise));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
