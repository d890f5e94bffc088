import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, nextReviewDue, REVIEW_INTERVAL_MAX_MONTHS, reviewIntervalProblems, reviewQueue, reviewStatus } from './review-dates.js';

describe('review dates', () => {
  it('adds calendar months, keeping the day where the month has it', () => {
    assert.equal(addMonths('2026-01-15', 12), '2027-01-15');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2028-01-31', 1), '2028-02-29', 'a leap year');
    assert.equal(addMonths('2026-08-31', 6), '2027-02-28');
    assert.equal(addMonths('2026-03-10T09:30:00.000Z', 3), '2026-06-10T09:30:00.000Z');
    assert.throws(() => addMonths('soon', 1), /"soon" is not a date/);
  });

  it('is due the interval after the last review, never beyond the site maximum, and unknown when never reviewed', () => {
    assert.equal(nextReviewDue('2026-02-01'), '2027-02-01', 'twelve months by default');
    assert.equal(nextReviewDue('2026-02-01', 6), '2026-08-01');
    assert.equal(nextReviewDue('2026-02-01', 120), addMonths('2026-02-01', REVIEW_INTERVAL_MAX_MONTHS));
    assert.equal(nextReviewDue(null), null);
  });

  it('refuses an interval that is not whole months or passes the maximum, naming the field', () => {
    assert.deepEqual(reviewIntervalProblems(12), []);
    assert.deepEqual(reviewIntervalProblems(0), ['interval: must be a whole number of months from 1 (got 0)']);
    assert.deepEqual(reviewIntervalProblems(2.5, 'within'), ['within: must be a whole number of months from 1 (got 2.5)']);
    assert.deepEqual(reviewIntervalProblems(48), ['interval: at most 36 months, the site\'s maximum (got 48)']);
  });

  it('tells overdue, due soon and current apart', () => {
    const now = '2026-12-05T12:00:00.000Z';
    assert.equal(reviewStatus('2026-12-01', now, 30), 'overdue');
    assert.equal(reviewStatus('2026-12-20', now, 30), 'due-soon');
    assert.equal(reviewStatus('2027-03-01', now, 30), 'current');
    assert.equal(reviewStatus(null, now, 30), 'never-reviewed');
  });

  it('queues what needs a review: never reviewed first, then the most overdue', () => {
    const article = (articleId: number, title: string, lastReviewedAt: string | null) => ({ articleId, title, slug: `a-${articleId}`, topicName: null, lastReviewedAt });
    const queue = reviewQueue([
      article(1, 'Current', '2026-10-01'),
      article(2, 'Long overdue', '2024-01-01'),
      article(3, 'Due soon', '2025-12-20'),
      article(4, 'Never', null),
      article(5, 'Just overdue', '2025-11-01'),
    ], { now: '2026-12-05T12:00:00.000Z', soonDays: 30 });
    assert.deepEqual(queue.map((e) => [e.title, e.status, e.due]), [
      ['Never', 'never-reviewed', null],
      ['Long overdue', 'overdue', '2025-01-01'],
      ['Just overdue', 'overdue', '2026-11-01'],
      ['Due soon', 'due-soon', '2026-12-20'],
    ]);
  });
});
