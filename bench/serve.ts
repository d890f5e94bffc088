// Serving speed against nginx, in one run on loopback: Debian's nginx serving one article page as
// a static file (the baseline), then `healthpress serve --workers 0` serving the same URL from its
// page cache, without it, and across many different URLs. Every load is `wrk -t2 -c64 -d10s`.
//
//   node dist/bench/serve.js [--db medquad.db] [--seconds 10]
//
// --db is copied first (never modified); without it the demo content is imported into a temp file.
// Needs `nginx` and `wrk`: installed from Debian (nginx-light, wrk) when missing.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../src/importers/import-runner.js';
import { markdownDirLoader } from '../src/importers/markdown-dir.js';
import { demoContentDir, projectRoot } from '../src/project-files.js';
import { openSqliteSite } from '../src/store/sqlite/open-sqlite-site.js';
import { argValue, ensureCommands } from './support.js';

ensureCommands({ nginx: 'nginx-light', wrk: 'wrk' });

const seconds = Number(argValue('--seconds') ?? 10);
const work = mkdtempSync(join(tmpdir(), 'hp-bench-serve-'));
chmodSync(work, 0o755); // nginx's workers run as nobody
const cli = join(projectRoot, 'bin', 'healthpress.js');

// --- the database and the URLs -------------------------------------------------------------
const dbPath = join(work, 'site.db');
const given = argValue('--db');
if (given) {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(given + suffix)) copyFileSync(given + suffix, dbPath + suffix);
} else {
  const { site } = await openSqliteSite(dbPath);
  await runImport(site, markdownDirLoader, demoContentDir);
  await site.maintenance.close();
}
const { site } = await openSqliteSite(dbPath);
const slugs = (await site.catalogue.sitemapEntries(0, 1_000_000)).map((e) => e.path).filter((p) => p.startsWith('/articles/'));
await site.maintenance.close();
const pagePath = slugs.includes('/articles/causes-of-back-pain-after-a-miscarriage')
  ? '/articles/causes-of-back-pain-after-a-miscarriage'
  : slugs[Math.floor(slugs.length / 2)]!;

// --- helpers ---------------------------------------------------------------------------------
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string): Promise<Buffer> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return Buffer.from(await response.arrayBuffer());
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

const toMs = (value: string) => {
  const [, n, unit] = /([\d.]+)(us|ms|s)/.exec(value) ?? [];
  return Number(n) * (unit === 'us' ? 0.001 : unit === 's' ? 1000 : 1);
};

function wrk(url: string, options: { headers?: string[]; script?: string; seconds?: number } = {}): Load {
  const args = ['-t2', '-c64', `-d${options.seconds ?? seconds}s`, '--latency'];
  for (const header of options.headers ?? []) args.push('-H', header);
  if (options.script) args.push('-s', options.script);
  const out = execFileSync('wrk', [...args, url], { encoding: 'utf8' });
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    // The "Latency Distribution" lines; anchored, as "+/- Stdev" columns also end in %.
    p50: toMs(/^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? '0'),
    p99: toMs(/^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? '0'),
    errors: (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) + Number(non2xx?.[1] ?? 0),
    requests: Number(/(\d+) requests in/.exec(out)?.[1]),
  };
}

async function startHealthpress(env: Record<string, string> = {}): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'serve', '--db', dbPath, '--workers', '0', '--host', '127.0.0.1', '--port', String(port), '--no-log'], {
    env: { ...process.env, ...env, HEALTHPRESS_BASE_URL: 'http://127.0.0.1' },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}${pagePath}`);
  return { child, origin };
}

async function startNginx(gzip: boolean): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const temp = join(work, 'nginx-temp');
  mkdirSync(temp, { recursive: true });
  const conf = join(work, `nginx-${gzip ? 'gzip' : 'plain'}.conf`);
  writeFileSync(
    conf,
    `daemon off; worker_processes auto; pid ${work}/nginx.pid; error_log ${work}/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000; default_type text/html;
  gzip ${gzip ? 'on' : 'off'}; gzip_types text/html; gzip_comp_level 6;
  client_body_temp_path ${temp}; proxy_temp_path ${temp}; fastcgi_temp_path ${temp}; uwsgi_temp_path ${temp}; scgi_temp_path ${temp};
  server { listen 127.0.0.1:${port}; root ${work}/static; }
}
`,
  );
  const child = spawn('nginx', ['-c', conf, '-p', work], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}${pagePath}`);
  return { child, origin };
}

// --- the runs --------------------------------------------------------------------------------
const rows: { name: string; load: Load }[] = [];
const measure = (name: string, url: string, options: Parameters<typeof wrk>[1] = {}) => {
  wrk(url, { ...options, seconds: 2 }); // warm the JIT, the page cache and the sockets
  const load = wrk(url, options);
  rows.push({ name, load });
  process.stderr.write(`${name}: ${Math.round(load.requestsPerSecond)} req/s\n`);
};
const GZIP = ['Accept-Encoding: gzip'];

// The static copy nginx serves is the page as healthpress renders it, byte for byte.
let server = await startHealthpress();
const html = await waitFor(`${server.origin}${pagePath}`);
await stop(server.child);
mkdirSync(join(work, 'static', 'articles'), { recursive: true, mode: 0o755 });
writeFileSync(join(work, 'static', pagePath), html, { mode: 0o644 });

for (const gzip of [false, true]) {
  const nginx = await startNginx(gzip);
  measure(gzip ? 'nginx, static file, gzip on (per request, level 6)' : 'nginx, static file (baseline)', `${nginx.origin}${pagePath}`, gzip ? { headers: GZIP } : {});
  await stop(nginx.child);
}

server = await startHealthpress();
measure('healthpress, page cache hit', `${server.origin}${pagePath}`);
measure('healthpress, page cache hit, gzip', `${server.origin}${pagePath}`, { headers: GZIP });
const script = join(work, 'many.lua');
const many = slugs.slice(0, 50_000);
writeFileSync(
  script,
  `local paths = { ${many.map((p) => JSON.stringify(p)).join(', ')} }
local threads = 0
function setup(thread) thread:set("offset", threads * math.floor(#paths / 2)); threads = threads + 1 end
local i = 0
function request() i = i + 1; return wrk.format("GET", paths[((offset or 0) + i) % #paths + 1]) end
`,
);
// A fresh server, so the cycled URLs are first renders (misses) until they come round again.
await stop(server.child);
server = await startHealthpress();
const cycled = wrk(`${server.origin}${pagePath}`, { script });
rows.push({ name: `healthpress, ${many.length.toLocaleString('en')} article URLs cycled (cache on)`, load: cycled });
await stop(server.child);

server = await startHealthpress({ HEALTHPRESS_PAGE_CACHE_MB: '0' });
measure('healthpress, cache off (every request renders)', `${server.origin}${pagePath}`);
await stop(server.child);

// --- the table -------------------------------------------------------------------------------
const baseline = rows[0]!.load.requestsPerSecond;
console.log(`\n${pagePath} (${html.length.toLocaleString('en')} bytes), ${slugs.length.toLocaleString('en')} articles, wrk -t2 -c64 -d${seconds}s\n`);
console.log('| what | req/s | ÷ nginx | p50 | p99 | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const { name, load } of rows) {
  console.log(
    `| ${name} | ${Math.round(load.requestsPerSecond).toLocaleString('en')} | ${(load.requestsPerSecond / baseline).toFixed(2)}× | ${load.p50.toFixed(2)} ms | ${load.p99.toFixed(2)} ms | ${load.errors} |`,
  );
}
