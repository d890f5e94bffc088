import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';

const CLI = join(projectRoot, 'bin', 'healthpress.js');
const BUDGET = 10;

/** Resolves with the origin once both workers announced themselves. */
function bothWorkersServing(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const workers = [...output().matchAll(/healthpress worker \d+ is serving (http:\/\/\S+)/g)];
      if (workers.length >= 2) resolve(workers[0]![1]!);
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${output()}`)));
  });
}

/** A GET on a connection of its own: node:cluster hands each new connection to the next worker in turn. */
function statusOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    }).on('error', reject);
  });
}

describe('the search limit is one budget across worker processes', () => {
  it(`two workers (serve --workers 2) let through no more than the documented ${BUDGET} a minute`, { timeout: 90_000 }, async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'hp-search-limit-')), 'site.db');
    const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--seed-demo', '--workers', '2', '--host', '127.0.0.1', '--port', '0', '--no-log'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HEALTHPRESS_SEARCH_PER_MINUTE: String(BUDGET) },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const origin = await bothWorkersServing(child, () => output);
      const statuses: number[] = [];
      for (let i = 0; i < 3 * BUDGET; i++) statuses.push(await statusOnNewConnection(`${origin}/api/search?q=pain${i}`));
      assert.equal(statuses.filter((s) => s === 200).length, BUDGET, `statuses: ${statuses.join(' ')}`);
      assert.equal(statuses.filter((s) => s === 429).length, 2 * BUDGET);
      assert.deepEqual(statuses.slice(0, BUDGET), Array(BUDGET).fill(200), 'the first ones pass, then none');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    }
  });
});
