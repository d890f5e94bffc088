import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../src/testing/postgres.js';

const CLI = join(projectRoot, 'bin', 'healthpress.js');
const PASSWORD = 'tulip-kettle-orbit-9';
const schema = `hp_newsroom_${process.pid}_${Date.now().toString(36)}`;
const env = { ...process.env, HEALTHPRESS_DATABASE_URL: TEST_PG_URL, HEALTHPRESS_DATABASE_SCHEMA: schema, HEALTHPRESS_CLINICAL_REVIEW: 'off' };
const skip = (await postgresReachable()) ? false : `no PostgreSQL at ${TEST_PG_URL} (set HEALTHPRESS_TEST_PG)`;

function cli(args: string[], input?: string): string {
  const run = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env, timeout: 120_000 });
  assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

async function serve(): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--seed-demo', '--host', '127.0.0.1', '--port', '0', '--no-log'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is serving (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${output}`)));
  });
  return { child, origin };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('the newsroom on PostgreSQL (serve as a separate process)', { skip, timeout: 180_000 }, () => {
  const children: ChildProcess[] = [];
  after(async () => {
    for (const child of children) await stop(child);
    if (!skip) await dropSchemas([schema]);
  });

  it('signs in, writes, conflicts, publishes, renames a topic, shares a preview, and keeps the session across a restart', async () => {
    cli(['import', 'markdown', join(projectRoot, 'content', 'demo')]);
    cli(['user', 'add', 'editor@example.org', '--role', 'editor', '--name', 'Sample Editor', '--password-stdin'], `${PASSWORD}\n`);
    const token = (JSON.parse(cli(['token', 'create', '--user', 'editor@example.org', '--json'])) as { token: string }).token;
    let server = await serve();
    children.push(server.child);

    // A browser's sign-in: the CSRF cookie and field, then the session cookie.
    const form = await fetch(`${server.origin}/admin/sign-in`);
    const csrfCookie = form.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('hp_csrf='))!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const signedIn = await fetch(`${server.origin}/admin/sign-in`, {
      method: 'POST', redirect: 'manual', headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'editor@example.org', password: PASSWORD, _csrf: csrf }),
    });
    assert.equal(signedIn.status, 303);
    const cookie = `${csrfCookie}; ${signedIn.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('hp_session='))!}`;

    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${server.origin}/api/admin${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const created = await api('POST', '/articles', { title: 'Sample: cold hands in winter', body: 'Gloves help.', topic: 'Raynaud phenomenon', categoryPath: ['Heart and circulation'] });
    assert.equal(created.status, 201, await created.clone().text());
    const { id, slug, revision } = (await created.json()) as { id: number; slug: string; revision: number };
    assert.equal((await api('PUT', `/articles/${id}`, { baseRevision: revision, body: 'Gloves and warm drinks help.' })).status, 200);
    const stale = await api('PUT', `/articles/${id}`, { baseRevision: revision, body: 'Something else.' });
    assert.equal(stale.status, 409);
    assert.equal(((await stale.json()) as { error: { code: string } }).error.code, 'EDIT_CONFLICT');
    assert.equal((await api('POST', `/articles/${id}/publish`, {})).status, 200);
    const page = await fetch(`${server.origin}/articles/${slug}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Gloves and warm drinks help\./);

    // The taxonomy page through the session cookie and its CSRF field.
    const taxonomy = await fetch(`${server.origin}/admin/taxonomy?q=raynaud`, { headers: { cookie } });
    assert.equal(taxonomy.status, 200);
    const html = await taxonomy.text();
    const topicId = /\/admin\/taxonomy\/topics\/(\d+)\/rename/.exec(html)![1];
    const pageCsrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const renamed = await fetch(`${server.origin}/admin/taxonomy/topics/${topicId}/rename`, {
      method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ name: 'Raynaud’s', _csrf: pageCsrf }),
    });
    assert.equal(renamed.status, 303);
    assert.match(await (await fetch(`${server.origin}/articles/${slug}`)).text(), /Raynaud’s/, 'the reader page follows the rename');

    const shared = await fetch(`${server.origin}/admin/articles/${id}/preview-links`, {
      method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ expiresIn: '1d', _csrf: pageCsrf }),
    });
    const link = /id="new-preview-link"[^>]*value="([^"]+)"/.exec(await shared.text())?.[1];
    assert.ok(link, 'the new link is shown once');
    assert.equal((await fetch(new URL(new URL(link).pathname, server.origin))).status, 200, 'opened without an account');

    await stop(server.child);
    server = await serve();
    children.push(server.child);
    assert.equal((await fetch(`${server.origin}/admin`, { redirect: 'manual', headers: { cookie } })).status, 200, 'the session lives in PostgreSQL');
  });
});
