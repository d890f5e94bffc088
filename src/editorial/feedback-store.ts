import type { FeedbackAnswer, FeedbackComment, FeedbackCounts, FeedbackTally } from './reader-feedback.js';

/** One article's feedback as editors see it. */
export interface ArticleFeedback extends FeedbackCounts {
  /** How many answers came with a comment (all of them, though `comments` may hold fewer). */
  commentCount: number;
  /** Newest first, at most the limit asked for. */
  comments: FeedbackComment[];
}

/** The whole site's feedback, for the dashboard. */
export interface FeedbackTotals extends FeedbackCounts {
  /** Articles with at least one answer. */
  articles: number;
}

/**
 * The reader-feedback port (feedback-store.contract.ts), on SQLite and PostgreSQL. It stores only
 * what `FeedbackAnswer` holds: nothing about who answered.
 */
export interface FeedbackStore {
  /**
   * Keeps one answer, if its article is published (checked in the same statement, so an article
   * unpublished a moment before takes no answer). False: no published article has that id.
   */
  record(answer: FeedbackAnswer): Promise<boolean>;
  /** Counts and the newest comments of one article, all time (an unknown article: zeros). */
  forArticle(articleId: number, commentLimit: number): Promise<ArticleFeedback>;
  /**
   * Per published article, the answers given after the day of its last review (every answer when
   * it was never reviewed): a review answers the complaints before it. Only articles with at
   * least `minAnswers` such answers, by article id.
   */
  sinceLastReview(minAnswers: number): Promise<FeedbackTally[]>;
  /** One article's comments given after `afterDay` (`YYYY-MM-DD`; null: all), newest first. */
  commentsAfter(articleId: number, afterDay: string | null, limit: number): Promise<FeedbackComment[]>;
  /** Every answer on the site counted. */
  totals(): Promise<FeedbackTotals>;
}
