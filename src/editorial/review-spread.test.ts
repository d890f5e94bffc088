import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths } from './review-dates.js';
import { spreadReviewDue, spreadWindowDays } from './review-spread.js';

const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('review-date spreading', () => {
  const cases: Array<{ name: string; last: string; interval: number; window: number }> = [
    { name: 'a year: the last three months', last: '2026-01-15', interval: 12, window: days('2026-10-15', '2027-01-15') },
    { name: 'six months: its last third, shorter than three months', last: '2026-03-01', interval: 6, window: Math.floor(days('2026-03-01', '2026-09-01') / 3) },
    { name: 'three months: its last third', last: '2026-03-01', interval: 3, window: Math.floor(days('2026-03-01', '2026-06-01') / 3) },
    { name: 'one month: its last third', last: '2026-02-01', interval: 1, window: Math.floor(28 / 3) },
    { name: 'the site maximum', last: '2026-01-01', interval: 36, window: days('2028-10-01', '2029-01-01') },
    { name: 'beyond the maximum is capped at it', last: '2026-01-01', interval: 60, window: days('2028-10-01', '2029-01-01') },
  ];
  for (const c of cases) {
    it(`spreads over ${c.name}`, () => {
      assert.equal(spreadWindowDays(c.last, c.interval), c.window);
      const nominal = addMonths(c.last, Math.min(c.interval, 36));
      for (const slug of ['a', 'back-pain', 'headache-in-children', 'x'.repeat(40)]) {
        const due = spreadReviewDue(slug, c.last, c.interval);
        assert.ok(due <= nominal, `${slug}: ${due} is after ${nominal}, the interval's end`);
        assert.ok(days(due, nominal) <= c.window, `${slug}: ${due} is before the window`);
        assert.ok(due > c.last, `${slug}: ${due} is not after the last review`);
      }
    });
  }

  it('is deterministic, by slug, and takes a timestamp as its day', () => {
    assert.equal(spreadReviewDue('back-pain', '2026-01-15', 12), spreadReviewDue('back-pain', '2026-01-15T10:00:00.000Z', 12));
    const dates = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((slug) => spreadReviewDue(`article-${slug}`, '2026-01-15', 12)));
    assert.ok(dates.size > 1, 'different slugs land on different days');
  });

  it('gives 200 articles reviewed the same day due dates no week of which holds more than twice its fair share', () => {
    const window = spreadWindowDays('2026-01-15', 12);
    const weeks = new Map<number, number>();
    for (let i = 0; i < 200; i++) {
      const due = spreadReviewDue(`imported-article-${i}`, '2026-01-15', 12);
      const week = Math.floor(days('2026-10-15', due) / 7);
      weeks.set(week, (weeks.get(week) ?? 0) + 1);
    }
    const fairShare = 200 / ((window + 1) / 7);
    const busiest = Math.max(...weeks.values());
    assert.ok(weeks.size >= 12, `only ${weeks.size} weeks used`);
    assert.ok(busiest <= 2 * fairShare, `${busiest} due in one week, fair share ${fairShare.toFixed(1)}`);
  });
});
