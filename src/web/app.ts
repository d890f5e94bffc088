import helmet from '@fastify/helmet';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { ServerResponse } from 'node:http';
import { relative, sep } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { type Config, DEFAULT_READING_GRADE, DEFAULT_SEARCH_PER_MINUTE, DEFAULT_SUGGEST_PER_MINUTE, type TrustProxy } from '../config/config.js';
import { DEFAULT_COUNTRY } from '../content/care-card-wording.js';
import { publicDir } from '../project-files.js';
import type { SearchService } from '../search/search-service.js';
import { ASSET_CACHE_CONTROL, assetFingerprints } from './asset-fingerprints.js';
import { frameworkErrorAnswer, installErrorHandling } from './error-handling.js';
import type { PublishedCatalogue } from './published-catalogue.js';
import type { RateLimitCounter } from './rate-limit-counter.js';
import { type PageCacheOptions, installPageCache } from './page-cache-hooks.js';
import { apiRoutes } from './routes/api-routes.js';
import { feedbackRoutes } from './routes/feedback-routes.js';
import { mediaRoutes } from './routes/media-routes.js';
import { readerRoutes } from './routes/reader-routes.js';
import { searchRoutes } from './routes/search-routes.js';
import { seoRoutes } from './routes/seo-routes.js';
import { dropEmptyNumbers, screenParameters, schemaErrorFormatter } from './route-schemas.js';
import { PERMISSIONS_POLICY, securityHeaders } from './security-headers.js';
import { accountRoutes } from './admin/account-routes.js';
import { adminApiRoutes } from './admin/admin-api-routes.js';
import { type AdminAuthOptions, adminContext } from './admin/admin-auth.js';
import { installAdminErrors } from './admin/admin-errors.js';
import { dashboardRoute } from './admin/dashboard-route.js';
import { governanceApiRoutes } from './admin/governance-api-routes.js';
import { workflowPages } from './admin/workflow-pages.js';
import { feedbackAdminRoutes } from './admin/feedback-admin-routes.js';
import { mediaAdminRoutes } from './admin/media-admin-routes.js';
import type { MediaPorts } from '../app/media/media-ports.js';
import type { MediaFiles } from '../media/media-files.js';
import { articlePages } from './admin/article-pages.js';
import { namesFrom } from './admin/people.js';
import { previewRoutes } from './admin/preview-routes.js';
import { readabilityRoutes } from './admin/readability-routes.js';
import { reviewRoutes } from './admin/review-routes.js';
import { revisionRoutes } from './admin/revision-routes.js';
import { sharedPreviewRoute } from './admin/shared-preview-route.js';
import { taxonomyRoutes } from './admin/taxonomy-routes.js';
import { userAdminRoutes } from './admin/user-admin-routes.js';
import type { NewsroomPorts } from '../app/newsroom/newsroom-ports.js';
import type { FeedbackStore } from '../editorial/feedback-store.js';
import { DEFAULT_FEEDBACK_THRESHOLD, type FeedbackThreshold } from '../editorial/reader-feedback.js';
import { sitePageAdminRoutes } from './admin/site-page-admin-routes.js';
import { sitePageRoutes } from './routes/site-page-routes.js';
import { installSitePageLinks } from './site-page-links.js';
import type { SiteContext, StaticExportSite } from './views/index.js';

