import { Worker } from 'node:worker_threads';
import { journalLine } from './build-journal.js';

/** How many files may wait for the writer: bounds the memory of pages rendered but not yet on disk. */
const MAX_QUEUED = 512;
/** Files per message to the writer: one message per file cost more than the writing. */
const BATCH = 64;

export interface FileWriter {
  /**
   * Resolves once the file is queued (not written); a failed write rejects `close`. `page` and
   * `file` (the request path and the file relative to the output folder) go to the build journal.
   */
  write(fullPath: string, body: Buffer, page: { path: string; file: string }): Promise<void>;
  /** Waits for every queued file; throws the first write error. */
  close(): Promise<void>;
}

interface Batch {
  paths: string[];
  /** Bytes as latin1 strings (one char per byte). */
  bodies: string[];
  /** The batch's build journal lines, appended before any of its files is replaced. */
  entries: string;
}

/**
 * Writes the export's files on a thread of their own. Creating 20,000 small files is mostly
 * kernel time (0.2 ms a file on this machine's ext4); on its own thread it overlaps with
 * rendering on the other core instead of adding to it.
 */
export function startFileWriter(journal: string): FileWriter {
  const worker = new Worker(new URL('./file-writer-worker.js', import.meta.url), { workerData: { journal } });
  let queued = 0;
  let failure: Error | null = null;
  let waitingForRoom: (() => void)[] = [];
  let drained: (() => void) | null = null;
  let batch: Batch = { paths: [], bodies: [], entries: '' };
  let flushScheduled = false;

  const flush = () => {
    flushScheduled = false;
    if (batch.paths.length === 0) return;
    const sending = batch;
    batch = { paths: [], bodies: [], entries: '' };
    worker.postMessage(sending);
  };
  worker.on('message', (reply: { written: number; error?: string }) => {
    queued -= reply.written;
    if (reply.error !== undefined && !failure) failure = new Error(reply.error);
    const wake = waitingForRoom;
    waitingForRoom = [];
    for (const resume of wake) resume();
    if (queued === 0) drained?.();
  });
  worker.on('error', (error) => {
    failure ??= error;
    queued = 0;
    for (const resume of waitingForRoom) resume();
    drained?.();
  });
  return {
    async write(fullPath, body, page) {
      while (queued >= MAX_QUEUED && !failure) await new Promise<void>((resume) => waitingForRoom.push(resume));
      if (failure) throw failure;
      queued++;
      // As strings: buffers sent to the thread were external memory its garbage collector, seeing
      // little allocation of its own, let pile up (30 % of the build's peak memory).
      batch.paths.push(fullPath);
      batch.bodies.push(body.toString('latin1'));
      batch.entries += journalLine(page.path, page.file);
      if (batch.paths.length >= BATCH) flush();
      else if (!flushScheduled) {
        // Not setImmediate: the build yields after every page, so that flushed one file a time.
        flushScheduled = true;
        setTimeout(flush, 20);
      }
    },
    async close() {
      flush();
      if (queued > 0) await new Promise<void>((resolve) => (drained = resolve));
      await worker.terminate();
      if (failure) throw failure;
    },
  };
}
