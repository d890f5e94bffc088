// The export's file writer thread (see file-writer.ts): synchronous writes, one at a time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';

const madeDirs = new Set<string>();

parentPort!.on('message', ({ fullPath, bytes }: { fullPath: string; bytes: Uint8Array }) => {
  try {
    const dir = dirname(fullPath);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    writeFileSync(fullPath, bytes);
    parentPort!.postMessage({});
  } catch (error) {
    parentPort!.postMessage({ error: `${fullPath}: ${(error as Error).message}` });
  }
});
