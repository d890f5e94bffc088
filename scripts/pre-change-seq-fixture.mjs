// Writes the fixtures of test/export/old-database-migrates.test.ts: test/fixtures/pre-change-seq.sqlite,
// a database imported by the code before migration 006 (the change sequence's rename) from its
// content/demo, and test/fixtures/pre-change-seq-content/, that content/demo, which the test
// imports afresh with today's code to compare the two builds.
//
//   node scripts/pre-change-seq-fixture.mjs [--bin <healthpress.js>]
//
// The database is written by the code before the rename, built here from git: commit b5550a7
// (PRE_CHANGE_SEQ) is exported with `git archive` into a temporary directory, given this
// checkout's node_modules (a symlink when its package-lock.json is the same, else `npm ci`),
// compiled with tsc, used, and deleted. It must come from that code: written by this checkout's,
// it would hold no old schema to migrate.
// --bin  use an already built pre-change CLI instead (its ../content/demo is copied); refused inside this checkout
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures');
const fixtureDb = join(fixtures, 'pre-change-seq.sqlite');
const fixtureContent = join(fixtures, 'pre-change-seq-content');

/** The last commit before migration 006 renamed the site-wide "revision" to the change sequence. */
const PRE_CHANGE_SEQ = 'b5550a7';

const args = process.argv.slice(2);
const binAt = args.indexOf('--bin');

function exec(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${result.stderr || result.stdout || result.error}`);
  return result.stdout;
}

/** Exports PRE_CHANGE_SEQ into `dir` and compiles it; returns its CLI. */
function buildPreChangeCode(dir) {
  console.log(`building ${PRE_CHANGE_SEQ} (the code before the change sequence) in ${dir}`);
  const archive = join(dir, '..', 'code.tar');
  exec('git', ['-C', root, 'archive', '--format=tar', '-o', archive, PRE_CHANGE_SEQ]);
  mkdirSync(dir);
  exec('tar', ['-xf', archive, '-C', dir]);
  const sameLock = spawnSync('git', ['-C', root, 'diff', '--quiet', PRE_CHANGE_SEQ, 'HEAD', '--', 'package-lock.json']).status === 0;
  if (sameLock && existsSync(join(root, 'node_modules'))) symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'), 'dir');
  else exec('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir });
  exec(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')]);
  return join(dir, 'bin', 'healthpress.js');
}

const work = mkdtempSync(join(tmpdir(), 'hp-pre-change-seq-'));
try {
  let bin;
  if (binAt >= 0) {
    bin = args[binAt + 1];
    if (!bin || !existsSync(bin)) throw new Error(`--bin: no CLI at "${bin}"`);
    if (`${realpathSync(bin)}${sep}`.startsWith(`${realpathSync(root)}${sep}`)) {
      throw new Error(`--bin: "${bin}" is this checkout's CLI, which migrates the database itself; give a pre-change build, or no --bin`);
    }
  } else {
    bin = buildPreChangeCode(join(work, 'code'));
  }
  const run = (cliArgs) => exec(process.execPath, [bin, ...cliArgs]);

  const content = join(dirname(bin), '..', 'content', 'demo');
  const fresh = join(work, 'fresh.db');
  run(['import', 'markdown', content, '--db', fresh]);
  copyFileSync(fresh, fixtureDb);
  rmSync(fixtureContent, { recursive: true, force: true });
  cpSync(content, fixtureContent, { recursive: true });
  console.log(`${relative(root, fixtureDb)} and ${relative(root, fixtureContent)}/ written`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
