// Runs every compiled test file with Node's own test runner. Node 20 takes no globs, so the
// files are listed here. Extra arguments are passed through (e.g. a path filter).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);

function testFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(path));
    else if (/\.test\.js$/.test(entry.name)) found.push(path);
  }
  return found;
}

const files = ['src', 'test']
  .flatMap((dir) => {
    try {
      return testFiles(join(root, 'dist', dir));
    } catch {
      return [];
    }
  })
  .filter((file) => filters.length === 0 || filters.some((f) => relative(root, file).includes(f)))
  .sort();

if (files.length === 0) {
  console.error('no test files found under dist/ — did the build run?');
  process.exit(1);
}

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(result.status ?? 1);
