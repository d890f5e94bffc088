import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';

const CLI = join(projectRoot, 'bin', 'healthpress.js');
const PASSWORD = 'tulip-kettle-orbit-9';
const db = join(mkdtempSync(join(tmpdir(), 'hp-sessions-')), 'site.db');

function cli(args: string[], input?: string): string {
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { input, encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** `healthpress serve` as a separate process; resolves with its origin once it announces it. */
async function serve(workers: number): Promise<{ child: ChildProcess; origin: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--seed-demo', '--workers', String(workers), '--host', '127.0.0.1', '--port', '0', '--no-log'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /is serving (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); check(); });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    child, origin,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const cookieOf = (response: Response, name: string) => response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${name}=`)) ?? null;

/** Signs in through the form as a browser does (CSRF cookie and field); the session cookie, and a CSRF pair for later posts. */
async function signIn(origin: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const form = await fetch(`${origin}/admin/sign-in`);
  const csrfCookie = cookieOf(form, 'hp_csrf')!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const posted = await fetch(`${origin}/admin/sign-in`, {
    method: 'POST', redirect: 'manual', headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password: PASSWORD, _csrf: csrf }),
  });
  assert.equal(posted.status, 303, await posted.text());
  return { cookie: `${csrfCookie}; ${cookieOf(posted, 'hp_session')!}`, csrf };
}

const dashboard = async (origin: string, cookie: string) => (await fetch(`${origin}/admin`, { redirect: 'manual', headers: { cookie } })).status;
const api = async (origin: string, token: string) => (await fetch(`${origin}/api/admin/articles?limit=1`, { headers: { authorization: `Bearer ${token}` } })).status;

describe('sessions and tokens across server processes (healthpress serve on one SQLite file)', { timeout: 120_000 }, () => {
  const running: { stop(): Promise<void>; child: ChildProcess }[] = [];
  after(async () => {
    for (const server of running) if (server.child.exitCode === null) await server.stop();
  });

  it('a session survives a restart and is shared by worker processes; sign out everywhere and disabling end them at once', async () => {
    cli(['user', 'add', 'admin@example.org', '--role', 'admin', '--name', 'Sample Admin', '--password-stdin'], `${PASSWORD}\n`);
    cli(['user', 'add', 'editor@example.org', '--role', 'editor', '--name', 'Sample Editor', '--password-stdin'], `${PASSWORD}\n`);
    const token = (JSON.parse(cli(['token', 'create', '--user', 'editor@example.org', '--json'])) as { token: string }).token;

    const first = await serve(1);
    running.push(first);
    const admin = await signIn(first.origin, 'admin@example.org');
    const editor = await signIn(first.origin, 'editor@example.org');
    assert.equal(await dashboard(first.origin, admin.cookie), 200);
    assert.equal(await api(first.origin, token), 200);
    await first.stop();

    // Restarted, now as two worker processes: the sessions live in the database, not in a process.
    const second = await serve(2);
    running.push(second);
    for (let i = 0; i < 4; i++) assert.equal(await dashboard(second.origin, admin.cookie), 200, 'still signed in after the restart, on every worker');
    assert.equal(await dashboard(second.origin, editor.cookie), 200);

    // Sign out everywhere: a second session of the admin's ends with the one that asked.
    const adminElsewhere = await signIn(second.origin, 'admin@example.org');
    const everywhere = await fetch(`${second.origin}/admin/sign-out-everywhere`, {
      method: 'POST', redirect: 'manual', headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: admin.csrf }),
    });
    assert.equal(everywhere.status, 303);
    assert.equal(await dashboard(second.origin, admin.cookie), 303, 'this session ended');
    assert.equal(await dashboard(second.origin, adminElsewhere.cookie), 303, 'and the other one');

    // Disabled from the command line while the server runs: the next request of each session and token is refused.
    cli(['user', 'disable', 'editor@example.org']);
    assert.equal(await dashboard(second.origin, editor.cookie), 303, "the disabled user's session stops at once");
    assert.equal(await api(second.origin, token), 401, "and so does the user's token");
  });
});
