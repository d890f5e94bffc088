import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../../errors.js';
import { openSqliteSite } from '../../store/sqlite/open-sqlite-site.js';
import { type AccountsKit, accountsKit, GOOD_PASSWORD } from './accounts-test-kit.js';
import { CLI } from './context.js';
import { addUser, changeRole, disableUser, listUsers } from './manage-users.js';
import { completeReset, completeSetup, createResetLink, createSetupLink, linkUsable } from './one-time-links.js';
import { signIn } from './sessions.js';
import { listAuditEvents } from './audit-events.js';

const open = async (path: string) => (await openSqliteSite(path)).site;
const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof AppError, String(error));
    assert.equal(error.code, code, error.message);
    if (message) assert.match(error.message, message);
    return true;
  });

describe('accounts use cases: users and links (SQLite file)', () => {
  let kit: AccountsKit;
  before(async () => (kit = await accountsKit(open)));
  after(() => kit.close());

  it('runs the first-run setup once: the link creates the first admin, then setup is closed', async () => {
    const link = await createSetupLink(kit.context);
    assert.match(link.path, /^\/admin\/setup\/[A-Za-z0-9_-]{43}$/);
    assert.equal(await linkUsable(kit.context, 'setup', link.token), true);
    await rejectsWith(completeSetup(kit.context, { token: link.token, email: 'root@example.org', password: 'password1234' }), 'INVALID', /password: is one of the most common/);
    assert.equal(await linkUsable(kit.context, 'setup', link.token), true, 'a refused password does not burn the link');
    const admin = await completeSetup(kit.context, { token: link.token, email: 'Root@Example.org', name: 'Root', password: GOOD_PASSWORD });
    assert.equal(admin.role, 'admin');
    assert.equal(admin.email, 'root@example.org');
    await rejectsWith(completeSetup(kit.context, { token: link.token, email: 'other@example.org', password: GOOD_PASSWORD }), 'FORBIDDEN', /already has an admin/);
    await rejectsWith(createSetupLink(kit.context), 'FORBIDDEN', /already has an admin/);
  });

  it('refuses a used or expired setup link while no admin exists', async () => {
    const other = await accountsKit(open);
    try {
      const link = await createSetupLink(other.context);
      other.advance(60 * 60 * 1000);
      await rejectsWith(completeSetup(other.context, { token: link.token, email: 'a@example.org', password: GOOD_PASSWORD }), 'INVALID', /token: the link has expired or was already used/);
    } finally {
      await other.close();
    }
  });

  it('adds users, naming every bad field at once, and refuses a taken email in any case', async () => {
    await rejectsWith(addUser(kit.context, CLI, { email: 'nope', role: 'boss', password: 'short' }), 'INVALID');
    try {
      await addUser(kit.context, CLI, { email: 'nope', role: 'boss', password: 'short' });
    } catch (error) {
      assert.deepEqual((error as AppError).details, ['email: "nope" is not an email address', 'role: unknown role "boss" (one of: contributor, reviewer, editor, admin)', 'password: must be at least 12 characters (it has 5)']);
    }
    const ed = await addUser(kit.context, CLI, { email: 'ed@example.org', role: 'editor', name: 'Ed', password: GOOD_PASSWORD });
    assert.equal(ed.hasPassword, true);
    await rejectsWith(addUser(kit.context, CLI, { email: 'ED@example.org', role: 'editor' }), 'INVALID', /email: already belongs to a user/);
    assert.deepEqual((await listUsers(kit.context, CLI)).map((u) => u.email), ['ed@example.org', 'root@example.org']);
  });

  it('lets only admins manage users', async () => {
    const ed = (await kit.site.accounts.users.findByEmail('ed@example.org'))!;
    const root = (await kit.site.accounts.users.findByEmail('root@example.org'))!;
    await rejectsWith(addUser(kit.context, { userId: ed.id, role: 'editor' }, { email: 'x@example.org', role: 'admin' }), 'FORBIDDEN', /user\.manage: editors may not manage users/);
    await rejectsWith(listAuditEvents(kit.context, { userId: ed.id, role: 'editor' }), 'FORBIDDEN', /audit\.read/);
    const contributor = await addUser(kit.context, { userId: root.id, role: 'admin' }, { email: 'cora@example.org', role: 'contributor' });
    assert.equal(contributor.hasPassword, false);
  });

  it('changes roles, but never leaves the site without an admin', async () => {
    const root = (await kit.site.accounts.users.findByEmail('root@example.org'))!;
    assert.equal((await changeRole(kit.context, CLI, 'ed@example.org', 'reviewer')).role, 'reviewer');
    await rejectsWith(changeRole(kit.context, CLI, root.id, 'editor'), 'INVALID', /last admin/);
    await rejectsWith(disableUser(kit.context, CLI, 'root@example.org'), 'INVALID', /last admin/);
    await rejectsWith(changeRole(kit.context, CLI, 'nobody@example.org', 'editor'), 'NOT_FOUND');
    const { events } = await listAuditEvents(kit.context, CLI, { action: 'user.role-changed' });
    assert.equal(events[0]?.detail, 'editor → reviewer; via the CLI');
  });

  it('resets a password by a one-time link, signing the user out everywhere', async () => {
    const before = await signIn(kit.context, { email: 'ed@example.org', password: GOOD_PASSWORD, clientIp: '10.0.0.1' });
    assert.ok(before.ok);
    const link = await createResetLink(kit.context, CLI, 'ed@example.org');
    assert.match(link.path, /^\/admin\/reset\//);
    await completeReset(kit.context, { token: link.token, password: 'a brand new passphrase' });
    await rejectsWith(completeReset(kit.context, { token: link.token, password: 'another new passphrase' }), 'INVALID', /already used/);
    assert.equal((await signIn(kit.context, { email: 'ed@example.org', password: GOOD_PASSWORD, clientIp: '10.0.0.1' })).ok, false);
    assert.equal((await signIn(kit.context, { email: 'ed@example.org', password: 'a brand new passphrase', clientIp: '10.0.0.1' })).ok, true);
    const { sessionId } = before as { sessionId: string };
    const { authenticateSession } = await import('./sessions.js');
    assert.equal(await authenticateSession(kit.context, sessionId), null, 'the old session ended with the reset');
  });

  it('records every change in the audit log, newest first', async () => {
    const { events, total } = await listAuditEvents(kit.context, CLI, { limit: 200 });
    const actions = new Set(events.map((e) => e.action));
    for (const action of ['user.setup-link-created', 'user.created', 'user.role-changed', 'user.reset-link-created', 'user.password-reset', 'user.signed-in', 'user.sign-in-failed'] as const) {
      assert.ok(actions.has(action), `no ${action}`);
    }
    assert.equal(total, events.length);
    await rejectsWith(listAuditEvents(kit.context, CLI, { action: 'user.exploded', limit: 0 }), 'INVALID', /action: unknown action.*limit: must be/);
  });
});
