import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';

const db = join(mkdtempSync(join(tmpdir(), 'hp-accounts-cli-')), 'site.db');
const cli = (args: string[], input?: string) => {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), ...args, '--db', db], {
    encoding: 'utf8', input: input ?? '', env: { ...process.env, HEALTHPRESS_BASE_URL: 'https://health.example.org/' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('healthpress user and token, as separate processes on one SQLite file', () => {
  it('adds users from standard input, lists, changes roles, and refuses weak passwords naming the field', () => {
    const added = cli(['user', 'add', 'ana@example.org', '--role', 'editor', '--name', 'Ana (sample)', '--password-stdin'], 'tulip-kettle-orbit-9\n');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /added ana@example\.org \(editor\)/);

    const weak = cli(['user', 'add', 'bo@example.org', '--role', 'contributor', '--password-stdin'], 'password1234\n');
    assert.equal(weak.code, 1);
    assert.match(weak.stderr, /^healthpress: .*password: /);
    const noStdin = cli(['user', 'add', 'bo@example.org', '--role', 'contributor']);
    assert.equal(noStdin.code, 1);
    assert.match(noStdin.stderr, /--password-stdin/);
    const badRole = cli(['user', 'add', 'bo@example.org', '--role', 'owner', '--password-stdin'], 'tulip-kettle-orbit-9');
    assert.equal(badRole.code, 1);
    assert.match(badRole.stderr, /role/);

    assert.equal(cli(['user', 'role', 'ana@example.org', 'admin']).code, 0);
    const listed = JSON.parse(cli(['user', 'list', '--json']).stdout) as { email: string; role: string }[];
    assert.deepEqual(listed.map((u) => [u.email, u.role]), [['ana@example.org', 'admin']]);

    const reset = cli(['user', 'reset-password', 'ana@example.org']);
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(reset.stdout, /https:\/\/health\.example\.org\/admin\/reset\/[A-Za-z0-9_-]{20,}/);
  });

  it('creates a token once, lists it without its secret, revokes it; disabling the user reports what ended', () => {
    const created = cli(['token', 'create', '--user', 'ana@example.org', '--name', 'newsletter sync', '--json']);
    assert.equal(created.code, 0, created.stderr);
    const { token, id } = JSON.parse(created.stdout) as { token: string; id: number };
    assert.match(token, /^hp_/);
    const list = cli(['token', 'list']);
    assert.match(list.stdout, /newsletter sync/);
    assert.ok(!list.stdout.includes(token), 'the secret is shown once only');
    assert.match(cli(['token', 'revoke', String(id)]).stdout, new RegExp(`revoked token ${id}`));
    cli(['token', 'create', '--user', 'ana@example.org']);
    const lastAdmin = cli(['user', 'disable', 'ana@example.org']);
    assert.equal(lastAdmin.code, 1, 'the only admin cannot be disabled');
    assert.match(lastAdmin.stderr, /last admin/);
    assert.equal(cli(['user', 'add', 'cy@example.org', '--role', 'admin', '--password-stdin'], 'tulip-kettle-orbit-9').code, 0);
    const disabled = cli(['user', 'disable', 'ana@example.org']);
    assert.equal(disabled.code, 0, disabled.stderr);
    assert.match(disabled.stdout, /0 session\(s\) ended, 1 token\(s\) revoked/);
    const unknown = cli(['token', 'create', '--user', 'nobody@example.org']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /nobody@example\.org/);
  });
});
