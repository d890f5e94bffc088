import assert from 'node:assert/strict';
import type { AccountsSite as Site } from './account-stores.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { newUser, T0, T1 } from './user-directory.contract.js';

/** What every ApiTokenStore must do; each test gets a fresh, empty site on the real database. */
export function apiTokenStoreContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`ApiTokenStore contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('finds a token by its hash, with its user, and never returns the hash', async ({ accounts: { users, tokens } }) => {
      const user = (await users.create(newUser()))!;
      const token = await tokens.create({ userId: user.id, name: 'sync', tokenHash: 'hash-1', createdAt: T0 });
      assert.deepEqual(token, { id: token.id, userId: user.id, name: 'sync', createdAt: T0, lastUsedAt: null, revokedAt: null });
      const found = await tokens.findActive('hash-1');
      assert.deepEqual(found?.token, token);
      assert.equal(found?.user.id, user.id);
      assert.equal(found?.user.createdAt, T0);
      assert.equal(await tokens.findActive('hash-2'), null);
      assert.ok(!JSON.stringify(await tokens.list()).includes('hash-1'), 'a listing carries no hash');
    });

    test('revokes a token: it stops at once, and revoking again says so', async ({ accounts: { users, tokens } }) => {
      const user = (await users.create(newUser()))!;
      const token = await tokens.create({ userId: user.id, name: 'sync', tokenHash: 'hash-1', createdAt: T0 });
      assert.equal(await tokens.revoke(token.id, T1), true);
      assert.equal(await tokens.findActive('hash-1'), null);
      assert.equal((await tokens.find(token.id))?.revokedAt, T1);
      assert.equal(await tokens.revoke(token.id, T1), false);
      assert.equal(await tokens.revoke(token.id + 100, T1), false);
    });

    test("stops a disabled user's tokens at once, and revokes all of a user's tokens", async ({ accounts: { users, tokens } }) => {
      const ada = (await users.create(newUser()))!;
      const bob = (await users.create(newUser({ email: 'bob@example.org' })))!;
      await tokens.create({ userId: ada.id, name: 'one', tokenHash: 'a1', createdAt: T0 });
      await tokens.create({ userId: ada.id, name: 'two', tokenHash: 'a2', createdAt: T0 });
      await tokens.create({ userId: bob.id, name: 'bob', tokenHash: 'b1', createdAt: T0 });
      await users.setDisabled(ada.id, true, T1);
      assert.equal(await tokens.findActive('a1'), null);
      await users.setDisabled(ada.id, false, T1);
      assert.ok(await tokens.findActive('a1'));
      assert.equal(await tokens.revokeForUser(ada.id, T1), 2);
      assert.equal(await tokens.findActive('a2'), null);
      assert.ok(await tokens.findActive('b1'));
    });

    test("lists tokens newest first with their user's email, all or one user's", async ({ accounts: { users, tokens } }) => {
      const ada = (await users.create(newUser()))!;
      const bob = (await users.create(newUser({ email: 'bob@example.org' })))!;
      await tokens.create({ userId: ada.id, name: 'old', tokenHash: 'a1', createdAt: T0 });
      await tokens.create({ userId: bob.id, name: 'new', tokenHash: 'b1', createdAt: T1 });
      assert.deepEqual((await tokens.list()).map((t) => [t.name, t.userEmail]), [['new', 'bob@example.org'], ['old', 'ada@example.org']]);
      assert.deepEqual((await tokens.list(ada.id)).map((t) => t.name), ['old']);
    });

    test('records when a token was last used', async ({ accounts: { users, tokens } }) => {
      const user = (await users.create(newUser()))!;
      const token = await tokens.create({ userId: user.id, name: 'sync', tokenHash: 'hash-1', createdAt: T0 });
      await tokens.touch(token.id, T1);
      assert.equal((await tokens.find(token.id))?.lastUsedAt, T1);
    });
  });
}