export interface AppOptions {
  catalogue: PublishedCatalogue;
  /** Search needs a full-text index; without one the search routes are left out. */
  search?: SearchService;
  /**
   * Where search and suggestion limits count (the site's database: every server process shares
   * the budget). Left out, each process counts in memory.
   */
  rateLimits?: RateLimitCounter;
  config: Pick<Config, 'baseUrl' | 'excerptLength' | 'siteName'> & Partial<Pick<Config, 'searchPerMinute' | 'suggestPerMinute' | 'trustProxy' | 'timeZone' | 'readingGrade' | 'country' | 'licenceUrl'>>;
  logger?: boolean;
  /** Render for `healthpress build` (see StaticExportSite); the server itself never sets it. */
  staticExport?: StaticExportSite;
  /**
   * Keep rendered public pages in memory (see page-cache-hooks.ts). Left out, nothing is cached:
   * every request renders, as tests and the static export expect.
   */
  pageCache?: PageCacheOptions;
  /** The newsroom (`/admin`, `/api/admin`): the server sets it; tests of the reader side and the static export leave it out. */
  admin?: {
    accounts: AdminAuthOptions['accounts']; secureCookies: boolean; newsroom: NewsroomPorts; feedbackThreshold?: FeedbackThreshold;
    /** Uploads to the media store (/admin/media, /api/admin/media); left out, the newsroom has no images page. */
    media?: MediaPorts;
    /** A schedule changed: the server's scheduler looks again (app/newsroom/schedule-runner.ts). */
    onScheduleChanged?: () => void;
  };
  /**
   * Reader feedback ("Is this page helpful?" under each article, web/routes/feedback-routes.ts):
   * the server sets it; without it (the static export, reader-side tests) article pages carry no form.
   */
  feedback?: { store: FeedbackStore; perHour: number; now?: () => Date };
  /** The media store's files (docs/editorial-media.md), served under /media/: by the server and to the static export, which writes those its pages show. */
  mediaFiles?: MediaFiles;
}

