import type { FeedbackComment } from './reader-feedback.js';

/**
 * When an article is next due for a clinical review (the NHS pattern: "Page last reviewed",
 * "Next review due"). Pure: dates in, dates out; the caller gives "now".
 */
export const REVIEW_INTERVAL_DEFAULT_MONTHS = 12;
/** No article may go longer than this between reviews, whatever its own interval. */
export const REVIEW_INTERVAL_MAX_MONTHS = 36;

/** Problems with an interval, as `field: reason` (errors.ts `invalid`). */
export function reviewIntervalProblems(months: number, field = 'interval'): string[] {
  if (!Number.isInteger(months) || months < 1) return [`${field}: must be a whole number of months from 1 (got ${months})`];
  if (months > REVIEW_INTERVAL_MAX_MONTHS) return [`${field}: at most ${REVIEW_INTERVAL_MAX_MONTHS} months, the site's maximum (got ${months})`];
  return [];
}

/**
 * `date` plus whole calendar months, in UTC; the day of the month is kept when that month has it,
 * else the month's last day (31 January + 1 month = 28 or 29 February). A date only ("2026-01-31")
 * gives a date only.
 */
export function addMonths(date: string, months: number): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const start = new Date(dateOnly ? `${date}T00:00:00.000Z` : date);
  if (Number.isNaN(start.getTime())) throw new Error(`addMonths: "${date}" is not a date`);
  const day = start.getUTCDate();
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return dateOnly ? target.toISOString().slice(0, 10) : target.toISOString();
}

/** The next review: last reviewed plus the interval, never beyond the site's maximum. Null: never reviewed. */
export function nextReviewDue(lastReviewedAt: string | null, intervalMonths = REVIEW_INTERVAL_DEFAULT_MONTHS): string | null {
  if (lastReviewedAt === null) return null;
  return addMonths(lastReviewedAt, Math.min(intervalMonths, REVIEW_INTERVAL_MAX_MONTHS));
}

export type ReviewStatus = 'never-reviewed' | 'overdue' | 'due-soon' | 'current';

/** Where an article stands on `now`: due soon means within `soonDays` days. */
export function reviewStatus(due: string | null, now: string, soonDays: number): ReviewStatus {
  if (due === null) return 'never-reviewed';
  const dueAt = Date.parse(due.length === 10 ? `${due}T00:00:00.000Z` : due);
  const nowAt = Date.parse(now);
  if (dueAt <= nowAt) return 'overdue';
  return dueAt - nowAt <= soonDays * 86_400_000 ? 'due-soon' : 'current';
}

export interface ReviewCandidate {
  articleId: number;
  title: string;
  slug: string;
  topicName: string | null;
  lastReviewedAt: string | null;
  /** The article's own interval; absent or null: the queue's (the site default). */
  reviewIntervalMonths?: number | null;
  /** A due date stored by an import (spread, or the source's); absent or null: computed. */
  nextReviewDue?: string | null;
  /** Which of our reviewers signed the live page off last (articles.reviewer_name); null: none of ours yet. */
  reviewerName?: string | null;
}

/** The candidate's due date: the stored one, else last reviewed plus its own interval (or the default). */
export function candidateDue(candidate: ReviewCandidate, defaultIntervalMonths?: number): string | null {
  if (candidate.lastReviewedAt === null) return null;
  return candidate.nextReviewDue ?? nextReviewDue(candidate.lastReviewedAt, candidate.reviewIntervalMonths ?? defaultIntervalMonths);
}

/** Why an article is in the queue: its review date, or what readers said of it (reader-feedback.ts). */
export type ReviewReason = 'due-date' | 'reader-feedback';

/** The answers that sent an article to the queue, since its last review, with the newest comments. */
export interface QueuedReaderFeedback {
  yes: number;
  no: number;
  comments: FeedbackComment[];
}

export interface ReviewQueueEntry extends ReviewCandidate {
  due: string | null;
  /** Where its review date stands; 'current' only for an entry that reader feedback alone put here. */
  status: ReviewStatus;
  /** At least one, 'due-date' first when both. */
  reasons: ReviewReason[];
  /** Set when 'reader-feedback' is a reason. */
  feedback: QueuedReaderFeedback | null;
}

/**
 * The articles that need a review now or within `soonDays`: never reviewed first, then by due
 * date, oldest first; an article stays until it is reviewed (its last-reviewed date moves).
 */
export function reviewQueue(candidates: ReviewCandidate[], options: { now: string; soonDays: number; intervalMonths?: number }): ReviewQueueEntry[] {
  const entries: ReviewQueueEntry[] = [];
  for (const candidate of candidates) {
    const due = candidateDue(candidate, options.intervalMonths);
    const status = reviewStatus(due, options.now, options.soonDays);
    if (status !== 'current') entries.push({ ...candidate, due, status, reasons: ['due-date'], feedback: null });
  }
  return sortReviewQueue(entries);
}

/** The queue's order: never reviewed first, then by due date, oldest first; equal dates by title. */
export function sortReviewQueue(entries: ReviewQueueEntry[]): ReviewQueueEntry[] {
  const rank = (entry: ReviewQueueEntry) => (entry.due === null ? '' : entry.due.length === 10 ? `${entry.due}T00:00:00.000Z` : entry.due);
  return entries.sort((a, b) => (rank(a) === rank(b) ? a.title.localeCompare(b.title) : rank(a) < rank(b) ? -1 : 1));
}
