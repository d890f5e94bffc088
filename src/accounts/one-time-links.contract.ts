import assert from 'node:assert/strict';
import type { AccountsSite as Site } from './account-stores.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { newUser, T0, T1 } from './user-directory.contract.js';

const EXPIRES = '2026-06-01T13:00:00.000Z';
const BEFORE = '2026-06-01T12:30:00.000Z';

/** What every OneTimeLinks must do; each test gets a fresh, empty site on the real database. */
export function oneTimeLinksContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`OneTimeLinks contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('a link is usable once, for its purpose, before it expires', async ({ accounts: { links } }) => {
      await links.create({ tokenHash: 'h1', purpose: 'setup', userId: null, createdAt: T0, expiresAt: EXPIRES });
      assert.equal((await links.findUsable('h1', 'setup', BEFORE))?.purpose, 'setup');
      assert.equal(await links.findUsable('h1', 'reset', BEFORE), null, 'another purpose');
      assert.equal(await links.consume('h1', 'reset', BEFORE), null, 'another purpose');
      const used = await links.consume('h1', 'setup', BEFORE);
      assert.deepEqual(used, { tokenHash: 'h1', purpose: 'setup', userId: null, createdAt: T0, expiresAt: EXPIRES, usedAt: null });
      assert.equal(await links.consume('h1', 'setup', BEFORE), null, 'single use');
      assert.equal(await links.findUsable('h1', 'setup', BEFORE), null);
    });

    test('an expired link is refused', async ({ accounts: { links } }) => {
      await links.create({ tokenHash: 'h1', purpose: 'setup', userId: null, createdAt: T0, expiresAt: EXPIRES });
      assert.equal(await links.findUsable('h1', 'setup', T1), null, 'at the expiry time itself');
      assert.equal(await links.consume('h1', 'setup', '2026-06-02T00:00:00.000Z'), null);
      assert.equal(await links.consume('nope', 'setup', BEFORE), null, 'unknown');
    });

    test('a reset link names its user', async ({ accounts: { users, links } }) => {
      const user = (await users.create(newUser()))!;
      await links.create({ tokenHash: 'r1', purpose: 'reset', userId: user.id, createdAt: T0, expiresAt: EXPIRES });
      assert.equal((await links.consume('r1', 'reset', BEFORE))?.userId, user.id);
    });

    test('of two concurrent uses, exactly one wins', async ({ accounts: { links } }) => {
      await links.create({ tokenHash: 'h1', purpose: 'setup', userId: null, createdAt: T0, expiresAt: EXPIRES });
      const results = await Promise.all([links.consume('h1', 'setup', BEFORE), links.consume('h1', 'setup', BEFORE)]);
      assert.equal(results.filter((r) => r !== null).length, 1);
    });
  });
}
