import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flaggedByFeedback, joinReaderFeedback } from './feedback-review.js';
import {
  DEFAULT_FEEDBACK_THRESHOLD,
  FEEDBACK_COMMENT_MAX,
  feedbackDay,
  feedbackThresholdProblems,
  normalizeFeedbackComment,
  passesThreshold,
} from './reader-feedback.js';
import { reviewQueue } from './review-dates.js';

describe('reader feedback: what is kept', () => {
  it('keeps a comment trimmed with plain line breaks, an empty one as none', () => {
    assert.deepEqual(normalizeFeedbackComment('  The table\r\nis cut off.  '), { comment: 'The table\nis cut off.', problems: [] });
    assert.deepEqual(normalizeFeedbackComment('   '), { comment: null, problems: [] });
    assert.deepEqual(normalizeFeedbackComment(undefined), { comment: null, problems: [] });
  });

  it('refuses a comment past the limit or with control characters, naming the field', () => {
    assert.deepEqual(normalizeFeedbackComment('x'.repeat(FEEDBACK_COMMENT_MAX)).problems, []);
    assert.deepEqual(normalizeFeedbackComment('x'.repeat(FEEDBACK_COMMENT_MAX + 1)).problems, [`comment: at most 500 characters (got 501)`]);
    assert.deepEqual(normalizeFeedbackComment('hidden\u0000text').problems, ['comment: contains control characters']);
    assert.deepEqual(normalizeFeedbackComment('tab\tand\nline').problems, []);
  });

  it('keeps the day only, never the time', () => {
    assert.equal(feedbackDay('2026-12-05T23:59:59.999Z'), '2026-12-05');
  });
});

describe('reader feedback: the review threshold', () => {
  const threshold = DEFAULT_FEEDBACK_THRESHOLD; // at least 5 answers, at least 40 % "No"
  const cases: [yes: number, no: number, passes: boolean, why: string][] = [
    [3, 2, true, '5 answers, 40 % No: exactly at both bounds'],
    [2, 2, false, '4 answers: too few, however many said No'],
    [0, 4, false, 'all No but only 4 answers'],
    [4, 2, false, '6 answers, 33 % No'],
    [6, 4, true, '10 answers, 40 % No'],
    [0, 0, false, 'no answers'],
  ];
  for (const [yes, no, passes, why] of cases) {
    it(`${passes ? 'flags' : 'does not flag'} ${yes} yes / ${no} no (${why})`, () => {
      assert.equal(passesThreshold({ yes, no }, threshold), passes);
    });
  }

  it('names what is wrong with a threshold', () => {
    assert.deepEqual(feedbackThresholdProblems({ minAnswers: 0, noShare: 1.5 }), ['minAnswers: a whole number from 1 (got 0)', 'noShare: a share above 0 and at most 1 (got 1.5)']);
    assert.deepEqual(feedbackThresholdProblems(threshold), []);
  });

  it('keeps only the tallies that pass', () => {
    const tallies = [{ articleId: 1, yes: 3, no: 2 }, { articleId: 2, yes: 9, no: 1 }, { articleId: 3, yes: 0, no: 7 }];
    assert.deepEqual(flaggedByFeedback(tallies, threshold).map((t) => t.articleId), [1, 3]);
  });
});

describe('reader feedback joins the review queue', () => {
  const now = '2026-12-05T12:00:00.000Z';
  const options = { now, soonDays: 30 };
  const article = (articleId: number, title: string, lastReviewedAt: string | null) => ({ articleId, title, slug: `a-${articleId}`, topicName: null, lastReviewedAt });
  const candidates = [
    article(1, 'Current and fine', '2026-10-01'),
    article(2, 'Overdue and flagged', '2024-01-01'),
    article(3, 'Current but flagged', '2026-11-01'),
    article(4, 'Overdue only', '2025-06-01'),
  ];
  const said = (no: number) => ({ yes: 1, no, comments: [{ helpful: false, comment: `Said ${no}`, day: '2026-12-01' }] });

  it('adds the reason to an entry already due and keeps entries without feedback as they were', () => {
    const queue = reviewQueue(candidates, options);
    const joined = joinReaderFeedback(queue, candidates, new Map([[2, said(4)]]), options);
    const overdueOnly = joined.find((e) => e.articleId === 4)!;
    assert.deepEqual(overdueOnly, queue.find((e) => e.articleId === 4), 'a due-date entry is unchanged');
    assert.deepEqual(overdueOnly.reasons, ['due-date']);
    assert.equal(overdueOnly.feedback, null);
    const flagged = joined.find((e) => e.articleId === 2)!;
    assert.deepEqual(flagged.reasons, ['due-date', 'reader-feedback']);
    assert.equal(flagged.status, 'overdue');
    assert.deepEqual(flagged.feedback, said(4));
    assert.equal(joined.length, queue.length);
  });

  it('adds an article whose review date is current, with the comments, in the queue order', () => {
    const joined = joinReaderFeedback(reviewQueue(candidates, options), candidates, new Map([[3, said(5)]]), options);
    assert.deepEqual(joined.map((e) => [e.title, e.status, e.reasons]), [
      ['Overdue and flagged', 'overdue', ['due-date']],
      ['Overdue only', 'overdue', ['due-date']],
      ['Current but flagged', 'current', ['reader-feedback']],
    ]);
    assert.equal(joined[2]!.due, '2027-11-01');
    assert.deepEqual(joined[2]!.feedback?.comments.map((c) => c.comment), ['Said 5']);
    assert.ok(!joined.some((e) => e.articleId === 1), 'an article nobody flagged stays out');
  });

  it('leaves out a flagged article that is not a candidate (no longer published)', () => {
    const joined = joinReaderFeedback([], candidates.slice(0, 1), new Map([[99, said(9)]]), options);
    assert.deepEqual(joined, []);
  });
});
