// A ranking thread for `related rebuild`: builds its own copy of the model from the same sources
// and ranks the share of articles it is given (see rank-pool.ts).
import { parentPort } from 'node:worker_threads';
import { PROGRESS_EVERY, type RankJob, type RankMessage } from './rank-job.js';
import type { RelatedEntry, RelatedSource } from './related-document.js';
import { RelatedModel } from './related-model.js';

parentPort!.once('message', (job: RankJob) => {
  try {
    const sources = JSON.parse(job.sourcesJson) as RelatedSource[];
    const model = RelatedModel.build(sources, job.topics, { limit: job.limit, useTopics: true });
    const overrides = new Map(job.overrides);
    const lists: [number, RelatedEntry[]][] = [];
    for (const [i, id] of job.ids.entries()) {
      lists.push([id, model.rank(id, overrides.get(id))]);
      if ((i + 1) % PROGRESS_EVERY === 0) parentPort!.postMessage({ ranked: PROGRESS_EVERY } satisfies RankMessage);
    }
    parentPort!.postMessage({ lists } satisfies RankMessage);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RankMessage);
  }
});
