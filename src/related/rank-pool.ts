import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PROGRESS_EVERY, type RankJob, type RankMessage } from './rank-job.js';
import type { RelatedEntry, RelatedOverride, RelatedSource, RelatedTopicSource } from './related-document.js';
import type { RelatedModel } from './related-model.js';

/** Below this many articles a thread's own model build costs more than its share of ranking saves. */
const MIN_ARTICLES_FOR_THREADS = 4000;

/** Threads a rebuild ranks on by default: one per core (each holds its own model). */
export function defaultRankThreads(articles: number): number {
  return articles < MIN_ARTICLES_FOR_THREADS ? 1 : availableParallelism();
}

/**
 * Ranks every source's list on `threads` threads. The extra threads start first, each building
 * its own copy of the model from the same sources; meanwhile the calling thread builds `model`
 * (which it keeps for later refreshes), then each ranks its share. The lists are the ones one
 * thread would compute: a model built from the same sources ranks the same.
 */
export async function rankInParallel(
  buildModel: () => RelatedModel,
  sources: RelatedSource[],
  topics: RelatedTopicSource[],
  overrides: Map<number, RelatedOverride[]>,
  options: { threads: number; limit: number; progress?: (done: number, total: number) => void },
): Promise<{ model: RelatedModel; lists: Map<number, RelatedEntry[]> }> {
  const ids = sources.map((source) => source.id);
  const threads = Math.max(1, options.threads);
  const shares = Array.from({ length: threads }, (_, share) => ids.filter((_, i) => i % threads === share));
  let done = 0;
  const report = (n: number) => {
    done += n;
    options.progress?.(done, ids.length);
  };
  const sourcesJson = shares.length > 1 ? JSON.stringify(sources) : '';
  const others = shares.slice(1).map((share) => {
    const inShare = new Set(share);
    return runWorker({ sourcesJson, topics, overrides: [...overrides].filter(([id]) => inShare.has(id)), ids: share, limit: options.limit }, report);
  });
  const model = buildModel();
  const lists = new Map<number, RelatedEntry[]>();
  for (const [i, id] of shares[0]!.entries()) {
    lists.set(id, model.rank(id, overrides.get(id)));
    if ((i + 1) % PROGRESS_EVERY === 0) {
      report(PROGRESS_EVERY);
      // Lets the other threads' progress messages through while this one ranks.
      if (others.length) await new Promise(setImmediate);
    }
  }
  for (const part of await Promise.all(others)) for (const [id, list] of part) lists.set(id, list);
  options.progress?.(ids.length, ids.length);
  return { model, lists };
}

function runWorker(job: RankJob, report: (n: number) => void): Promise<[number, RelatedEntry[]][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./rank-worker.js', import.meta.url));
    const finish = (outcome: () => void) => {
      void worker.terminate();
      outcome();
    };
    worker.on('message', (message: RankMessage) => {
      if ('ranked' in message) report(message.ranked);
      else if ('lists' in message) finish(() => resolve(message.lists));
      else finish(() => reject(new Error(`related: a ranking thread failed: ${message.error}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.postMessage(job);
  });
}
