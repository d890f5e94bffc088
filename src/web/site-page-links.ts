import type { FastifyInstance } from 'fastify';
import type { PublishedCatalogue } from './published-catalogue.js';
import type { SiteContext } from './views/index.js';

/** Paths whose answers never carry the reader site's footer: no need to read the site pages for them. */
const WITHOUT_FOOTER = /^\/(?:admin|api|assets)(?:\/|$)/;

/**
 * Every reader page's footer links to the published site pages (About, Privacy…). Views take
 * plain data and render synchronously, and every view gets the one `SiteContext`, so the list is
 * read from the catalogue before a reader page is rendered (one indexed query, on page-cache
 * misses only) and kept on that context; every request sees the list as published when it
 * started. Through the catalogue the static export hands it, the read is recorded as the page's
 * dependency (export/page-dependencies.ts, key `P`).
 */
export function installSitePageLinks(app: FastifyInstance, catalogue: PublishedCatalogue, site: SiteContext): void {
  app.addHook('preHandler', async (request) => {
    if (WITHOUT_FOOTER.test(request.url.slice(site.basePath.length))) return;
    site.footerPages = (await catalogue.sitePages()).map(({ slug, title }) => ({ slug, title }));
  });
}
