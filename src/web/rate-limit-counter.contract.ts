import assert from 'node:assert/strict';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import type { RateLimitCounter } from './rate-limit-counter.js';

/** What the contract needs of a site, named here so the web folder depends on no adapter. */
export interface RateLimitContractSite {
  rateLimits: RateLimitCounter;
  maintenance: { close(): Promise<void> };
}

const MINUTE = 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 5, 1, 12, 0, 0) + ms);

/** What every RateLimitCounter must do; each test gets a fresh, empty site on the real database. */
export function rateLimitCounterContract(name: string, openSite: () => Promise<RateLimitContractSite>, skip: SkipList = {}): void {
  contractSuite(`RateLimitCounter contract: ${name}`, openSite, skip, (test: ContractTest<RateLimitContractSite>) => {
    test('counts hits within a window and says how long it has left', async ({ rateLimits }) => {
      assert.deepEqual(await rateLimits.hit('search:192.0.2.1', MINUTE, at(0)), { count: 1, resetInMs: MINUTE });
      assert.deepEqual(await rateLimits.hit('search:192.0.2.1', MINUTE, at(10_000)), { count: 2, resetInMs: 50_000 });
      assert.deepEqual(await rateLimits.hit('search:192.0.2.1', MINUTE, at(59_999)), { count: 3, resetInMs: 1 });
    });

    test('each key has its own count', async ({ rateLimits }) => {
      await rateLimits.hit('search:192.0.2.1', MINUTE, at(0));
      await rateLimits.hit('search:192.0.2.1', MINUTE, at(1));
      assert.equal((await rateLimits.hit('search:192.0.2.2', MINUTE, at(2))).count, 1);
      assert.equal((await rateLimits.hit('suggest:192.0.2.1', MINUTE, at(3))).count, 1);
      assert.equal((await rateLimits.hit('search:192.0.2.1', MINUTE, at(4))).count, 3);
    });

    test('a hit after the window ended starts a new one', async ({ rateLimits }) => {
      for (let i = 0; i < 5; i++) await rateLimits.hit('k', MINUTE, at(i));
      assert.deepEqual(await rateLimits.hit('k', MINUTE, at(MINUTE)), { count: 1, resetInMs: MINUTE });
      assert.deepEqual(await rateLimits.hit('k', MINUTE, at(MINUTE + 5)), { count: 2, resetInMs: MINUTE - 5 });
    });

    test('concurrent hits are each counted once (no lost updates)', async ({ rateLimits }) => {
      const counts = await Promise.all(Array.from({ length: 40 }, () => rateLimits.hit('busy', MINUTE, at(0))));
      assert.deepEqual(counts.map((c) => c.count).sort((a, b) => a - b), Array.from({ length: 40 }, (_, i) => i + 1));
    });

    test('forgetting ended windows keeps the running ones', async ({ rateLimits }) => {
      await rateLimits.hit('ended', 1_000, at(0));
      await rateLimits.hit('running', MINUTE, at(0));
      await rateLimits.forgetEnded(at(2_000));
      assert.equal((await rateLimits.hit('running', MINUTE, at(2_001))).count, 2);
      assert.equal((await rateLimits.hit('ended', 1_000, at(2_002))).count, 1);
    });
  });
}
