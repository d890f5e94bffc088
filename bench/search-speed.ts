// Search latency over the full MedQuAD import (47,457 articles with the link-out pages):
// p50/p95/p99 for short queries and for whole messages, in-process and over HTTP, with the
// plain BM25 baseline timed in the same run on the same index.
//
//   node dist/bench/search-speed.js [--db medquad.db] [--questions file.jsonl] [--queries 1000]
import { SearchService } from '../src/search/search-service.js';
import { buildApp } from '../src/web/app.js';
import { argValue, loadSearchQuestions, medquadSite, percentile } from './support.js';

const count = Number(argValue('--queries') ?? 1000);
// Read first: a missing evaluation set stops the run before the import.
const evalQuestions = loadSearchQuestions();
const site = await medquadSite();
const search = new SearchService(site.search);

// Deterministic pseudo-random choice, so every run times the same queries.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// Short queries: the way readers type into a search box, from the corpus's own topics.
const topics = (await site.search.topicEntries()).map((t) => t.name);
const asks = ['', 'symptoms of', 'what causes', 'treatment for', 'is it hereditary', 'how is it diagnosed', 'outlook'];
const shortQueries = Array.from({ length: count }, () => `${pick(asks)} ${pick(topics)}`.trim());

// Whole messages: the evaluation set's long messages, each with a different topic swapped in.
const evalMessages = evalQuestions.map((q) => q.query).filter((q) => q.length > 250);
const longQueries = Array.from({ length: count }, () => `${pick(evalMessages)} Also, what about ${pick(topics)}?`);

let warming = false;
async function timeAll(queries: string[], run: (q: string) => Promise<unknown>): Promise<number[]> {
  // Warm the caches and the JIT; over HTTP this also replaces keep-alive sockets the server
  // closed while the in-process runs kept the client idle.
  warming = true;
  for (const q of queries.slice(0, 20)) await run(q);
  warming = false;
  const times: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    await run(q);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const app = await buildApp({
  catalogue: site.catalogue,
  search,
  config: { baseUrl: 'http://127.0.0.1', excerptLength: 50, siteName: 'Healthpress', searchPerMinute: 1_000_000 },
});
const origin = await app.listen({ host: '127.0.0.1', port: 0 });
const httpErrors: string[] = [];
const overHttp = async (q: string) => {
  try {
    const response = await fetch(`${origin}/api/search?q=${encodeURIComponent(q)}&limit=10`);
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    await response.json();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    if (!warming) httpErrors.push(`${cause} for a ${q.length}-character query: ${q.slice(0, 80)}`);
  }
};

const rows: [string, number[]][] = [
  ['baseline BM25, short', await timeAll(shortQueries, (q) => search.baseline(q, 10))],
  ['healthpress, short, in-process', await timeAll(shortQueries, (q) => search.search({ q, limit: 10 }))],
  ['healthpress, short, HTTP', await timeAll(shortQueries, overHttp)],
  ['baseline BM25, message', await timeAll(longQueries, (q) => search.baseline(q, 10))],
  ['healthpress, message, in-process', await timeAll(longQueries, (q) => search.search({ q, limit: 10 }))],
  ['healthpress, message, HTTP', await timeAll(longQueries, overHttp)],
];
await app.close();

console.log(`Search latency — ${count} queries each, ${site.dbPath}`);
console.log(`${'run'.padEnd(36)}     p50     p95     p99  (ms)`);
for (const [name, times] of rows) {
  console.log(`${name.padEnd(36)}${[50, 95, 99].map((p) => percentile(times, p).toFixed(2).padStart(8)).join('')}`);
}
console.log(`HTTP errors: ${httpErrors.length}`);
for (const error of httpErrors.slice(0, 5)) console.log(`  ${error}`);
await site.maintenance.close();
