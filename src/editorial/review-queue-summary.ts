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
}

/** Counts by date are of entries due by date; reader feedback is counted apart. Pure. */
export function summarizeReviewQueue(entries: ReviewQueueEntry[], topTopics = 3): ReviewQueueSummary {
  const byDate = (status: ReviewQueueEntry['status']) => entries.filter((entry) => entry.status === status && entry.reasons.includes('due-date')).length;
  const topics = new Map<string, number>();
  for (const entry of entries) if (entry.topicName !== null) topics.set(entry.topicName, (topics.get(entry.topicName) ?? 0) + 1);
  const byTopic = [...topics]
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic))
    .slice(0, topTopics);
  return {
    overdue: byDate('overdue'), dueSoon: byDate('due-soon'), neverReviewed: byDate('never-reviewed'),
    readerFeedback: entries.filter((entry) => entry.reasons.includes('reader-feedback')).length, byTopic,
  };
}
