// Shared set-up for the benchmarks: a SQLite file holding the whole MedQuAD import.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runImport } from '../src/importers/import-runner.js';
import { medquadLoader } from '../src/importers/medquad/medquad-loader.js';
import { projectRoot } from '../src/project-files.js';
import type { Judgments } from '../src/search/evaluation/metrics.js';
import { MEDQUAD_TARBALL } from '../src/testing/shared-data.js';
import { openSqliteSite, type SqliteSite } from '../src/store/sqlite/open-sqlite-site.js';

export function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/**
 * `--db <file>` reuses a database that already holds the import; otherwise the tarball is
 * imported (with the unanswered link-out pages: 47,457 articles) into a fresh temporary file.
 */
export async function medquadSite(options: { includeUnanswered?: boolean } = {}): Promise<SqliteSite['site'] & { dbPath: string }> {
  const includeUnanswered = options.includeUnanswered ?? true;
  const given = argValue('--db');
  if (given) {
    if (!existsSync(given)) throw new Error(`--db: "${given}" does not exist`);
    return { ...(await openSqliteSite(given)).site, dbPath: given };
  }
  if (!existsSync(MEDQUAD_TARBALL)) throw new Error(`MedQuAD tarball not found at ${MEDQUAD_TARBALL}`);
  const dbPath = join(mkdtempSync(join(tmpdir(), 'hp-bench-')), 'medquad.db');
  const { site } = await openSqliteSite(dbPath);
  process.stderr.write(`importing MedQuAD (${includeUnanswered ? 'all 47,457 questions' : 'the 16,423 answered questions'}) into ${dbPath}…\n`);
  const report = await runImport(site, medquadLoader, MEDQUAD_TARBALL, { includeUnanswered });
  process.stderr.write(`imported ${report.imported} articles in ${(report.durationMs / 1000).toFixed(1)} s\n`);
  return { ...site, dbPath };
}

/** One question of the search evaluation, with graded judgments (0-3) keyed by provenance id. */
export interface EvalQuestion {
  id: string;
  query: string;
  style: string;
  judgments: Judgments;
}

export const SEARCH_QUESTIONS_FILE = join(projectRoot, 'bench', 'data', 'search-questions.jsonl');

/**
 * The search evaluation (`--questions <file>`, or bench/data/search-questions.jsonl). The file was
 * never committed (an unanchored `data/` in .gitignore matched bench/data/), so on a fresh clone
 * it is missing: the benchmark says so and exits with code 2 instead of crashing.
 */
export function loadSearchQuestions(): EvalQuestion[] {
  const file = argValue('--questions') ?? SEARCH_QUESTIONS_FILE;
  if (!existsSync(file)) {
    process.stderr.write([
      `The search evaluation set is missing: ${relative(process.cwd(), file) || file} does not exist.`,
      'It was never committed, and no copy ships with the project until it is written again.',
      'To run this benchmark, provide one: a JSON Lines file, one question per line, such as',
      '  {"id": "q001", "query": "what causes gout", "style": "short", "judgments": {"medquad:3_GHR_QA/0000123#2": 3}}',
      '(grades 0-3 keyed by provenance id; styles as in docs/benchmarks.md), saved at',
      `  ${relative(process.cwd(), SEARCH_QUESTIONS_FILE)}  or passed with  --questions <file>.`,
      '',
    ].join('\n'));
    process.exit(2);
  }
  return readFileSync(file, 'utf8').split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    try {
      const question = JSON.parse(line) as EvalQuestion;
      if (typeof question.query !== 'string' || typeof question.judgments !== 'object' || question.judgments === null) {
        throw new Error('needs a "query" string and a "judgments" object');
      }
      return [question];
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not a question of the search evaluation (${(error as Error).message})`);
    }
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** Installs Debian packages a benchmark needs when their commands are missing (as .ci/run does). */
export function ensureCommands(packages: Record<string, string>): void {
  const missing = Object.entries(packages).filter(([command]) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0);
  if (missing.length === 0) return;
  const names = missing.map(([, pkg]) => pkg);
  process.stderr.write(`installing ${names.join(', ')} from Debian for this benchmark…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...names]]) {
    const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: install ${names.join(' ')} yourself`);
  }
}
