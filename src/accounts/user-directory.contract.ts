import assert from 'node:assert/strict';
import type { AccountsSite as Site } from './account-stores.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import type { NewUser } from './user-directory.js';

export const T0 = '2026-06-01T12:00:00.000Z';
export const T1 = '2026-06-01T13:00:00.000Z';

export const newUser = (overrides: Partial<NewUser> = {}): NewUser => ({
  email: 'ada@example.org', name: 'Ada', role: 'editor', passwordHash: '$argon2id$fake', now: T0, ...overrides,
});

/** What every UserDirectory must do; each test gets a fresh, empty site on the real database. */
export function userDirectoryContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`UserDirectory contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('creates a user and finds it by id and by email, in any case', async ({ accounts: { users } }) => {
      const created = await users.create(newUser({ email: 'Ada@Example.ORG' }));
      assert.ok(created);
      assert.deepEqual(created, { id: created.id, email: 'ada@example.org', name: 'Ada', role: 'editor', disabled: false, hasPassword: true, createdAt: T0, updatedAt: T0 });
      assert.equal((await users.findByEmail('ADA@example.org'))?.id, created.id);
      assert.equal((await users.findById(created.id))?.passwordHash, '$argon2id$fake');
      assert.equal(await users.findByEmail('nobody@example.org'), null);
      assert.equal(await users.findById(created.id + 100), null);
    });

    test('refuses a second user with the same email, whatever its case', async ({ accounts: { users } }) => {
      assert.ok(await users.create(newUser()));
      assert.equal(await users.create(newUser({ email: 'ADA@EXAMPLE.ORG', name: 'Other' })), null);
      assert.equal((await users.list()).length, 1);
    });

    test('a user without a password has none', async ({ accounts: { users } }) => {
      const user = await users.create(newUser({ passwordHash: null }));
      assert.equal(user?.hasPassword, false);
      assert.equal((await users.findByEmail('ada@example.org'))?.passwordHash, null);
    });

    test('lists users by email', async ({ accounts: { users } }) => {
      await users.create(newUser({ email: 'zoe@example.org' }));
      await users.create(newUser({ email: 'bob@example.org' }));
      assert.deepEqual((await users.list()).map((u) => u.email), ['bob@example.org', 'zoe@example.org']);
    });

    test('changes a role, disables, and sets a password, stamping updated_at', async ({ accounts: { users } }) => {
      const user = (await users.create(newUser()))!;
      assert.equal(await users.setRole(user.id, 'admin', T1), true);
      assert.equal(await users.setPasswordHash(user.id, '$argon2id$other', T1), true);
      assert.equal(await users.setDisabled(user.id, true, T1), true);
      const after = (await users.findById(user.id))!;
      assert.equal(after.role, 'admin');
      assert.equal(after.disabled, true);
      assert.equal(after.passwordHash, '$argon2id$other');
      assert.equal(after.updatedAt, T1);
      assert.equal(after.createdAt, T0);
      assert.equal(await users.setRole(user.id + 100, 'admin', T1), false, 'no such user');
    });

    test('counts only admins who are not disabled', async ({ accounts: { users } }) => {
      assert.equal(await users.countActiveAdmins(), 0);
      const admin = (await users.create(newUser({ role: 'admin' })))!;
      await users.create(newUser({ email: 'ed@example.org', role: 'editor' }));
      assert.equal(await users.countActiveAdmins(), 1);
      await users.setDisabled(admin.id, true, T1);
      assert.equal(await users.countActiveAdmins(), 0);
    });
  });
}
