import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCOUNT_RULES, type AttemptState, checkAttempt, lockSeconds, recordAttempt } from './sign-in-throttle.js';

const T0 = new Date('2026-06-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const MIN = 60;
const DAY = 24 * 60 * MIN;

describe('sign-in throttle: lock length after the n-th failure (account rules)', () => {
  const table: [failures: number, seconds: number][] = [
    [1, 0], [4, 0], [5, 10 * MIN], [6, 20 * MIN], [7, 40 * MIN], [8, 80 * MIN], [10, 320 * MIN], [13, 2560 * MIN], [14, 3 * DAY], [20, 3 * DAY], [1000, 3 * DAY],
  ];
  for (const [failures, seconds] of table) {
    it(`${failures} failure(s) → ${seconds / MIN} min`, () => assert.equal(lockSeconds(failures, ACCOUNT_RULES), seconds));
  }
});

describe('sign-in throttle: decisions and state', () => {
  it('allows five free failures, then refuses for 10 minutes, then allows again', () => {
    let state: AttemptState | null = null;
    for (let n = 1; n <= 4; n++) {
      state = recordAttempt(state, 'failure', at(n), ACCOUNT_RULES);
      assert.deepEqual(checkAttempt(state, at(n)), { allowed: true }, `after failure ${n}`);
    }
    state = recordAttempt(state, 'failure', at(5), ACCOUNT_RULES);
    assert.deepEqual(state, { failures: 5, lockedUntil: at(5 + 10 * MIN).toISOString(), updatedAt: at(5).toISOString() });
    assert.deepEqual(checkAttempt(state, at(5)), { allowed: false, retryAfterSeconds: 600 });
    assert.deepEqual(checkAttempt(state, at(5 + 599.5)), { allowed: false, retryAfterSeconds: 1 }, 'rounded up');
    assert.deepEqual(checkAttempt(state, at(5 + 600)), { allowed: true });
    state = recordAttempt(state, 'failure', at(5 + 600), ACCOUNT_RULES);
    assert.deepEqual(checkAttempt(state, at(5 + 600)), { allowed: false, retryAfterSeconds: 1200 }, 'doubled');
  });

  it('a success clears the state', () => {
    const state = recordAttempt(null, 'failure', T0, ACCOUNT_RULES);
    assert.equal(recordAttempt(state, 'success', at(1), ACCOUNT_RULES), null);
    assert.deepEqual(checkAttempt(null, T0), { allowed: true });
  });

  it('forgets failures a day after the last one, or a day after the lock ended', () => {
    const four: AttemptState = { failures: 4, lockedUntil: null, updatedAt: T0.toISOString() };
    assert.equal(recordAttempt(four, 'failure', at(DAY - 1), ACCOUNT_RULES)?.failures, 5);
    assert.equal(recordAttempt(four, 'failure', at(DAY), ACCOUNT_RULES)?.failures, 1);
    const locked: AttemptState = { failures: 14, lockedUntil: at(3 * DAY).toISOString(), updatedAt: T0.toISOString() };
    assert.equal(recordAttempt(locked, 'failure', at(3 * DAY + 10), ACCOUNT_RULES)?.failures, 15, 'right after the lock: still counted');
    assert.equal(recordAttempt(locked, 'failure', at(4 * DAY), ACCOUNT_RULES)?.failures, 1);
  });
});
