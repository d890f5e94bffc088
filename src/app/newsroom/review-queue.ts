import { type ReviewQueueEntry, reviewIntervalProblems, reviewQueue, REVIEW_INTERVAL_DEFAULT_MONTHS } from '../../editorial/review-dates.js';
import type { NewsroomStore } from '../../editorial/newsroom.js';
import { invalid } from '../../errors.js';

export interface ReviewDueRequest {
  now: string;
  /** Also list what falls due within this many days (default 30). */
  withinDays?: number;
  /** The review interval in months (default 12, at most the site maximum of 36). */
  intervalMonths?: number;
}

/** The review queue: published articles overdue for review, due soon, or never reviewed. */
export async function reviewDue(newsroom: Pick<NewsroomStore, 'reviewCandidates'>, request: ReviewDueRequest): Promise<ReviewQueueEntry[]> {
  const intervalMonths = request.intervalMonths ?? REVIEW_INTERVAL_DEFAULT_MONTHS;
  const withinDays = request.withinDays ?? 30;
  const problems = reviewIntervalProblems(intervalMonths);
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3_650) problems.push(`within: a whole number of days from 0 to 3650 (got ${withinDays})`);
  if (problems.length > 0) throw invalid(problems);
  return reviewQueue(await newsroom.reviewCandidates(), { now: request.now, soonDays: withinDays, intervalMonths });
}
