// Shared set-up for the benchmarks: a SQLite file holding the whole MedQuAD import.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../src/importers/import-runner.js';
import { medquadLoader } from '../src/importers/medquad/medquad-loader.js';
import { MEDQUAD_TARBALL } from '../src/testing/shared-data.js';
import { openSqliteSite, type SqliteSite } from '../src/store/sqlite/open-sqlite-store.js';

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
