// Makes a fresh clone runnable: installs dependencies when they are missing or older than
// package-lock.json, then compiles TypeScript (incrementally). Uses only Node's own modules,
// because it runs before anything is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const installedMarker = join(root, 'node_modules', '.package-lock.json');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

const needsInstall = !existsSync(installedMarker) || statSync(lock).mtimeMs > statSync(installedMarker).mtimeMs;
if (needsInstall) {
  console.error('healthpress: installing dependencies (npm ci)…');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}

console.error('healthpress: compiling TypeScript…');
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')]);
