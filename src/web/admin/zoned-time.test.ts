import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zonedWallTimeToIso } from './zoned-time.js';

describe('a time typed in the site time zone', () => {
  const cases: Array<[string, string, string | null]> = [
    ['2026-12-24T09:30', 'Europe/London', '2026-12-24T09:30:00.000Z'], // winter: GMT
    ['2026-07-01T09:30', 'Europe/London', '2026-07-01T08:30:00.000Z'], // summer: BST, UTC+1
    ['2026-07-01T09:30', 'America/New_York', '2026-07-01T13:30:00.000Z'], // EDT, UTC-4
    ['2026-01-15T00:00', 'Asia/Kolkata', '2026-01-14T18:30:00.000Z'], // UTC+5:30
    ['2026-10-25T01:30', 'Europe/London', '2026-10-25T01:30:00.000Z'], // the repeated hour: the second (GMT)
    ['2026-03-29T01:30', 'Europe/London', '2026-03-29T01:30:00.000Z'], // the skipped hour: forward by the gap (02:30 BST)
    ['tomorrow', 'Europe/London', null],
  ];
  for (const [local, zone, expected] of cases) {
    it(`${local} in ${zone} → ${expected}`, () => assert.equal(zonedWallTimeToIso(local, zone), expected));
  }
});
