import { authorize } from '../accounts/policy.js';
import type { Actor } from '../accounts/roles.js';
import type { ArticleFeedback, FeedbackStore, FeedbackTotals } from '../editorial/feedback-store.js';
import type { NewsroomStore } from '../editorial/newsroom.js';
import { feedbackDay, normalizeFeedbackComment } from '../editorial/reader-feedback.js';
import { forbidden, invalid, notFound } from '../errors.js';
import type { PublishedCatalogue } from '../web/published-catalogue.js';

export interface SendFeedbackRequest {
  slug: string;
  helpful: boolean;
  comment?: string;
  /** An ISO timestamp: only its day is kept. */
  now: string;
}

/**
 * A reader answers "Is this page helpful?" on a published article. Nothing about the reader is
 * taken or kept: the answer, the comment and the day. NOT_FOUND when no published article has the
 * slug (a draft, an unpublished or unknown page takes no feedback); INVALID naming the comment.
 */
export async function sendFeedback(
  ports: { catalogue: Pick<PublishedCatalogue, 'findArticleBySlug'>; feedback: Pick<FeedbackStore, 'record'> },
  request: SendFeedbackRequest,
): Promise<{ slug: string; title: string }> {
  const { comment, problems } = normalizeFeedbackComment(request.comment);
  if (problems.length > 0) throw invalid(problems);
  const article = await ports.catalogue.findArticleBySlug(request.slug);
  if (!article) throw notFound(`article "${request.slug}"`);
  // The store checks "published" again in the same statement as the write.
  const recorded = await ports.feedback.record({ articleId: article.id, helpful: request.helpful, comment, day: feedbackDay(request.now) });
  if (!recorded) throw notFound(`article "${request.slug}"`);
  return { slug: article.slug, title: article.title };
}

/** How many comments an editor sees on one article's page (the newest). */
export const ARTICLE_COMMENTS_SHOWN = 200;

export interface ArticleFeedbackView extends ArticleFeedback {
  articleId: number;
  title: string;
  slug: string;
  status: string;
}

function mayRead(actor: Actor): void {
  const decision = authorize(actor, 'feedback.read');
  if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
}

/** One article's feedback for an editor, reviewer or admin (policy `feedback.read`). */
export async function articleFeedbackFor(
  ports: { newsroom: Pick<NewsroomStore, 'liveArticle'>; feedback: Pick<FeedbackStore, 'forArticle'> },
  actor: Actor,
  articleId: number,
): Promise<ArticleFeedbackView> {
  mayRead(actor);
  const article = await ports.newsroom.liveArticle(articleId);
  if (!article) throw notFound(`article ${articleId}`);
  const feedback = await ports.feedback.forArticle(articleId, ARTICLE_COMMENTS_SHOWN);
  return { articleId, title: article.fields.title, slug: article.slug, status: article.status, ...feedback };
}

/** The site's feedback counted, for the dashboard (policy `feedback.read`; null for whoever may not read it). */
export async function feedbackTotalsFor(ports: { feedback: Pick<FeedbackStore, 'totals'> }, actor: Actor): Promise<FeedbackTotals | null> {
  if (!authorize(actor, 'feedback.read').allowed) return null;
  return await ports.feedback.totals();
}

/** One article's answers counted, for the editor's page: null for whoever may not read feedback. */
export async function feedbackCountsFor(ports: { feedback: Pick<FeedbackStore, 'forArticle'> }, actor: Actor, articleId: number): Promise<{ yes: number; no: number } | null> {
  if (!authorize(actor, 'feedback.read').allowed) return null;
  const { yes, no } = await ports.feedback.forArticle(articleId, 0);
  return { yes, no };
}
