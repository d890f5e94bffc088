// The newsroom's admin on a realistic site: the article list, the editor's open and save, and the
// time from a publish to the public page. Baseline in the same run, on the same server: the
// reader's article page rendered (page cache bypassed), so the figures to read are the ratios.
//
//   node dist/bench/admin.js [--db medquad.db | --demo] [--requests 200] [--publishes 20]
//
// --db is copied first (never modified); --demo imports the bundled demo content; otherwise all
// 47,457 MedQuAD questions are imported (--include-unanswered) into a temp file. One server
// process (`serve`, default --workers 1), page cache on as in production, loopback only.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths } from '../src/content/paths.js';
import { demoContentDir, projectRoot } from '../src/project-files.js';
import { MEDQUAD_TARBALL } from '../src/testing/shared-data.js';
import { argValue, percentile } from './support.js';

const REQUESTS = Number(argValue('--requests') ?? 200);
const PUBLISHES = Number(argValue('--publishes') ?? 20);
const WARM = 20;
const GIVE_UP_MS = 10_000;
const EMAIL = 'bench-admin@example.org';
const PASSWORD = 'a bench passphrase nobody else uses 7'; // a throwaway account in a throwaway copy
const cli = join(projectRoot, 'bin', 'healthpress.js');
const work = mkdtempSync(join(tmpdir(), 'hp-bench-admin-'));
const dbPath = join(work, 'site.db');
process.on('exit', () => rmSync(work, { recursive: true, force: true })); // also after a failure
const run = (...args: string[]) => execFileSync(process.execPath, [cli, ...args, '--db', dbPath], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

// --- the database, the admin and its token ----------------------------------------------------
const given = argValue('--db');
let source: string;
if (given) {
  if (!existsSync(given)) throw new Error(`--db: "${given}" does not exist`);
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(given + suffix)) copyFileSync(given + suffix, dbPath + suffix);
  source = `a copy of ${given}`;
} else {
  const demo = process.argv.includes('--demo');
  process.stderr.write(demo ? 'importing the demo content…\n' : `importing MedQuAD (all 47,457 questions) from ${MEDQUAD_TARBALL}…\n`);
  const started = performance.now();
  run('import', ...(demo ? ['markdown', demoContentDir] : ['medquad', MEDQUAD_TARBALL, '--include-unanswered']), '--json');
  source = `${demo ? 'the demo content' : 'MedQuAD with link-out pages'}, imported in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}
execFileSync(process.execPath, [cli, 'user', 'add', EMAIL, '--role', 'admin', '--password-stdin', '--db', dbPath], { input: PASSWORD });
const token = (JSON.parse(run('token', 'create', '--user', EMAIL, '--name', 'bench', '--json')) as { token: string }).token;

// --- the server -------------------------------------------------------------------------------
function startServer(): Promise<{ child: ChildProcess; origin: string }> {
  // An http base URL, so the session cookie is not marked Secure over plain loopback; the cache size is the default.
  const env: NodeJS.ProcessEnv = { ...process.env, HEALTHPRESS_BASE_URL: 'http://127.0.0.1' };
  delete env.HEALTHPRESS_PAGE_CACHE_MB;
  const child = spawn(process.execPath, [cli, 'serve', '--db', dbPath, '--host', '127.0.0.1', '--port', '0', '--no-log'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error('the server did not start within 60 s'));
    }, 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve({ child, origin: match[1]! });
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

// --- requests, timed --------------------------------------------------------------------------
interface Sample { ms: number; status: number; text: string }
const failures: string[] = []; // every non-2xx, with the request and the answer, printed at the end

async function timed(origin: string, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Sample> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  const response = await fetch(origin + path, { method, headers, redirect: 'manual', ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await response.text(); // the whole answer read: what a client waits for
  const ms = performance.now() - started;
  if (response.status >= 400) failures.push(`${method} ${path}${options.body !== undefined ? ` ${JSON.stringify(options.body).slice(0, 200)}` : ''} → ${response.status} ${text.slice(0, 500)}`);
  return { ms, status: response.status, text };
}

interface Row { name: string; ms: number[]; errors: number; note?: string }
const rows: Row[] = [];
const summary = (ms: readonly number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean, max: sorted[sorted.length - 1] ?? 0 };
};

/** Warm-up on other inputs first (JIT, statement cache, sockets), then `REQUESTS` sequential requests, each timed alone. */
async function measure(name: string, count: number, one: (i: number) => Promise<Sample>, warm: (i: number) => Promise<Sample>, note?: string): Promise<void> {
  for (let i = 0; i < WARM; i++) await warm(i);
  const row: Row = { name, ms: [], errors: 0, ...(note ? { note } : {}) };
  for (let i = 0; i < count; i++) {
    const sample = await one(i);
    row.ms.push(sample.ms);
    if (sample.status >= 400) row.errors++;
  }
  rows.push(row);
  const s = summary(row.ms);
  process.stderr.write(`${name}: p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, ${row.errors} errors\n`);
}

const { child, origin } = await startServer();
try {
  const auth = { authorization: `Bearer ${token}` };
  const api = (method: string, path: string, body?: unknown) => timed(origin, method, path, { headers: auth, ...(body !== undefined ? { body } : {}) });

  // Articles to work on, spread over the whole site (8 pages of 100), each used by one measurement only.
  type Item = { id: number; slug: string; isLive: boolean };
  const first = JSON.parse((await api('GET', '/api/admin/articles?limit=1')).text) as { total: number };
  const total = first.total;
  const pool: Item[] = [];
  for (let page = 0; page < 8; page++) {
    const offset = Math.floor((page * Math.max(0, total - 100)) / 7);
    pool.push(...(JSON.parse((await api('GET', `/api/admin/articles?limit=100&offset=${offset}`)).text) as { articles: Item[] }).articles);
  }
  const live = [...new Map(pool.filter((a) => a.isLive).map((a) => [a.id, a])).values()];
  let next = 0; // a small site (the demo) has fewer articles than the runs need: they come round again
  const take = (n: number): Item[] => Array.from({ length: n }, () => live[next++ % live.length]!);

  // Signing in as a browser does: the sign-in form's CSRF token and cookie, then the session cookie.
  const form = await fetch(`${origin}/admin/sign-in`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const cookieOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const signIn = await fetch(`${origin}/admin/sign-in`, {
    method: 'POST', redirect: 'manual', headers: { cookie: cookieOf(form), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email: EMAIL, password: PASSWORD }),
  });
  const session = cookieOf(signIn);
  if (!session.includes('hp_session=')) failures.push(`POST /admin/sign-in → ${signIn.status}, no session cookie: the HTML editor page is not measured`);

  // 1. Baseline: the reader's article page, rendered each time (a parameter the cache does not key on bypasses it).
  const reader = take(REQUESTS + WARM);
  const page = (item: Item, tag: string) => timed(origin, 'GET', `${paths.article(item.slug)}?bench=${tag}`);
  await measure('reader article page, rendered (baseline)', REQUESTS, (i) => page(reader[WARM + i]!, `m${i}`), (i) => page(reader[i]!, `w${i}`));

  // 2. The article list: 25 a page, at offsets spread over the site; then a title search with a status filter.
  const offsets = Array.from({ length: REQUESTS }, (_, i) => Math.floor((((i * 73) % REQUESTS) * Math.max(0, total - 25)) / REQUESTS));
  await measure('list, 25 at varied offsets', REQUESTS, (i) => api('GET', `/api/admin/articles?limit=25&offset=${offsets[i]}`), (i) => api('GET', `/api/admin/articles?limit=25&offset=${i}`));
  const terms = ['diabetes', 'cancer', 'symptoms', 'treatment', 'syndrome', 'heart', 'kidney', 'blood', 'genetic', 'children',
    'pain', 'lung', 'skin', 'brain', 'liver', 'eye', 'bone', 'infection', 'deficiency', 'disease'];
  await measure('list, q=<title word>&status=published', REQUESTS, (i) => api('GET', `/api/admin/articles?limit=25&q=${terms[i % terms.length]}&status=published`),
    (i) => api('GET', `/api/admin/articles?limit=25&q=${terms[(i + 7) % terms.length]}&status=draft`));

  // 3. The editor opening an article: the API (admin.js's first call) and the HTML editor page.
  const openApi = take(REQUESTS + WARM);
  await measure('editor open, GET /api/admin/articles/:id', REQUESTS, (i) => api('GET', `/api/admin/articles/${openApi[WARM + i]!.id}`),
    (i) => api('GET', `/api/admin/articles/${openApi[i]!.id}`));
  if (session.includes('hp_session=')) {
    const openHtml = take(REQUESTS + WARM);
    const html = (item: Item) => timed(origin, 'GET', `/admin/articles/${item.id}`, { headers: { cookie: session } });
    await measure('editor page, GET /admin/articles/:id (session)', REQUESTS, (i) => html(openHtml[WARM + i]!), (i) => html(openHtml[i]!));
  }

  // 4. Saves: a body change each time across 20 articles in turn, each based on the revision the last save returned.
  const saving = take(40);
  const revision = new Map<number, number>();
  const bodyOf = new Map<number, string>();
  for (const item of saving) {
    const opened = JSON.parse((await api('GET', `/api/admin/articles/${item.id}`)).text) as { revision: number; fields: { bodyMarkdown: string } };
    revision.set(item.id, opened.revision);
    bodyOf.set(item.id, opened.fields.bodyMarkdown);
  }
  const outcomes: Record<string, number> = {};
  const save = async (item: Item, n: number) => {
    const sample = await api('PUT', `/api/admin/articles/${item.id}`, { baseRevision: revision.get(item.id), body: `${bodyOf.get(item.id)}\n\nEdit ${n} by the benchmark.` });
    if (sample.status === 200) {
      const saved = JSON.parse(sample.text) as { revision: number; outcome: string };
      revision.set(item.id, saved.revision);
      outcomes[saved.outcome] = (outcomes[saved.outcome] ?? 0) + 1;
    } else { // reported in `failures`; the next save starts again from the current revision
      revision.set(item.id, (JSON.parse((await api('GET', `/api/admin/articles/${item.id}`)).text) as { revision: number }).revision);
    }
    return sample;
  };
  await measure('save, PUT /api/admin/articles/:id', REQUESTS, (i) => save(saving[20 + (i % 20)]!, i), (i) => save(saving[i % 20]!, -i));

  // 5. Publish to public: the page is cached first (a reader saw it), then changed, published and polled every 5 ms.
  // Three warm-up publishes first; then PUBLISHES measured; then PROBES more with a reader fetching a
  // cached page every 5 ms while each publish runs (one process: does a publish hold readers up?).
  type Opened = { revision: number; liveSlug: string; fields: { bodyMarkdown: string } };
  const PROBES = 5;
  const publishing = take(3 + PUBLISHES + PROBES);
  const probeUrl = paths.article(reader[0]!.slug);
  await timed(origin, 'GET', probeUrl); // now in the page cache
  const publishMs: number[] = [];
  const visibleMs: number[] = [];
  const renderedMs: number[] = [];
  const probeMs: number[] = [];
  let publishErrors = 0;
  let gaveUp = 0;
  let coldPublishMs = 0;
  for (const [k, item] of publishing.entries()) {
    const opened = JSON.parse((await api('GET', `/api/admin/articles/${item.id}`)).text) as Opened;
    const url = paths.article(opened.liveSlug);
    await timed(origin, 'GET', url);
    const marker = `benchmarker${k}x${Math.random().toString(36).slice(2, 10)}`;
    const saved = await api('PUT', `/api/admin/articles/${item.id}`, { baseRevision: opened.revision, body: `${opened.fields.bodyMarkdown}\n\n${marker}` });
    const base = saved.status === 200 ? (JSON.parse(saved.text) as { revision: number }).revision : opened.revision;
    let probing = k >= 3 + PUBLISHES;
    const probe = (async () => {
      while (probing) {
        probeMs.push((await timed(origin, 'GET', probeUrl)).ms);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const sent = performance.now();
    const published = await api('POST', `/api/admin/articles/${item.id}/publish`, { baseRevision: base });
    probing = false;
    await probe;
    // Two polls in turn: the page as readers get it (cached), and rendered anew (the store's side alone).
    let seen = 0;
    let rendered = 0;
    while (published.status === 200 && !seen && performance.now() - sent < GIVE_UP_MS) {
      if (!rendered && (await timed(origin, 'GET', `${url}?bench=p${k}`)).text.includes(marker)) rendered = performance.now() - sent;
      if ((await timed(origin, 'GET', url)).text.includes(marker)) seen = performance.now() - sent;
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (k === 0) coldPublishMs = published.ms; // the server's first publish loads the Recommended model
    if (k < 3 || k >= 3 + PUBLISHES) continue;
    publishMs.push(published.ms);
    if (published.status !== 200) publishErrors++;
    if (seen) visibleMs.push(seen); else gaveUp++;
    if (rendered) renderedMs.push(rendered);
  }
  rows.push({ name: 'publish, POST …/:id/publish', ms: publishMs, errors: publishErrors, note: `first publish after start (warm-up): ${coldPublishMs.toFixed(0)} ms` });
  rows.push({ name: 'publish → marker on the page rendered anew (cache bypassed)', ms: renderedMs, errors: PUBLISHES - renderedMs.length });
  rows.push({ name: 'publish → marker on the public page', ms: visibleMs, errors: gaveUp, note: `${gaveUp} not seen within ${GIVE_UP_MS / 1000} s` });
  rows.push({ name: `a reader's cached page, every 5 ms during ${PROBES} more publishes`, ms: probeMs, errors: 0 });

  // --- the table and the JSON line ------------------------------------------------------------
  const base = summary(rows[0]!.ms);
  console.log(`\n${total.toLocaleString('en')} articles (${source}); one server process, page cache on; sequential requests over loopback; ms\n`);
  console.log('| what | n | p50 | p99 | mean | max | p50 ÷ reader | p99 ÷ reader | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const f = (v: number) => v.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  for (const row of rows) {
    const s = summary(row.ms);
    console.log(`| ${row.name} | ${s.n} | ${f(s.p50)} | ${f(s.p99)} | ${f(s.mean)} | ${f(s.max)} | ${(s.p50 / base.p50).toFixed(2)}× | ${(s.p99 / base.p99).toFixed(2)}× | ${row.errors} |`);
  }
  const reuse = next > live.length ? `the site has ${live.length} live articles for ${next} uses: articles came round again` : 'every article opened, saved or published by one step only, opened in the editor for the first time';
  console.log(`\n${reuse}. Save outcomes: ${JSON.stringify(outcomes)}. ${rows.filter((r) => r.note).map((r) => `${r.name}: ${r.note}.`).join(' ')}`);
  console.log(JSON.stringify({ articles: total, source, rows: rows.map((r) => ({ name: r.name, ...summary(r.ms), errors: r.errors })), saveOutcomes: outcomes, coldPublishMs, failures: failures.length }));
  if (failures.length) {
    console.log(`\n${failures.length} failed request(s):`);
    for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
    process.exitCode = 1;
  }
} finally {
  await stop(child);
}
