// Writes the expectation of test/export/old-database-migrates.test.ts: every file (but the
// manifest) that a build from test/fixtures/pre-change-seq.sqlite writes, by path, with its
// sha256. The fixture is a database written by the code before migration 006 (the change
// sequence's rename) from content/demo.
//
//   node scripts/pre-change-seq-fixture.mjs [--new-database] [--bin <healthpress.js>]
//
// By default the build is made by the code before the rename, built here from git: commit
// b5550a7 (PRE_CHANGE_SEQ) is exported with `git archive` into a temporary directory, given this
// checkout's node_modules (a symlink when its package-lock.json is the same, else `npm ci`),
// compiled with tsc, used, and deleted. The expectation must come from that code: made by this
// checkout's, the test it feeds could not fail.
// --new-database also writes the fixture database again, imported by that code from its
//                content/demo
// --bin          use an already built pre-change CLI instead; refused inside this checkout
// Prints which files differ from the expectation it replaces.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures');
const fixtureDb = join(fixtures, 'pre-change-seq.sqlite');
const expectationFile = join(fixtures, 'pre-change-seq-build.json');
const MANIFEST_FILE = '.healthpress-build.json';

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

  if (args.includes('--new-database')) {
    const fresh = join(work, 'fresh.db');
    run(['import', 'markdown', join(dirname(bin), '..', 'content', 'demo'), '--db', fresh]);
    copyFileSync(fresh, fixtureDb);
  }
  const db = join(work, 'site.db');
  copyFileSync(fixtureDb, db);
  const out = join(work, 'out');
  run(['build', '--out', out, '--db', db, '--base-url', 'https://example.org']);
  const files = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(out, join(entry.parentPath, entry.name)))
    .filter((file) => file !== MANIFEST_FILE)
    .sort();
  const hashes = Object.fromEntries(files.map((file) => [file, createHash('sha256').update(readFileSync(join(out, file))).digest('hex')]));

  const before = existsSync(expectationFile) ? JSON.parse(readFileSync(expectationFile, 'utf8')) : {};
  for (const file of new Set([...Object.keys(before), ...files])) {
    if (!(file in hashes)) console.log(`removed  ${file}`);
    else if (!(file in before)) console.log(`added    ${file}`);
    else if (before[file] !== hashes[file]) console.log(`changed  ${file}`);
  }
  writeFileSync(expectationFile, `${JSON.stringify(hashes, null, 1)}\n`);
  console.log(`${files.length} files → ${relative(root, expectationFile)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
