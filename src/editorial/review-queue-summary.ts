import type { ReviewQueueEntry } from './review-dates.js';

/** The review queue in brief, for the dashboard: how many of each kind, and the topics with the most. */
export interface ReviewQueueSummary {
  overdue: number;
  dueSoon: number;
  neverReviewed: number;
  /** Entries that readers' answers put in the queue (some may also be due by date). */
  readerFeedback: number;
  /** The topics holding the most entries, most first (ties by name); articles without a topic are left out. */
  byTopic: Array<{ topic: string; count: number }>;
  /** The same by the reviewer who last signed the page off (the one to ask first); pages none of ours reviewed are left out. */
  byReviewer: Array<{ reviewer: string; count: number }>;
}

/** Counts by date are of entries due by date; reader feedback is counted apart. Pure. */
export function summarizeReviewQueue(entries: ReviewQueueEntry[], topTopics = 3): ReviewQueueSummary {
  const byDate = (status: ReviewQueueEntry['status']) => entries.filter((entry) => entry.status === status && entry.reasons.includes('due-date')).length;
  const byTopic = mostCommon(entries.map((entry) => entry.topicName), topTopics).map(([topic, count]) => ({ topic, count }));
  const byReviewer = mostCommon(entries.map((entry) => entry.reviewerName ?? null), topTopics).map(([reviewer, count]) => ({ reviewer, count }));
  return {
    overdue: byDate('overdue'), dueSoon: byDate('due-soon'), neverReviewed: byDate('never-reviewed'),
    readerFeedback: entries.filter((entry) => entry.reasons.includes('reader-feedback')).length, byTopic, byReviewer,
  };
}

/** The `top` most frequent non-null values with their counts, most first (ties by name). */
function mostCommon(values: (string | null)[], top: number): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
}
