// Recommendation speed: full rebuild of every stored list for the answered MedQuAD articles
// (16,423) and for all 47,457 with the link-out pages, peak memory of each, and the incremental
// refresh after one article changes. Baseline in the same run: Hugo building the same answered
// corpus with its related-content block (../shared/bench/hugo-medquad/run.sh).
//
//   node dist/bench/related.js [--answered-db mq.db] [--all-db mqa.db] [--hugo-variant related] [--updates 20]
//
// The databases given are copied first (a rebuild writes). Without them the tarball is imported.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { prepareArticle } from '../src/editorial/prepare-article.js';
import { runImport } from '../src/importers/import-runner.js';
import { medquadLoader } from '../src/importers/medquad/medquad-loader.js';
import { projectRoot } from '../src/project-files.js';
import { RelatedService } from '../src/related/related-service.js';
import { openSqliteSite } from '../src/store/sqlite/open-sqlite-site.js';
import { MEDQUAD_TARBALL } from '../src/testing/shared-data.js';
import { storedArticleInput } from '../src/testing/stored-article-input.js';
import { argValue, percentile } from './support.js';

const cli = join(projectRoot, 'bin', 'healthpress.js');
const work = mkdtempSync(join(tmpdir(), 'hp-bench-related-'));
const hugoScript = resolve(projectRoot, '..', 'shared', 'bench', 'hugo-medquad', 'run.sh');

async function database(flag: string, name: string, includeUnanswered: boolean): Promise<string> {
  const path = join(work, name);
  const given = argValue(flag);
  if (given) {
    if (!existsSync(given)) throw new Error(`${flag}: "${given}" does not exist`);
    copyFileSync(given, path);
    return path;
  }
  const { site } = await openSqliteSite(path);
  process.stderr.write(`importing MedQuAD (${includeUnanswered ? 'with' : 'without'} link-out pages) into ${path}…\n`);
  await runImport(site, medquadLoader, MEDQUAD_TARBALL, { includeUnanswered, skipRelated: true });
  await site.maintenance.close();
  return path;
}

/** `healthpress related rebuild` in its own process: wall time and peak RSS (GNU time). */
function rebuild(dbPath: string): { seconds: number; peakMiB: number; lists: number } {
  // Open once first so migrations and the search-index backfill are not timed.
  execFileSync(process.execPath, [cli, 'stats', '--db', dbPath], { encoding: 'utf8' });
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, cli, 'related', 'rebuild', '--db', dbPath, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const timing = /TIME ([\d.]+) (\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !timing) throw new Error(`related rebuild failed: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { recomputed: number };
  return { seconds: Number(timing[1]), peakMiB: Math.round(Number(timing[2]) / 1024), lists: report.recomputed };
}

/** Edits `count` articles one at a time and times the incremental refresh after each. */
async function updates(dbPath: string, count: number) {
  const { site } = await openSqliteSite(dbPath);
  // The benchmark's own reads and its pending mark, over a connection of its own (WAL: both see every commit).
  const raw = new SQLite(dbPath);
  const service = new RelatedService(site.related);
  const coldStarted = performance.now();
  // A fresh process's first refresh loads the model; later ones reuse it.
  raw.prepare('insert into related_pending (article_id) select id from articles where id = (select min(id) from articles)').run();
  const cold = await service.refreshPending();
  const coldMs = performance.now() - coldStarted;
  const slugs = (raw.prepare("select slug from articles where has_answer = 1 and status = 'published' order by id").all() as { slug: string }[]).map((r) => r.slug);
  raw.close();
  const timings: number[] = [];
  const recomputed: number[] = [];
  for (let i = 0; i < count; i++) {
    const slug = slugs[Math.floor(((i + 0.5) / count) * slugs.length)]!;
    // An editor's update, saved as the editor's save would (a copy of the database, never the corpus).
    const input = await storedArticleInput(site.catalogue, slug);
    await site.ingest.upsertArticles([prepareArticle({ ...input, bodyMarkdown: `${input.bodyMarkdown}\n\nThis page was reviewed by the editors.` })], new Date().toISOString());
    const started = performance.now();
    const report = await service.refreshPending();
    timings.push(performance.now() - started);
    recomputed.push(report.recomputed);
  }
  await site.maintenance.close();
  timings.sort((a, b) => a - b);
  return { coldMs, coldMode: cold.mode, median: percentile(timings, 50), p95: percentile(timings, 95), max: timings.at(-1) ?? 0, meanLists: recomputed.reduce((a, b) => a + b, 0) / count };
}

/** An editor's pin, then unpin, from the command line: each a new process that starts, loads the model and refreshes. */
async function cliOverrides(dbPath: string): Promise<{ pinMs: number; unpinMs: number }> {
  const { site } = await openSqliteSite(dbPath);
  const { items } = await site.catalogue.listArticles({ order: 'newest', limit: 2, offset: 100 });
  await site.maintenance.close();
  const [article, target] = items.map((item) => item.slug);
  const timed = (...args: string[]) => {
    const started = performance.now();
    execFileSync(process.execPath, [cli, 'related', ...args, '--db', dbPath, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return performance.now() - started;
  };
  return { pinMs: timed('pin', article!, target!, '--position', '1'), unpinMs: timed('unpin', article!, target!) };
}

function hugo(variant: string): { seconds: number; peakMiB: number } {
  if (!existsSync(hugoScript)) throw new Error(`Hugo baseline not found at ${hugoScript}`);
  const out = execFileSync('bash', [hugoScript, join(work, `hugo-${variant}`), variant], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const match = /wall_s=([\d.]+) peak_rss_mib=(\d+)/.exec(out);
  if (!match) throw new Error(`unexpected Hugo output: ${out}`);
  return { seconds: Number(match[1]), peakMiB: Number(match[2]) };
}

const variant = argValue('--hugo-variant') ?? 'related';
const updateCount = Number(argValue('--updates') ?? 20);
const answered = await database('--answered-db', 'answered.db', false);
const all = await database('--all-db', 'all.db', true);
const baseline = hugo(variant);
const small = rebuild(answered);
const large = rebuild(all);
const update = await updates(answered, updateCount);
const overrides = await cliOverrides(answered);

console.log(`Recommended lists — MedQuAD; baseline Hugo (${variant}) on the same 16,423 answered pages`);
console.log(`Hugo full site build with Related block (baseline)   ${baseline.seconds.toFixed(1).padStart(6)} s  peak ${baseline.peakMiB} MiB`);
for (const [name, r] of [['related rebuild, 16,423 answered', small], ['related rebuild, 47,457 with link-out pages', large]] as const) {
  console.log(`${name.padEnd(52)} ${r.seconds.toFixed(1).padStart(6)} s  peak ${r.peakMiB} MiB  ${r.lists} lists  ${(r.seconds / baseline.seconds).toFixed(2)}× Hugo`);
}
console.log(`first refresh in a new process (loads the model, 16,423): ${update.coldMs.toFixed(0)} ms (${update.coldMode})`);
console.log(`editor's pin / unpin from the command line, whole process: ${overrides.pinMs.toFixed(0)} / ${overrides.unpinMs.toFixed(0)} ms`);
console.log(`one-article update, model kept (${updateCount} edits): median ${update.median.toFixed(1)} ms, p95 ${update.p95.toFixed(1)} ms, max ${update.max.toFixed(1)} ms, ${update.meanLists.toFixed(1)} lists recomputed on average`);
