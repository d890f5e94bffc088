// Search quality on the development evaluation (bench/data/search-questions.jsonl): our search
// against a plain BM25 baseline (FTS5 bm25() over title and body, the query's words OR-ed),
// both over the same index in the same run.
//
//   node dist/bench/search-quality.js [--db medquad.db] [--questions file.jsonl] [--verbose] [--json out.json]
import { writeFileSync } from 'node:fs';
import { evaluateRanking, meanMetrics, type QueryMetrics } from '../src/search/evaluation/metrics.js';
import { SearchService } from '../src/search/search-service.js';
import { argValue, loadSearchQuestions, medquadSite } from './support.js';

const questions = loadSearchQuestions();

const site = await medquadSite();
const search = new SearchService(site.search);
const verbose = process.argv.includes('--verbose');

const ours: (QueryMetrics & { style: string })[] = [];
const baseline: (QueryMetrics & { style: string })[] = [];
for (const question of questions) {
  const response = await search.search({ q: question.query, limit: 10 });
  const ourIds = response.hits.map((hit) => hit.provenanceId);
  const baseIds = (await search.baseline(question.query, 10)).map((hit) => hit.provenanceId);
  const o = evaluateRanking(ourIds, question.judgments);
  const b = evaluateRanking(baseIds, question.judgments);
  ours.push({ ...o, style: question.style });
  baseline.push({ ...b, style: question.style });
  if (verbose && o.mrr < 1) {
    console.log(`\n${question.id} [${question.style}] MRR ours ${o.mrr.toFixed(2)} base ${b.mrr.toFixed(2)}: ${question.query.slice(0, 160)}`);
    console.log(`  understood: ${JSON.stringify(response.understood)}`);
    for (const hit of response.hits.slice(0, 5)) console.log(`  ${question.judgments[hit.provenanceId] ?? '-'} ${hit.provenanceId} ${hit.title}`);
    const wanted = Object.entries(question.judgments).filter(([, g]) => g === 3).map(([id]) => id);
    console.log(`  wanted: ${wanted.join(', ')}`);
  }
}

const format = (m: QueryMetrics) => [m.p1, m.mrr, m.map, m.ndcg].map((v) => v.toFixed(3).padStart(7)).join(' ');
console.log(`\nSearch quality — ${questions.length} questions, ${site.dbPath}`);
console.log(`${'system'.padEnd(28)}    P@1  MRR@10  MAP@10 nDCG@10`);
const oursMean = meanMetrics(ours);
const baseMean = meanMetrics(baseline);
console.log(`${'healthpress'.padEnd(28)}${format(oursMean)}`);
console.log(`${'plain BM25 (baseline)'.padEnd(28)}${format(baseMean)}`);
console.log(`${'ratio'.padEnd(28)}${[oursMean.p1 / baseMean.p1, oursMean.mrr / baseMean.mrr, oursMean.map / baseMean.map, oursMean.ndcg / baseMean.ndcg].map((v) => `${v.toFixed(2)}×`.padStart(7)).join(' ')}`);
console.log('\nby style (healthpress / baseline MRR@10):');
for (const style of [...new Set(questions.map((q) => q.style))].sort()) {
  const o = meanMetrics(ours.filter((m) => m.style === style));
  const b = meanMetrics(baseline.filter((m) => m.style === style));
  console.log(`  ${style.padEnd(16)} n=${String(ours.filter((m) => m.style === style).length).padStart(3)}  ${o.mrr.toFixed(3)} / ${b.mrr.toFixed(3)}`);
}
const out = argValue('--json');
if (out) writeFileSync(out, JSON.stringify({ questions: questions.length, healthpress: oursMean, baseline: baseMean }, null, 2));
await site.maintenance.close();
