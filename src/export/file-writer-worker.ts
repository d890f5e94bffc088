// The export's file writer thread (see file-writer.ts): synchronous writes, one batch at a time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';

const madeDirs = new Set<string>();

parentPort!.on('message', ({ paths, bodies }: { paths: string[]; bodies: string[] }) => {
  let error: string | undefined;
  paths.forEach((fullPath, i) => {
    if (error !== undefined) return;
    try {
      const dir = dirname(fullPath);
      if (!madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        madeDirs.add(dir);
      }
      writeFileSync(fullPath, bodies[i]!, 'latin1');
    } catch (failure) {
      error = `${fullPath}: ${(failure as Error).message}`;
    }
  });
  parentPort!.postMessage(error === undefined ? { written: paths.length } : { written: paths.length, error });
});
