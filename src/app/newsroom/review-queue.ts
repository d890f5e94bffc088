import { type ReviewQueueEntry, reviewIntervalProblems, reviewQueue, REVIEW_INTERVAL_DEFAULT_MONTHS } from '../../editorial/review-dates.js';
import type { NewsroomStore } from '../../editorial/newsroom.js';
import { authorize } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import { forbidden, invalid } from '../../errors.js';

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

/**
 * The same queue for someone signed in: whoever may read every published article (editors,
 * reviewers, admins; a contributor sees only their own articles, so not the site's queue).
 */
export async function reviewDueFor(newsroom: Pick<NewsroomStore, 'reviewCandidates'>, actor: Actor, request: ReviewDueRequest): Promise<ReviewQueueEntry[]> {
  const decision = authorize(actor, 'article.view', { ownerId: null, everPublished: true });
  if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
  return await reviewDue(newsroom, request);
}
