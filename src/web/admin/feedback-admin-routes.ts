import type { FastifyInstance } from 'fastify';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { articleFeedbackFor } from '../../app/reader-feedback.js';
import type { FeedbackThreshold } from '../../editorial/reader-feedback.js';
import { absoluteUrl, paths, type SiteContext } from '../views/site.js';
import { adminPageBase, requirePrincipal } from './admin-auth.js';
import { html, idParams } from './route-parts.js';
import { renderArticleFeedbackPage } from './views/index.js';

/**
 * One article's reader feedback for editors, reviewers and admins (policy `feedback.read`): the
 * admin page and `GET /api/admin/articles/:id/feedback` (docs/admin-api.md).
 */
export function feedbackAdminRoutes(ports: () => NewsroomPorts, site: SiteContext, threshold: FeedbackThreshold) {
  return async (app: FastifyInstance) => {
    app.get('/admin/articles/:id/feedback', { schema: { params: idParams } }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id } = request.params as { id: number };
      const feedback = await articleFeedbackFor(ports(), principal.actor, id);
      return html(reply, renderArticleFeedbackPage({
        ...adminPageBase(principal, reply, site),
        articleId: id, articleTitle: feedback.title, readerUrl: feedback.status === 'published' ? absoluteUrl(site, paths.article(feedback.slug)) : null,
        yes: feedback.yes, no: feedback.no, commentCount: feedback.commentCount, comments: feedback.comments,
        threshold: { minAnswers: threshold.minAnswers, noPercent: Math.round(threshold.noShare * 100) },
      }));
    });

    app.get('/api/admin/articles/:id/feedback', { schema: { params: idParams } }, async (request) => {
      const { id } = request.params as { id: number };
      const { articleId, title, slug, status, yes, no, commentCount, comments } = await articleFeedbackFor(ports(), requirePrincipal(request).actor, id);
      return { articleId, title, slug, status, yes, no, answers: yes + no, commentCount, comments };
    });
  };
}
