import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { boot } from '../../boot.js';
import type { SearchHit, SearchService } from '../../search/search-service.js';
import { plainSnippet } from '../../search/search-index.js';

interface SearchOptions {
  json?: boolean;
  stdin?: boolean;
  explain?: boolean;
  limit: string;
  baseline?: boolean;
}

export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .description('search the articles as a reader would; --stdin reads one query per line (JSON lines out)')
    .argument('[question]', 'the question, in the reader\'s own words')
    .option('--json', 'print JSON')
    .option('--stdin', 'read one query per line from standard input, print one JSON line per query')
    .option('--explain', 'show each ranking signal\'s contribution for each result')
    .option('--limit <n>', 'results per query', '10')
    .option('--baseline', 'use the plain BM25 baseline instead (for comparison)')
    .action(async (question: string | undefined, options: SearchOptions) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new Error(`--limit: "${options.limit}" must be a whole number from 1 to 100`);
      if (!options.stdin && (question === undefined || question.trim() === '')) throw new Error('search: give a question, or --stdin');
      const { site, search } = await boot(program.opts(), { existingDatabase: true });
      try {
        if (!search) throw new Error('search: needs the embedded SQLite store (PostgreSQL has no search index yet)');
        if (options.stdin) {
          for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
            if (line.trim() === '') continue;
            process.stdout.write(`${JSON.stringify(await runOne(search, line, limit, options))}\n`);
          }
          return;
        }
        const result = await runOne(search, question!, limit, options);
        console.log(options.json ? JSON.stringify(result, null, 2) : formatResult(result));
      } finally {
        await site.maintenance.close();
      }
    });
}

async function runOne(search: SearchService, q: string, limit: number, options: SearchOptions) {
  if (options.baseline) return { query: q, hits: await search.baseline(q, limit) };
  const response = await search.search({ q, limit, explain: options.explain === true });
  return { ...response, hits: response.hits.map(cliHit) };
}

function cliHit(hit: SearchHit) {
  const { articleId, slug, title, score, provenanceId, ...rest } = hit;
  return { id: articleId, slug, title, score, provenanceId, ...rest, snippet: plainSnippet(hit.snippet) };
}

type CliResult = Awaited<ReturnType<typeof runOne>>;

function formatResult(result: CliResult): string {
  if (!('understood' in result)) {
    return result.hits.map((h, i) => `${i + 1}. ${h.title}  [${h.provenanceId}]  bm25 ${h.bm25.toFixed(2)}`).join('\n');
  }
  const lines: string[] = [];
  const u = result.understood;
  const corrected = u.corrections.length ? `; corrected ${u.corrections.map((c) => `${c.from}→${c.to}`).join(', ')}` : '';
  lines.push(`Understood: topics ${u.topics.map((t) => t.name).join(', ') || '—'}; asks ${u.questionTypes.join(', ') || '—'}${corrected}`);
  if (result.didYouMean) lines.push(`Did you mean: ${result.didYouMean}`);
  lines.push(`${result.total} results`);
  result.hits.forEach((hit, i) => {
    lines.push(`${i + 1}. ${hit.title}  (${hit.topic?.name ?? 'no topic'} · ${hit.questionType ?? '—'})  score ${hit.score}  [${hit.provenanceId}]`);
    for (const signal of hit.signals ?? []) {
      lines.push(`     ${signal.name.padEnd(13)} ${signal.contribution >= 0 ? '+' : ''}${signal.contribution.toFixed(3)}  ${signal.detail}`);
    }
  });
  return lines.join('\n');
}
