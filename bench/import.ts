// Import benchmark: the whole MedQuAD tarball through the CLI into a fresh SQLite file, then the
// server's memory once it has the corpus loaded and has served pages of every kind.
// Baseline in the same run: the MedQuAD loader alone (reading + parsing, no store), so the
// figure that matters is the ratio: what the store adds on top of reading the corpus.
//
//   node dist/bench/import.js [--include-unanswered]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medquadLoader } from '../src/importers/medquad/medquad-loader.js';
import { paths } from '../src/content/paths.js';
import { projectRoot } from '../src/project-files.js';
import { MEDQUAD_TARBALL } from '../src/testing/shared-data.js';

const includeUnanswered = process.argv.includes('--include-unanswered');
const cli = join(projectRoot, 'bin', 'healthpress.js');

async function parseOnly(): Promise<{ seconds: number; articles: number }> {
  const started = performance.now();
  const source = await medquadLoader.open(MEDQUAD_TARBALL, { includeUnanswered });
  let articles = 0;
  for await (const file of source.files) articles += file.articles.length;
  return { seconds: (performance.now() - started) / 1000, articles };
}

function importWithCli(dbPath: string): { seconds: number; report: { imported: number; unchanged: number } } {
  const args = [cli, 'import', 'medquad', MEDQUAD_TARBALL, '--db', dbPath, '--json'];
  if (includeUnanswered) args.push('--include-unanswered');
  const started = performance.now();
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { seconds: (performance.now() - started) / 1000, report: JSON.parse(out) };
}

async function serverMemory(dbPath: string): Promise<{ rssMiB: number; pages: number }> {
  const server = spawn(process.execPath, [cli, 'serve', '--db', dbPath, '--port', '0', '--host', '127.0.0.1', '--no-log'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const match = /serving (http:\/\/[^\s]+)/.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
      server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const list = (await (await fetch(`${origin}/api/articles?limit=100`)).json()) as { items: { slug: string }[] };
    const urls = [paths.home(), paths.azWithoutSlash(), paths.sitemap(), paths.feed(), ...list.items.map((item) => paths.article(item.slug))];
    for (const path of urls) {
      const response = await fetch(`${origin}${path}`);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
    }
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { rssMiB: rssKiB / 1024, pages: urls.length };
  } finally {
    server.kill('SIGTERM');
  }
}

const dbPath = join(mkdtempSync(join(tmpdir(), 'hp-bench-import-')), 'medquad.db');
const baseline = await parseOnly();
const first = importWithCli(dbPath);
const again = importWithCli(dbPath);
const memory = await serverMemory(dbPath);

const rows = [
  ['loader only (baseline: read + parse, no store)', baseline.seconds, baseline.articles],
  ['healthpress import (fresh database)', first.seconds, first.report.imported],
  ['healthpress import again (nothing changes)', again.seconds, again.report.unchanged],
] as const;
console.log(`MedQuAD ${includeUnanswered ? 'with unanswered pages' : 'answered pairs'} — ${MEDQUAD_TARBALL}`);
for (const [name, seconds, articles] of rows) {
  console.log(`${name.padEnd(50)} ${seconds.toFixed(1).padStart(6)} s  ${String(articles).padStart(6)} articles  ${Math.round(articles / seconds).toString().padStart(6)} articles/s`);
}
console.log(`import / baseline ratio: ${(first.seconds / baseline.seconds).toFixed(2)}×`);
console.log(`server RSS after loading the corpus and serving ${memory.pages} pages: ${memory.rssMiB.toFixed(0)} MiB`);
