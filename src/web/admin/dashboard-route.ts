import type { FastifyInstance } from 'fastify';
import { can } from '../../accounts/policy.js';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { listArticles } from '../../app/newsroom/revisions.js';
import { feedbackTotalsFor } from '../../app/reader-feedback.js';
import type { ArticleListFilter, ArticleListItem } from '../../editorial/newsroom.js';
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

/** The newsroom's front page: my drafts, waiting for review, recently published, recently changed. */
export function dashboardRoute(ports: () => NewsroomPorts, site: SiteContext) {
  return async (app: FastifyInstance) => {
    app.get(adminPaths.home(), async (request, reply) => {
      const principal = requirePrincipal(request);
      const { actor, user } = principal;
      const rows = async (filter: Omit<ArticleListFilter, 'limit' | 'offset'>) =>
        (await listArticles(ports(), actor, { ...filter, limit: 8, offset: 0 })).items.map(articleRow);
      const [myDrafts, waitingForReview, recentlyPublished, recentlyChanged, feedbackTotals] = await Promise.all([
        rows({ state: 'draft', ownerUserId: actor.userId }),
        rows({ state: 'in_review' }),
        rows({ state: 'published' }),
        rows({}),
        feedbackTotalsFor(ports(), actor),
      ]);
      return reply.type('text/html; charset=utf-8').send(renderDashboardPage({
        site, user: { ...actor, name: user.name, email: user.email }, csrfToken: csrfTokenFor(reply),
        myDrafts, waitingForReview, recentlyPublished, recentlyChanged, canCreate: can(actor, 'article.create'), feedbackTotals,
      }));
    });
  };
}
