import assert from 'node:assert/strict';
import type { AccountsSite as Site } from './account-stores.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import type { StoredSession } from './session-store.js';
import { newUser, T0, T1 } from './user-directory.contract.js';

const session = (userId: number, idHash: string): StoredSession => ({
  idHash, userId, createdAt: T0, lastSeenAt: T0, expiresAt: '2026-06-15T12:00:00.000Z', csrfSecret: `csrf-${idHash}`, userAgent: 'Firefox',
});

/** What every SessionStore must do; each test gets a fresh, empty site on the real database. */
export function sessionStoreContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`SessionStore contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('finds a session by its hash, with its user', async ({ accounts: { users, sessions } }) => {
      const user = (await users.create(newUser()))!;
      await sessions.create(session(user.id, 'h1'));
      const found = await sessions.find('h1');
      assert.deepEqual(found?.session, session(user.id, 'h1'));
      assert.equal(found?.user.email, 'ada@example.org');
      assert.equal(found?.user.createdAt, T0, "the user's own columns, not the session's");
      assert.equal(await sessions.find('h2'), null);
    });

    test("answers nothing for a disabled user's session, at once", async ({ accounts: { users, sessions } }) => {
      const user = (await users.create(newUser()))!;
      await sessions.create(session(user.id, 'h1'));
      await users.setDisabled(user.id, true, T1);
      assert.equal(await sessions.find('h1'), null);
    });

    test('touches last_seen_at and deletes one session', async ({ accounts: { users, sessions } }) => {
      const user = (await users.create(newUser()))!;
      await sessions.create(session(user.id, 'h1'));
      await sessions.touch('h1', T1);
      assert.equal((await sessions.find('h1'))?.session.lastSeenAt, T1);
      await sessions.delete('h1');
      assert.equal(await sessions.find('h1'), null);
    });

    test("signs out everywhere: deletes every session of one user and no one else's", async ({ accounts: { users, sessions } }) => {
      const ada = (await users.create(newUser()))!;
      const bob = (await users.create(newUser({ email: 'bob@example.org' })))!;
      await sessions.create(session(ada.id, 'a1'));
      await sessions.create(session(ada.id, 'a2'));
      await sessions.create(session(bob.id, 'b1'));
      assert.equal(await sessions.deleteForUser(ada.id), 2);
      assert.equal(await sessions.find('a1'), null);
      assert.equal(await sessions.find('a2'), null);
      assert.ok(await sessions.find('b1'));
    });

    test('deletes expired and idle sessions', async ({ accounts: { users, sessions } }) => {
      const user = (await users.create(newUser()))!;
      await sessions.create({ ...session(user.id, 'expired'), expiresAt: T1 });
      await sessions.create({ ...session(user.id, 'idle'), lastSeenAt: '2026-05-01T00:00:00.000Z' });
      await sessions.create(session(user.id, 'live'));
      assert.equal(await sessions.deleteExpired(T1, '2026-06-01T00:00:00.000Z'), 2);
      assert.ok(await sessions.find('live'));
    });
  });
}
