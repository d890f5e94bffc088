import { type FeedbackTally, type FeedbackThreshold, passesThreshold } from './reader-feedback.js';
import {
  type QueuedReaderFeedback,
  type ReviewCandidate,
  type ReviewQueueEntry,
  candidateDue,
  reviewStatus,
  sortReviewQueue,
} from './review-dates.js';

/** The tallies (answers since each article's last review) whose share of "No" passes the threshold. */
export function flaggedByFeedback(tallies: FeedbackTally[], threshold: FeedbackThreshold): FeedbackTally[] {
  return tallies.filter((tally) => passesThreshold(tally, threshold));
}

/**
 * The review queue with reader feedback joined in, pure: an article already due gains the reason
 * 'reader-feedback' and its feedback; a flagged article whose review date is still current joins
 * with that reason alone. `flagged` maps article ids to their feedback; an id that is not a
 * candidate (no longer published) is left out. The order is the queue's own.
 */
export function joinReaderFeedback(
  queue: ReviewQueueEntry[],
  candidates: ReviewCandidate[],
  flagged: ReadonlyMap<number, QueuedReaderFeedback>,
  options: { now: string; soonDays: number; intervalMonths?: number },
): ReviewQueueEntry[] {
  const joined = queue.map((entry) => {
    const feedback = flagged.get(entry.articleId);
    return feedback ? { ...entry, reasons: [...entry.reasons, 'reader-feedback' as const], feedback } : entry;
  });
  const queued = new Set(queue.map((entry) => entry.articleId));
  for (const candidate of candidates) {
    const feedback = flagged.get(candidate.articleId);
    if (!feedback || queued.has(candidate.articleId)) continue;
    const due = candidateDue(candidate, options.intervalMonths);
    joined.push({ ...candidate, due, status: reviewStatus(due, options.now, options.soonDays), reasons: ['reader-feedback'], feedback });
  }
  return sortReviewQueue(joined);
}
