import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../src/project-files.js';

const CLI = join(projectRoot, 'bin', 'healthpress.js');
const db = join(mkdtempSync(join(tmpdir(), 'hp-scheduled-')), 'site.db');
// Sign-off is covered by the governance tests; here only the clock matters.
const env = { ...process.env, HEALTHPRESS_CLINICAL_REVIEW: 'off' };

function cli(args: string[], input?: string): string {
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { input, encoding: 'utf8', timeout: 60_000, env });
  assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

interface Server { child: ChildProcess; origin: string; output: () => string }

/** `serve` with two worker processes, each running its own scheduler, as a multi-process deployment does. */
async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--workers', '2', '--host', '127.0.0.1', '--port', '0', '--no-log'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const workers = [...output.matchAll(/healthpress worker \d+ is serving (http:\/\/\S+)/g)];
      if (workers.length === 2) resolve(workers[0]![1]!);
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${output}`)));
  });
  return { child, origin, output: () => output };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Polls a reader URL until it answers 200; the time it did, or null at the deadline. */
async function liveAt(url: string, deadline: number): Promise<number | null> {
  while (Date.now() < deadline) {
    if ((await fetch(url)).status === 200) return Date.now();
    await sleep(50);
  }
  return null;
}

describe('scheduled publication with the real server: on time, exactly once across worker processes, and caught up at start', { timeout: 120_000 }, () => {
  const children: ChildProcess[] = [];
  after(async () => {
    for (const child of children) await stop(child);
  });

  it('publishes an article due in 2 s within 2 s of its time, once; one due while nothing ran goes out at the next start', async () => {
    cli(['import', 'markdown', join(projectRoot, 'content', 'demo')]);
    cli(['user', 'add', 'editor@example.org', '--role', 'editor', '--password-stdin'], 'tulip-kettle-orbit-9\n');
    const token = (JSON.parse(cli(['token', 'create', '--user', 'editor@example.org', '--json'])) as { token: string }).token;
    let server = await startServer();
    children.push(server.child);
    const api = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server.origin}/api/admin/articles${path}`, {
        method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const json = (await response.json()) as Record<string, unknown>;
      assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    };
    const draft = async (title: string) => {
      const created = await api('POST', '', { title, body: `${title}: sample text for a scheduling test.`, topic: 'Insomnia', categoryPath: ['Mental health', 'Sleep'] });
      return { id: created.id as number, slug: created.slug as string };
    };

    const onTime = await draft('Sample: scheduled two seconds ahead');
    const dueAt = Date.now() + 2_000;
    await api('POST', `/${onTime.id}/schedule`, { at: new Date(dueAt).toISOString() });
    assert.equal((await fetch(`${server.origin}/articles/${onTime.slug}`)).status, 404, 'not live before its time');
    const live = await liveAt(`${server.origin}/articles/${onTime.slug}`, dueAt + 10_000);
    assert.ok(live !== null, `never published: ${server.output()}`);
    assert.ok(live - dueAt <= 2_000, `live ${live - dueAt} ms after its time`);
    await sleep(500); // let the other worker's scheduler look too
    const published = server.output().match(new RegExp(`article ${onTime.id} published`, 'g')) ?? [];
    assert.equal(published.length, 1, `published once by one of the two workers:\n${server.output()}`);
    const timeline = await api('GET', `/${onTime.id}/timeline`);
    assert.equal((timeline.events as { action: string }[]).filter((event) => event.action === 'publish').length, 1, 'one publish on the timeline');

    // Due while no server runs: stopped before its time, published as the next server starts.
    const missed = await draft('Sample: scheduled while the server was down');
    const missedAt = Date.now() + 1_500;
    await api('POST', `/${missed.id}/schedule`, { at: new Date(missedAt).toISOString() });
    await stop(server.child);
    await sleep(Math.max(0, missedAt - Date.now()) + 300);
    server = await startServer();
    children.push(server.child);
    assert.equal((await fetch(`${server.origin}/articles/${missed.slug}`)).status, 200, 'live as soon as the server serves');
    assert.equal(server.output().match(new RegExp(`article ${missed.id} published`, 'g'))?.length, 1, server.output());
  });
});
