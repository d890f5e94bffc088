import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueForTouch, sessionExpiresAt, sessionValid } from './session-rules.js';

const T0 = new Date('2026-06-01T12:00:00.000Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3600_000);

describe('session expiry', () => {
  const session = { lastSeenAt: T0.toISOString(), expiresAt: sessionExpiresAt(T0) };
  const table: [what: string, lastSeenHours: number, nowHours: number, valid: boolean][] = [
    ['just signed in', 0, 0, true],
    ['11 h 59 idle', 0, 11.99, true],
    ['12 h idle', 0, 12, false],
    ['busy, day 13', 13 * 24, 13 * 24 + 1, true],
    ['busy, just before 14 days', 14 * 24 - 0.5, 14 * 24 - 0.01, true],
    ['busy, at 14 days', 14 * 24 - 0.5, 14 * 24, false],
  ];
  for (const [what, lastSeen, now, valid] of table) {
    it(`${what}: ${valid ? 'valid' : 'expired'}`, () => {
      assert.equal(sessionValid({ ...session, lastSeenAt: hours(lastSeen).toISOString() }, hours(now)), valid);
    });
  }
  it('touches at most once a minute', () => {
    assert.equal(dueForTouch(null, T0), true);
    assert.equal(dueForTouch(T0.toISOString(), new Date(T0.getTime() + 59_999)), false);
    assert.equal(dueForTouch(T0.toISOString(), new Date(T0.getTime() + 60_000)), true);
  });
});
