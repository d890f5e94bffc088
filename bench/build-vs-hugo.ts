// Static build of the MedQuAD site: healthpress against Hugo, in one run on one filesystem.
//   node dist/bench/build-vs-hugo.js [--db answered.db] [--out-root /tmp/hp-build-bench] [--workers n]
// --db must hold the answered import with its related lists; it is copied, never modified.
// Without --db the tarball's answered questions are imported and their lists computed first.
// Prints both wall times and peak RSS, their ratios, then a one-article incremental rebuild.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { prepareArticle } from '../src/editorial/prepare-article.js';
import { projectRoot } from '../src/project-files.js';
import { openSqliteSite } from '../src/store/sqlite/open-sqlite-site.js';
import { storedArticleInput } from '../src/testing/stored-article-input.js';
import { argValue, medquadSite } from './support.js';

const root = resolve(argValue('--out-root') ?? '/tmp/hp-build-bench');
const workers = argValue('--workers');
const hugoScript = resolve(projectRoot, '../shared/bench/hugo-medquad/run.sh');
const sourceDb = argValue('--db') ? resolve(argValue('--db')!) : await freshMedquadDatabase();
if (!existsSync(sourceDb)) throw new Error(`--db: ${sourceDb} not found (import MedQuAD answered and run \`healthpress related rebuild\`)`);

/** Without --db: the answered questions imported into a temporary file (the import computes their lists). */
async function freshMedquadDatabase(): Promise<string> {
  const site = await medquadSite({ includeUnanswered: false });
  await site.maintenance.close();
  return site.dbPath;
}

rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
const db = join(root, 'site.db');
copyFileSync(sourceDb, db);

/** Our build as its own process, under /usr/bin/time for the peak RSS of the whole tree. */
function healthpressBuild(extra: string[] = []) {
  const started = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'peak_rss_kib=%M', process.execPath, join(projectRoot, 'bin/healthpress.js'), 'build', '--db', db, '--out', join(root, 'healthpress'),
      '--base-url', 'https://example.org/', '--json', ...(workers ? ['--workers', workers] : []), ...extra],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`healthpress build failed: ${run.stderr.slice(-2000)}`);
  const summary = JSON.parse(run.stdout) as { files: number; written: number; unchanged: number; deleted: number; rendered: number; durationMs: number };
  const rss = Number(/peak_rss_kib=(\d+)/.exec(run.stderr)?.[1]) / 1024;
  return { wall, rss, summary };
}

function hugoBuild() {
  const run = spawnSync('bash', [hugoScript, join(root, 'hugo')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  const match = /pages=(\d+) wall_s=([\d.]+) peak_rss_mib=(\d+)/.exec(last);
  if (run.status !== 0 || !match) throw new Error(`hugo run failed: ${run.stderr.slice(-2000)}`);
  return { pages: Number(match[1]), wall: Number(match[2]), rss: Number(match[3]) };
}

/** Edits one article's body through the store, as an editor's save would. */
async function changeOneArticle(offset: number): Promise<string> {
  const { site } = await openSqliteSite(db);
  try {
    const { items } = await site.catalogue.listArticles({ order: 'newest', limit: 1, offset });
    const input = await storedArticleInput(site.catalogue, items[0]!.slug);
    const [outcome] = await site.ingest.upsertArticles([prepareArticle({ ...input, bodyMarkdown: `${input.bodyMarkdown}\n\nEdited for the incremental build benchmark.` })], new Date().toISOString());
    if (outcome !== 'updated') throw new Error(`expected the article to be updated, got ${outcome}`);
    return items[0]!.slug;
  } finally {
    await site.maintenance.close();
  }
}

const ours = healthpressBuild();
const hugo = hugoBuild();
const noChange = healthpressBuild();
// One article edited at a time, each followed by a rebuild: the process's wall time (Node start
// and code loading included) and the build's own duration (manifest read to manifest written).
const edits: { slug: string; run: ReturnType<typeof healthpressBuild> }[] = [];
for (const offset of [5000, 6000, 7000, 8000, 9000]) {
  const slug = await changeOneArticle(offset);
  edits.push({ slug, run: healthpressBuild() });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const watched = await watchLatencies([5500, 6500, 7500, 8500, 9500]);

const f = (n: number) => n.toFixed(1);
console.log(`healthpress full build: files=${ours.summary.files} wall_s=${f(ours.wall)} peak_rss_mib=${Math.round(ours.rss)}`);
console.log(`hugo full build:        pages=${hugo.pages} wall_s=${f(hugo.wall)} peak_rss_mib=${hugo.rss}`);
console.log(`ratio healthpress/hugo: wall ${(ours.wall / hugo.wall).toFixed(2)}x  peak RSS ${(ours.rss / hugo.rss).toFixed(2)}x`);
console.log(`rebuild, nothing changed: wall_s=${noChange.wall.toFixed(2)} build_ms=${noChange.summary.durationMs} rendered=${noChange.summary.rendered} written=${noChange.summary.written}`);
for (const { slug, run } of edits) {
  console.log(`rebuild after editing ${slug}: wall_s=${run.wall.toFixed(2)} build_ms=${run.summary.durationMs} rendered=${run.summary.rendered} written=${run.summary.written}`);
}
console.log(`one-article rebuild, median of ${edits.length}: process wall_s=${median(edits.map((e) => e.run.wall)).toFixed(2)} build_ms=${median(edits.map((e) => e.run.summary.durationMs))}`);
console.log(`build --watch, edit committed -> export updated, median of ${watched.length}: ${median(watched.map((w) => w.ms))} ms (${watched.map((w) => `${w.ms} ms/${w.rendered} pages`).join(', ')})`);

/**
 * `healthpress build --watch` kept running: for each edit, the time from its commit to the
 * watcher's summary line (the export updated on disk), with no process start in between.
 */
async function watchLatencies(offsets: number[]): Promise<{ ms: number; rendered: number }[]> {
  const child = spawn(process.execPath, [join(projectRoot, 'bin/healthpress.js'), 'build', '--watch', '--json', '--db', db, '--out', join(root, 'healthpress'), '--base-url', 'https://example.org/'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(((await lines.next()).value as string) ?? 'null') as { rendered: number };
  try {
    await next(); // the first build (nothing changed since the last run)
    const results: { ms: number; rendered: number }[] = [];
    for (const offset of offsets) {
      await changeOneArticle(offset);
      const committed = performance.now();
      const summary = await next();
      results.push({ ms: Math.round(performance.now() - committed), rendered: summary.rendered });
    }
    return results;
  } finally {
    child.kill('SIGTERM');
  }
}
