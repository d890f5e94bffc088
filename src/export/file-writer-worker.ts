// The export's file writer thread (see file-writer.ts): synchronous writes, one batch at a time.
// Each batch is announced in the build journal before any of its files is replaced, and each
// file is written under a temporary name and renamed (build-journal.ts).
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { writeFileAtomically } from './build-journal.js';

const { journal } = workerData as { journal: string };
const madeDirs = new Set<string>();

/**
 * For the interrupted-build tests only: "SIGKILL:5" sends the process that signal once 5 files
 * are written, so a test stops a real build at a known moment instead of racing a timer.
 */
const stop = /^(SIG[A-Z]+):(\d+)$/.exec(process.env.HEALTHPRESS_TEST_SIGNAL_AFTER_FILES ?? '');
let filesWritten = 0;

parentPort!.on('message', ({ paths, bodies, entries }: { paths: string[]; bodies: string[]; entries: string }) => {
  let error: string | undefined;
  try {
    appendFileSync(journal, entries);
  } catch (failure) {
    error = `${journal}: ${(failure as Error).message}`;
  }
  paths.forEach((fullPath, i) => {
    if (error !== undefined) return;
    try {
      const dir = dirname(fullPath);
      if (!madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        madeDirs.add(dir);
      }
      writeFileAtomically(fullPath, bodies[i]!, 'latin1');
      if (stop && ++filesWritten === Number(stop[2])) process.kill(process.pid, stop[1]);
    } catch (failure) {
      error = `${fullPath}: ${(failure as Error).message}`;
    }
  });
  parentPort!.postMessage(error === undefined ? { written: paths.length } : { written: paths.length, error });
});
