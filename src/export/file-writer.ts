import { Worker } from 'node:worker_threads';

/** How many files may wait for the writer: bounds the memory of pages rendered but not yet on disk. */
const MAX_QUEUED = 256;

export interface FileWriter {
  /** Resolves once the file is queued (not written); a failed write rejects `close`. */
  write(fullPath: string, body: Buffer): Promise<void>;
  /** Waits for every queued file; throws the first write error. */
  close(): Promise<void>;
}

/**
 * Writes the export's files on a thread of their own. Creating 20,000 small files is mostly
 * kernel time (about 0.1 ms a file on this machine's ext4); on its own thread it overlaps with
 * rendering on the other core instead of adding to it.
 */
export function startFileWriter(): FileWriter {
  const worker = new Worker(new URL('./file-writer-worker.js', import.meta.url));
  let queued = 0;
  let failure: Error | null = null;
  let waitingForRoom: (() => void)[] = [];
  let drained: (() => void) | null = null;
  worker.on('message', (reply: { error?: string }) => {
    queued--;
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
    async write(fullPath, body) {
      while (queued >= MAX_QUEUED && !failure) await new Promise<void>((resume) => waitingForRoom.push(resume));
      if (failure) throw failure;
      queued++;
      // A copy into a transferable buffer: rendered bodies may be views into a shared pool.
      const bytes = new Uint8Array(body);
      worker.postMessage({ fullPath, bytes }, [bytes.buffer]);
    },
    async close() {
      if (queued > 0) await new Promise<void>((resolve) => (drained = resolve));
      await worker.terminate();
      if (failure) throw failure;
    },
  };
}
