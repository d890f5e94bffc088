import type { FastifyInstance } from 'fastify';
import { can } from '../../accounts/policy.js';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { listArticles } from '../../app/newsroom/revisions.js';
import { feedbackTotalsFor } from '../../app/reader-feedback.js';
import { reviewDueFor } from '../../app/newsroom/review-queue.js';
import type { ArticleListFilter, ArticleListItem } from '../../editorial/newsroom.js';
import type { FeedbackThreshold } from '../../editorial/reader-feedback.js';
import { type ReviewQueueSummary, summarizeReviewQueue } from '../../editorial/review-queue-summary.js';
import { AppError } from '../../errors.js';
import type { SiteContext } from '../views/site.js';
import { csrfTokenFor, requirePrincipal } from './admin-auth.js';
import { adminPaths, type ArticleRow, renderDashboardPage } from './views/index.js';

/** A newsroom list item as the admin's tables show it. */
export function articleRow(item: ArticleListItem): ArticleRow {
  const changed = item.state === 'published' && item.workingRevision !== null && item.liveRevision !== null && item.workingRevision !== item.liveRevision;
  return {
    id: item.articleId, title: item.title, state: changed ? 'published-changed' : (item.state.replace('_', '-') as ArticleRow['state']),
    topic: item.topicName, categoryPath: item.categoryName === null ? [] : [item.categoryName], author: item.author, changedBy: null, changedAt: item.changedAt,
    readingGrade: item.readingGrade,
  };
}

/** Within this many days an article counts as due soon on the dashboard (the review queue's default). */
const DUE_SOON_DAYS = 30;

/** The review queue in brief, or null for whoever may not read the site's queue (a contributor). */
async function reviewSummary(ports: NewsroomPorts, actor: Parameters<typeof reviewDueFor>[1], feedbackThreshold: FeedbackThreshold): Promise<ReviewQueueSummary | null> {
  try {
    const queue = await reviewDueFor(ports.newsroom, actor, { now: ports.clock().toISOString(), withinDays: DUE_SOON_DAYS }, { store: ports.feedback, threshold: feedbackThreshold });
    return summarizeReviewQueue(queue);
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return null;
    throw error;
  }
}

/**
 * The newsroom's front page: my drafts, waiting for review, recently published, recently changed;
 * the review queue in brief and the scheduled publications held for want of a sign-off.
 */
export function dashboardRoute(ports: () => NewsroomPorts, site: SiteContext, feedbackThreshold: FeedbackThreshold) {
  return async (app: FastifyInstance) => {
    app.get(adminPaths.home(), async (request, reply) => {
      const principal = requirePrincipal(request);
      const { actor, user } = principal;
      const rows = async (filter: Omit<ArticleListFilter, 'limit' | 'offset'>) =>
        (await listArticles(ports(), actor, { ...filter, limit: 8, offset: 0 })).items.map(articleRow);
      const [myDrafts, waitingForReview, recentlyPublished, recentlyChanged, feedbackTotals, reviewQueue, held] = await Promise.all([
        rows({ state: 'draft', ownerUserId: actor.userId }),
        rows({ state: 'in_review' }),
        rows({ state: 'published' }),
        rows({}),
        feedbackTotalsFor(ports(), actor),
        reviewSummary(ports(), actor, feedbackThreshold),
        ports().newsroom.heldSchedules(),
      ]);
      return reply.type('text/html; charset=utf-8').send(renderDashboardPage({
        site, user: { ...actor, name: user.name, email: user.email }, csrfToken: csrfTokenFor(reply),
        myDrafts, waitingForReview, recentlyPublished, recentlyChanged, canCreate: can(actor, 'article.create'), feedbackTotals,
        reviewQueue: reviewQueue ? { ...reviewQueue, withinDays: DUE_SOON_DAYS } : null,
        heldSchedules: held.map((item) => ({ articleId: item.articleId, title: item.title, reason: item.reason })),
      }));
    });
  };
}
