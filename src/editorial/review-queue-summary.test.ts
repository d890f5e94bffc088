import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReviewQueueEntry } from './review-dates.js';
import { summarizeReviewQueue } from './review-queue-summary.js';

const entry = (id: number, status: ReviewQueueEntry['status'], topicName: string | null, reasons: ReviewQueueEntry['reasons'] = ['due-date'], reviewerName: string | null = null): ReviewQueueEntry => ({
  articleId: id, title: `Article ${id}`, slug: `article-${id}`, topicName, lastReviewedAt: null, due: null, status, reasons, feedback: null, reviewerName,
});

describe('summarizeReviewQueue', () => {
  it('counts overdue, due soon and never reviewed by date, reader feedback apart, and the busiest topics', () => {
    const summary = summarizeReviewQueue([
      entry(1, 'overdue', 'Gout'), entry(2, 'overdue', 'Asthma'), entry(3, 'due-soon', 'Gout'), entry(4, 'never-reviewed', null),
      entry(5, 'current', 'Croup', ['reader-feedback']), entry(6, 'overdue', 'Asthma', ['due-date', 'reader-feedback']), entry(7, 'due-soon', 'Eczema'),
    ], 2);
    assert.deepEqual(summary, {
      overdue: 3, dueSoon: 2, neverReviewed: 1, readerFeedback: 2,
      byTopic: [{ topic: 'Asthma', count: 2 }, { topic: 'Gout', count: 2 }], byReviewer: [],
    });
  });

  it('names the reviewers who signed the most queued pages off last, leaving out pages none of ours reviewed', () => {
    const summary = summarizeReviewQueue([
      entry(1, 'overdue', 'Gout', ['due-date'], 'Dr B'), entry(2, 'overdue', 'Gout', ['due-date'], 'Dr A'), entry(3, 'due-soon', null, ['due-date'], 'Dr B'),
      entry(4, 'never-reviewed', null),
    ]);
    assert.deepEqual(summary.byReviewer, [{ reviewer: 'Dr B', count: 2 }, { reviewer: 'Dr A', count: 1 }]);
  });

  it('is all zeros for an empty queue', () => {
    assert.deepEqual(summarizeReviewQueue([]), { overdue: 0, dueSoon: 0, neverReviewed: 0, readerFeedback: 0, byTopic: [], byReviewer: [] });
  });
});
