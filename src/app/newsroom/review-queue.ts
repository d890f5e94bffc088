import { type QueuedReaderFeedback, type ReviewQueueEntry, reviewIntervalProblems, reviewQueue, REVIEW_INTERVAL_DEFAULT_MONTHS } from '../../editorial/review-dates.js';
import type { FeedbackStore } from '../../editorial/feedback-store.js';
import { flaggedByFeedback, joinReaderFeedback } from '../../editorial/feedback-review.js';
import type { FeedbackThreshold } from '../../editorial/reader-feedback.js';
import type { NewsroomStore } from '../../editorial/newsroom.js';
import { authorize } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import { forbidden, invalid } from '../../errors.js';

export interface ReviewDueRequest {
  now: string;
  /** Also list what falls due within this many days (default 30). */
  withinDays?: number;
  /** The review interval in months for articles without their own or a stored due date (default 12, at most the site maximum of 36). */
  intervalMonths?: number;
  /** Only articles of this topic (its name, as listed), or last signed off by this reviewer (their name as readers see it); case ignored. */
  topic?: string;
  reviewer?: string;
}

/** Reader feedback for the queue: where the answers are, and the site's threshold (config.ts). */
export interface QueueFeedback {
  store: Pick<FeedbackStore, 'sinceLastReview' | 'commentsAfter'>;
  threshold: FeedbackThreshold;
}

/** How many of a flagged article's comments (since its last review, newest first) the queue carries. */
export const QUEUED_COMMENTS = 5;

/**
 * The review queue: published articles overdue for review, due soon, or never reviewed; with
 * `feedback`, also those whose readers' answers since the last review pass the threshold, with
 * their newest comments (reason 'reader-feedback').
 */
export async function reviewDue(newsroom: Pick<NewsroomStore, 'reviewCandidates'>, request: ReviewDueRequest, feedback?: QueueFeedback): Promise<ReviewQueueEntry[]> {
  const intervalMonths = request.intervalMonths ?? REVIEW_INTERVAL_DEFAULT_MONTHS;
  const withinDays = request.withinDays ?? 30;
  const problems = reviewIntervalProblems(intervalMonths);
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3_650) problems.push(`within: a whole number of days from 0 to 3650 (got ${withinDays})`);
  if (problems.length > 0) throw invalid(problems);
  const candidates = await newsroom.reviewCandidates();
  const options = { now: request.now, soonDays: withinDays, intervalMonths };
  const queue = reviewQueue(candidates, options);
  if (!feedback) return narrowed(queue, request);

  const flagged = flaggedByFeedback(await feedback.store.sinceLastReview(feedback.threshold.minAnswers), feedback.threshold);
  const lastReviewed = new Map(candidates.map((c) => [c.articleId, c.lastReviewedAt]));
  const withComments = new Map<number, QueuedReaderFeedback>();
  for (const tally of flagged) {
    if (!lastReviewed.has(tally.articleId)) continue;
    const afterDay = lastReviewed.get(tally.articleId)?.slice(0, 10) ?? null;
    withComments.set(tally.articleId, { yes: tally.yes, no: tally.no, comments: await feedback.store.commentsAfter(tally.articleId, afterDay, QUEUED_COMMENTS) });
  }
  return narrowed(joinReaderFeedback(queue, candidates, withComments, options), request);
}

/** The queue of one topic or one reviewer, when asked: a reviewer's own list, a topic's editor's. */
function narrowed(queue: ReviewQueueEntry[], request: Pick<ReviewDueRequest, 'topic' | 'reviewer'>): ReviewQueueEntry[] {
  const same = (a: string | null | undefined, b: string | undefined) => b === undefined || (a ?? '').toLocaleLowerCase() === b.trim().toLocaleLowerCase();
  return queue.filter((entry) => same(entry.topicName, request.topic) && same(entry.reviewerName, request.reviewer));
}

/**
 * The same queue for someone signed in: whoever may read every published article (editors,
 * reviewers, admins; a contributor sees only their own articles, so not the site's queue).
 */
export async function reviewDueFor(newsroom: Pick<NewsroomStore, 'reviewCandidates'>, actor: Actor, request: ReviewDueRequest, feedback?: QueueFeedback): Promise<ReviewQueueEntry[]> {
  const decision = authorize(actor, 'article.view', { ownerId: null, everPublished: true });
  if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
  return await reviewDue(newsroom, request, feedback);
}
