import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';

const CLI = join(projectRoot, 'bin', 'healthpress.js');
const work = mkdtempSync(join(tmpdir(), 'hp-admin-publish-'));
const db = join(work, 'site.db');
const out = join(work, 'export');

function cli(args: string[], input?: string): string {
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { input, encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

function start(args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HEALTHPRESS_CLINICAL_REVIEW: 'off' } });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('a publish in the admin reaches readers the way an import does (serve and build --watch as separate processes)', { timeout: 120_000 }, () => {
  const children: ChildProcess[] = [];
  after(async () => {
    for (const child of children) await stop(child);
  });

  it('the public page, search, the topic, category and tag lists, and the incremental export all show it', async () => {
    cli(['user', 'add', 'editor@example.org', '--role', 'editor', '--password-stdin'], 'tulip-kettle-orbit-9\n');
    const token = (JSON.parse(cli(['token', 'create', '--user', 'editor@example.org', '--json'])) as { token: string }).token;

    const server = start(['serve', '--db', db, '--seed-demo', '--host', '127.0.0.1', '--port', '0', '--no-log']);
    children.push(server.child);
    const origin = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      server.child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /is serving (http:\/\/\S+)/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      server.child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${server.output()}`)));
    });

    const watcher = start(['build', '--watch', '--json', '--db', db, '--out', out, '--base-url', 'https://example.org/']);
    children.push(watcher.child);
    const summaries = createInterface({ input: watcher.child.stdout! })[Symbol.asyncIterator]();
    const nextBuild = async () => {
      const { value, done } = await summaries.next();
      assert.ok(!done, `the watcher stopped: ${watcher.output()}`);
      return JSON.parse(value as string) as { rendered: number; files: number };
    };
    const first = await nextBuild();

    const get = async (path: string) => {
      const response = await fetch(`${origin}${path}`);
      return { status: response.status, body: await response.text() };
    };
    // Warm the page cache with every page the publish must change, as readers would have.
    const pages = ['/topics/insomnia', '/categories/mental-health/sleep', '/tags/sleep-hygiene-sample', '/search?q=nightcap', '/'];
    for (const path of pages) await get(path);

    const api = (method: string, path: string, body: unknown) =>
      fetch(`${origin}/api/admin/articles${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const created = await api('POST', '', {
      title: 'Sample: is a nightcap good for sleep?', body: 'A nightcap may help you fall asleep, but alcohol makes sleep lighter later in the night.',
      topic: 'Insomnia', categoryPath: ['Mental health', 'Sleep'], tags: ['Sleep hygiene sample'], questionType: 'information',
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { id, slug } = (await created.json()) as { id: number; slug: string };
    const publishedAt = Date.now();
    const published = await api('POST', `/${id}/publish`, {});
    assert.equal(published.status, 200, await published.text());

    // Readers' pages follow the change sequence on the next request; search re-reads its term statistics at most every 0.5 s.
    const shown = async (path: string, pattern: RegExp): Promise<number> => {
      for (;;) {
        const page = await get(path);
        if (page.status === 200 && pattern.test(page.body)) return Date.now() - publishedAt;
        assert.ok(Date.now() - publishedAt < 10_000, `${path} never showed ${pattern}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const title = /is a nightcap good for sleep\?/;
    const seen: Record<string, number> = {};
    seen.article = await shown(`/articles/${slug}`, /alcohol makes sleep lighter/);
    for (const path of pages) seen[path] = await shown(path, title);
    // The watcher (polling every 250 ms) rebuilds only what the publish touched.
    const file = join(out, 'articles', slug, 'index.html');
    let rebuild = await nextBuild();
    while (!existsSync(file)) rebuild = await nextBuild();
    const exportMs = Date.now() - publishedAt;
    assert.match(readFileSync(file, 'utf8'), /alcohol makes sleep lighter/);
    assert.ok(rebuild.rendered < first.rendered / 2, `an incremental build: rendered ${rebuild.rendered} of ${first.rendered}`);
    assert.match(readFileSync(join(out, 'topics', 'insomnia', 'index.html'), 'utf8'), /is a nightcap good for sleep\?/);
    console.log(`# after the publish, shown (ms): ${JSON.stringify(seen)}; the export's file written: ${exportMs} ms`);
  });
});
