import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';

const WORKER_LINE = /healthpress worker (\d+) is serving (http:\/\/\S+)/g;

/** Resolves once stdout holds `count` worker announcements; rejects if the server exits first. */
function workersAnnounced(child: ChildProcess, output: () => string, count: number): Promise<{ pids: number[]; origin: string }> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const lines = [...output().matchAll(WORKER_LINE)];
      if (lines.length < count) return;
      child.stdout?.off('data', check);
      resolve({ pids: lines.map((m) => Number(m[1])), origin: lines[0]![2]! });
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before ${count} workers:\n${output()}`)));
    check();
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('healthpress serve --workers', () => {
  it('serves from two worker processes, replaces one that dies, and stops them all', { timeout: 60_000 }, async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'hp-workers-')), 'site.db');
    const child = spawn(
      process.execPath,
      [join(projectRoot, 'bin', 'healthpress.js'), 'serve', '--db', db, '--seed-demo', '--workers', '2', '--host', '127.0.0.1', '--port', '0', '--no-log'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      // node:cluster shares one listening socket, so port 0 gives every worker the same port.
      const { pids, origin } = await workersAnnounced(child, () => output, 2);
      assert.equal(new Set(pids).size, 2, output);
      assert.ok(!pids.includes(child.pid!), 'the primary serves nothing itself');
      assert.equal(output.match(/loaded the demo content/g)?.length, 1, 'seeded once, in the primary');
      assert.equal((await fetch(`${origin}/articles/causes-of-back-pain-after-a-miscarriage`)).status, 200);

      process.kill(pids[0]!, 'SIGKILL');
      const after = await workersAnnounced(child, () => output, 3);
      assert.ok(!pids.includes(after.pids[2]!), 'a new worker took its place');
      assert.match(output, new RegExp(`worker ${pids[0]} died`));
      assert.equal((await fetch(`${origin}/`)).status, 200);

      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
      assert.ok(![pids[1]!, after.pids[2]!].some(alive), 'no worker outlives the primary');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
