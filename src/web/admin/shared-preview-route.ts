import type { FastifyInstance } from 'fastify';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { openSharedPreview } from '../../app/newsroom/preview-links.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import type { SiteContext } from '../views/site.js';
import { previewPage } from './preview-routes.js';

const tokenParams = { type: 'object', required: ['token'], properties: { token: { type: 'string', minLength: 1, maxLength: 100 } } } as const;

/**
 * A shared preview link, for someone without an account: the reader page of the latest saved
 * revision. Outside the admin (no sign-in) and outside the page cache; never stored by a browser
 * or proxy, never indexed, and no Referer carries the link to the sites it links to. An
 * unknown, expired or revoked link is the reader's ordinary 404.
 */
export function sharedPreviewRoute(ports: () => NewsroomPorts, catalogue: PublishedCatalogue, site: SiteContext) {
  return async (app: FastifyInstance) => {
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').header('referrer-policy', 'no-referrer');
    });
    app.get('/preview/:token', { schema: { params: tokenParams } }, async (request, reply) => {
      const { token } = request.params as { token: string };
      const preview = await openSharedPreview(ports(), token);
      return reply.type('text/html; charset=utf-8').send(await previewPage(catalogue, site, preview, null));
    });
  };
}
