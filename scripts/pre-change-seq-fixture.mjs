// Writes the expectation of test/export/old-database-migrates.test.ts: every file (but the
// manifest) that a build from test/fixtures/pre-change-seq.sqlite writes, by path, with its
// sha256. The fixture is a database written by the code before migration 006 (the change
// sequence's rename) from content/demo.
//
//   node scripts/pre-change-seq-fixture.mjs [--bin <healthpress.js>] [--new-database]
//
// --bin          the CLI that builds (default: this checkout's bin/healthpress.js). The committed
//                expectation was built by the pre-issue code: --bin /work/baseline/bin/healthpress.js
// --new-database also writes the fixture database again, imported by that CLI from its
//                content/demo (only meaningful with pre-change-sequence code)
// Prints which files differ from the expectation it replaces.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures');
const fixtureDb = join(fixtures, 'pre-change-seq.sqlite');
const expectationFile = join(fixtures, 'pre-change-seq-build.json');
const MANIFEST_FILE = '.healthpress-build.json';

const args = process.argv.slice(2);
const binAt = args.indexOf('--bin');
const bin = binAt >= 0 ? args[binAt + 1] : join(root, 'bin', 'healthpress.js');
if (!bin || !existsSync(bin)) throw new Error(`--bin: no CLI at "${bin}"`);

function run(cliArgs) {
  const result = spawnSync(process.execPath, [bin, ...cliArgs], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`healthpress ${cliArgs.join(' ')} failed:\n${result.stderr}`);
}

const work = mkdtempSync(join(tmpdir(), 'hp-pre-change-seq-'));
try {
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
