/**
 * Reader feedback ("Is this page helpful? Yes / No, and what was wrong"), pure: what a reader
 * may send, what is kept of it, and when an article's answers send it back to review.
 *
 * Nothing here identifies a reader: an answer is the article, yes or no, an optional comment and
 * the day it was given (not the time: a time could be matched against other records).
 */

/** The longest comment kept, in UTF-16 units as a browser's `maxlength` counts them. */
export const FEEDBACK_COMMENT_MAX = 500;

/** One reader's answer as stored: no address, no cookie, no user agent, no time of day. */
export interface FeedbackAnswer {
  articleId: number;
  helpful: boolean;
  /** Trimmed, line breaks as `\n`; null when the reader wrote nothing. */
  comment: string | null;
  /** `YYYY-MM-DD`, UTC. */
  day: string;
}

/** A comment as editors read it. */
export interface FeedbackComment {
  helpful: boolean;
  comment: string;
  day: string;
}

/** Answers to one article (or the whole site) counted. */
export interface FeedbackCounts {
  yes: number;
  no: number;
}

/** One article's answers counted: what the review queue's threshold looks at. */
export interface FeedbackTally extends FeedbackCounts {
  articleId: number;
}

/**
 * When "No" answers send an article back to review: at least `minAnswers` answers since its last
 * review, of which at least `noShare` (0–1) said the page did not help.
 */
export interface FeedbackThreshold {
  minAnswers: number;
  noShare: number;
}

export const DEFAULT_FEEDBACK_THRESHOLD: FeedbackThreshold = { minAnswers: 5, noShare: 0.4 };

/** The day of `now` (an ISO timestamp) as stored with an answer. */
export function feedbackDay(now: string): string {
  return new Date(now).toISOString().slice(0, 10);
}

/**
 * A reader's comment as kept, or the problems with it as `field: reason` (errors.ts `invalid`):
 * trimmed, line breaks made `\n`, control characters other than tab and line break refused
 * (they have no place in a comment and could hide text from the editor reading it).
 */
export function normalizeFeedbackComment(raw: string | undefined): { comment: string | null; problems: string[] } {
  const comment = (raw ?? '').replace(/\r\n?/g, '\n').trim();
  const problems: string[] = [];
  if (comment.length > FEEDBACK_COMMENT_MAX) problems.push(`comment: at most ${FEEDBACK_COMMENT_MAX} characters (got ${comment.length})`);
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(comment)) problems.push('comment: contains control characters');
  return { comment: comment === '' ? null : comment, problems };
}

/** The share of "No" among the answers, 0 when there are none. */
export function noShare(counts: FeedbackCounts): number {
  const total = counts.yes + counts.no;
  return total === 0 ? 0 : counts.no / total;
}

/** Does this tally send its article back to review? */
export function passesThreshold(counts: FeedbackCounts, threshold: FeedbackThreshold): boolean {
  return counts.yes + counts.no >= threshold.minAnswers && noShare(counts) >= threshold.noShare;
}

/** Problems with a threshold (a site setting), as `field: reason`. */
export function feedbackThresholdProblems(threshold: FeedbackThreshold): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(threshold.minAnswers) || threshold.minAnswers < 1) problems.push(`minAnswers: a whole number from 1 (got ${threshold.minAnswers})`);
  if (!(threshold.noShare > 0 && threshold.noShare <= 1)) problems.push(`noShare: a share above 0 and at most 1 (got ${threshold.noShare})`);
  return problems;
}
