import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import { paths, renderGonePage, sitePath, type SiteContext } from '../views/index.js';
import { renderSitePage } from '../views/site-page.js';

// Any first path segment may be asked for: one that is not a published site page is a 404 (a page
// that does not exist), never a 400, so no slug pattern here. Fastify's static routes win over this one.
const sitePageParams = { type: 'object', properties: { slug: { type: 'string' } }, required: ['slug'] } as const;

/**
 * Site pages at the top level (`/about`, `/privacy`…; docs/site-pages.md): the published page, a
 * 301 where its slug moved, a 410 once it was public and was withdrawn, otherwise a 404 — as
 * articles answer at `/articles/<slug>`.
 */
export function sitePageRoutes(catalogue: PublishedCatalogue, site: SiteContext) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get<{ Params: { slug: string } }>('/:slug', { schema: { params: sitePageParams } }, async (request, reply) => {
      const { slug } = request.params;
      const page = await catalogue.findSitePage(slug);
      if (page) return reply.type('text/html; charset=utf-8').send(renderSitePage(site, page));
      const moved = await catalogue.redirectFor(paths.sitePage(slug));
      if (moved) return reply.code(301).header('location', sitePath(site, moved)).send();
      const retired = await catalogue.retiredArticle(slug, 'page');
      if (retired) return reply.code(410).type('text/html; charset=utf-8').send(renderGonePage(site, retired));
      throw notFound(`page "${slug}"`);
    });
  };
}