/**
 * The app factory: everything but `listen()`, so tests and the static export run the very
 * same app in-process.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const base = new URL(options.config.baseUrl);
  const site: SiteContext = {
    name: options.config.siteName,
    baseUrl: options.config.baseUrl,
    basePath: base.pathname.replace(/\/+$/, ''),
    excerptLength: options.config.excerptLength,
    assetVersion: assetFingerprints(publicDir),
    ...(options.config.timeZone ? { timeZone: options.config.timeZone } : {}),
    country: options.config.country ?? DEFAULT_COUNTRY,
    ...(options.config.licenceUrl ? { licenceUrl: options.config.licenceUrl } : {}),
    ...(options.staticExport ? { staticExport: options.staticExport } : {}),
    ...(options.feedback && !options.staticExport ? { readerFeedback: true } : {}),
  };
  const app = Fastify({
    logger: options.logger ? { level: 'info', serializers: { req: privateRequestSummary } } : false,
    // Topic slugs from long MedQuAD names reach 120 characters; the default limit (100) answered 414.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // Route schemas (route-schemas.ts) check query strings and paths; a failure is a 400 naming the field.
    schemaErrorFormatter,
    // Behind a CDN or reverse proxy, the reader's address is in X-Forwarded-For; believed only as configured (docs/serving.md).
    trustProxy: fastifyTrustProxy(options.config.trustProxy ?? false),
    // A URL Fastify cannot decode (`/%ff`) is refused before any hook runs: the site's own 400, with its headers.
    frameworkErrors: frameworkErrorAnswer(site),
  });

  // Hits first: a page-cache hit replays the headers its miss was sent with, so it needs no hook after this one.
  const pageCache = options.pageCache && options.pageCache.maxBytes > 0 ? installPageCache(options.pageCache) : null;
  pageCache?.serveHits(app);
  await app.register(helmet, securityHeaders);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    done();
  });
  app.addHook('preValidation', dropEmptyNumbers);
  app.addHook('preValidation', screenParameters);
  installErrorHandling(app, site);
  installSitePageLinks(app, options.catalogue, site);
  // Assets in a context of their own: compressed as the client accepts (the page cache does its own).
  await app.register(async (assets) => {
    await assets.register(compress);
    await assets.register(fastifyStatic, {
      root: publicDir,
      prefix: '/assets/',
      cacheControl: false,
      // @fastify/static passes the raw response (its types say less): its request says which version was asked for.
      setHeaders: (res, path) => res.setHeader('cache-control', assetCacheControl((res as unknown as ServerResponse).req.url, path, site.assetVersion)),
    });
  });
  // The public reader routes share one context so the page cache applies to them and nothing else.
  await app.register(async (pages) => {
    pageCache?.storeMisses(pages);
    await pages.register(readerRoutes(options.catalogue, site));
    await pages.register(seoRoutes(options.catalogue, site));
    await pages.register(apiRoutes(options.catalogue, site));
    // Last: `/:slug` answers only what no other route of the reader site claims.
    await pages.register(sitePageRoutes(options.catalogue, site));
  });
  if (options.mediaFiles) await app.register(mediaRoutes(options.mediaFiles));
  if (options.feedback && !options.staticExport) {
    const { store, ...feedbackOptions } = options.feedback;
    await app.register(feedbackRoutes({ catalogue: options.catalogue, feedback: store }, site, feedbackOptions));
  }
  if (options.admin) {
    const { accounts, secureCookies, newsroom, onScheduleChanged, media } = options.admin;
    const feedbackThreshold = options.admin.feedbackThreshold ?? DEFAULT_FEEDBACK_THRESHOLD;
    const auth: AdminAuthOptions = { accounts, secureCookies, basePath: site.basePath };
    const readingTarget = options.config.readingGrade ?? DEFAULT_READING_GRADE;
    await app.register(sharedPreviewRoute(() => newsroom, options.catalogue, site));
    await adminContext(app, auth, async (admin) => {
      installAdminErrors(admin, site);
      // An editor who publishes and opens the page sees it at once, not after the cache's next check.
      if (pageCache) admin.addHook('onResponse', async (request) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') pageCache.checkSoon();
      });
      await admin.register(accountRoutes(accounts, site, auth));
      await admin.register(dashboardRoute(() => newsroom, site, feedbackThreshold));
      const names = namesFrom(accounts.stores.users);
      await admin.register(articlePages(() => newsroom, site, names, options.catalogue, readingTarget));
      await admin.register(revisionRoutes(() => newsroom, site, names));
      await admin.register(taxonomyRoutes(() => newsroom, site));
      await admin.register(sitePageAdminRoutes(() => newsroom, site));
      await admin.register(reviewRoutes(() => newsroom, feedbackThreshold));
      await admin.register(feedbackAdminRoutes(() => newsroom, site, feedbackThreshold));
      if (media) await admin.register(mediaAdminRoutes(() => media, site));
      await admin.register(previewRoutes(() => newsroom, options.catalogue, site));
      await admin.register(readabilityRoutes(() => newsroom, readingTarget));
      await admin.register(userAdminRoutes(accounts, site));
      await admin.register(adminApiRoutes(() => newsroom, names, readingTarget, site.country));
      await admin.register(governanceApiRoutes(() => newsroom, names, onScheduleChanged));
      await admin.register(workflowPages(() => newsroom, site, onScheduleChanged));
    });
  }
  if (options.search) {
    await app.register(searchRoutes(options.search, site, {
      perMinute: options.config.searchPerMinute ?? DEFAULT_SEARCH_PER_MINUTE,
      suggestPerMinute: options.config.suggestPerMinute ?? DEFAULT_SUGGEST_PER_MINUTE,
      ...(options.rateLimits ? { counter: options.rateLimits } : {}),
    }));
  }
  return app;
}

/**
 * A year, immutable, for the URL that names the file's current content (`?v=` its hash); a few
 * minutes for any other (no version, or an old page's): caching that URL for a year would keep
 * whatever content it met first.
 */
function assetCacheControl(url: string | undefined, file: string, versions: SiteContext['assetVersion']): string {
  const asked = new URLSearchParams((url ?? '').split('?')[1] ?? '').get('v');
  const current = typeof versions === 'string' ? versions : versions(relative(publicDir, file).split(sep).join('/'));
  return asked === current ? ASSET_CACHE_CONTROL : 'public, max-age=300';
}

/** A number of hops as the function Fastify's types take (the same rule Fastify applies to a number: the nearest `hops` proxies). */
function fastifyTrustProxy(setting: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

/**
 * What a request log line may say: method and path. No query string (it can hold what a reader
 * typed into search), no address, no headers: nothing that ties a reader to what they read.
 */
function privateRequestSummary(request: { method: string; url: string }) {
  return { method: request.method, path: request.url.split('?')[0] };
}
