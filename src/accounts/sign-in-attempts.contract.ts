import assert from 'node:assert/strict';
import type { AccountsSite as Site } from './account-stores.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { T0, T1 } from './user-directory.contract.js';

/** What every SignInAttempts must do; each test gets a fresh, empty site on the real database. */
export function signInAttemptsContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`SignInAttempts contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('keeps one state per key, replaces it, and deletes it', async ({ accounts: { attempts } }) => {
      assert.equal(await attempts.get('account:ada@example.org'), null);
      await attempts.put('account:ada@example.org', { failures: 1, lockedUntil: null, updatedAt: T0 });
      await attempts.put('client:10.0.0.1', { failures: 3, lockedUntil: null, updatedAt: T0 });
      await attempts.put('account:ada@example.org', { failures: 5, lockedUntil: T1, updatedAt: T0 });
      assert.deepEqual(await attempts.get('account:ada@example.org'), { failures: 5, lockedUntil: T1, updatedAt: T0 });
      assert.deepEqual(await attempts.get('client:10.0.0.1'), { failures: 3, lockedUntil: null, updatedAt: T0 });
      await attempts.put('account:ada@example.org', null);
      assert.equal(await attempts.get('account:ada@example.org'), null);
      assert.ok(await attempts.get('client:10.0.0.1'));
    });
  });
}
