import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { seedDemoGovernance } from '../app/demo-governance.js';
import type { Site } from '../app/site.js';
import type { TrustProxy } from '../config/config.js';
import type { Country } from '../content/care-card-wording.js';
import { runImport } from '../importers/import-runner.js';
import { markdownDirLoader } from '../importers/markdown-dir.js';
import { demoContentDir } from '../project-files.js';
import { SearchService } from '../search/search-service.js';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { buildApp } from '../web/app.js';
import { MediaFiles } from '../media/media-files.js';
import type { MediaPorts } from '../app/media/media-ports.js';
import { mediaImageImporter } from '../app/media/import-image.js';
import type { PageCacheOptions } from '../web/page-cache-hooks.js';
import type { FeedbackThreshold } from '../editorial/reader-feedback.js';

export interface RunningSite {
  app: FastifyInstance;
  /** The site's database, by port: tests write through `ports.ingest` and read back over HTTP. */
  ports: Site;
  search: SearchService;
  dbPath: string;
  /** The media store (files under a folder beside the database), as `serve` has it. */
  media: MediaPorts;
  /** Moves with every write readers can see (the change sequence, what the page cache polls). */
  contentVersion(): Promise<string>;
  /** http://127.0.0.1:<ephemeral port> */
  origin: string;
  close(): Promise<void>;
}

export interface DemoSiteOptions {
  excerptLength?: number;
  searchPerMinute?: number;
  suggestPerMinute?: number;
  /** HEALTHPRESS_TRUST_PROXY as `serve` reads it; off when left out. */
  trustProxy?: TrustProxy;
  /**
   * The page cache as `serve` runs it, polling the content version on every request by default
   * (so a test that writes and reads back never waits out the staleness bound); `false` turns it off.
   */
  pageCache?: Partial<Omit<PageCacheOptions, 'contentVersion'>> | false;
  /** A folder of Markdown articles to serve instead of the demo content. */
  contentDir?: string;
  /** The reading grade target (HEALTHPRESS_READING_GRADE); the server's default (8) when left out. */
  readingGrade?: number;
  /** Also serve the newsroom (/admin, /api/admin), as `serve` does; `now` is its clock (default: the real one). */
  admin?: {
    now?: () => Date;
    /** HEALTHPRESS_CLINICAL_REVIEW as `serve` reads it; default 'required'. Tests of other things publish without sign-off with 'off'. */
    clinicalReview?: 'required' | 'off';
    /** A schedule changed (the Admin API calls it, as `serve` wakes its scheduler). */
    onScheduleChanged?: () => void;
    feedbackThreshold?: FeedbackThreshold;
  };
  /** Whose services care cards name (HEALTHPRESS_COUNTRY); the app's default (uk) when left out. */
  country?: Country;
  /**
   * Also what `serve --seed-demo` adds after the articles (app/demo-governance.ts): the sample
   * reviewers' sign-offs, the four site pages and the scheduled article, at this seed time.
   */
  governance?: { now?: Date };
  /** Take reader feedback, as `serve` does: article pages carry the form (`perHour` defaults to 1000). */
  feedback?: { perHour?: number; now?: () => Date };
}

/** The real server on an ephemeral port over a real SQLite file holding the demo content. */
export async function startDemoSite(options: DemoSiteOptions = {}): Promise<RunningSite> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'healthpress-site-')), 'site.db');
  const { site: ports, contentVersion } = await openSqliteSite(dbPath);
  const media: MediaPorts = { library: ports.media, files: new MediaFiles(join(dirname(dbPath), 'media')), clock: options.admin?.now ?? (() => new Date()) };
  const search = new SearchService(ports.search);
  const report = await runImport(ports, markdownDirLoader, options.contentDir ?? demoContentDir, { images: mediaImageImporter(media) });
  if (report.failed.length) throw new Error(`demo content failed to import: ${JSON.stringify(report.failed)}`);
  if (options.governance) await seedDemoGovernance(ports, options.governance.now ?? new Date());
  const config = (baseUrl: string) => ({
    baseUrl,
    excerptLength: options.excerptLength ?? 50,
    siteName: 'Healthpress',
    searchPerMinute: options.searchPerMinute ?? 10_000,
    suggestPerMinute: options.suggestPerMinute ?? 10_000,
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    ...(options.readingGrade !== undefined ? { readingGrade: options.readingGrade } : {}),
    ...(options.country ? { country: options.country } : {}),
  });
  const pageCache = options.pageCache === false ? undefined : { contentVersion, maxBytes: 64 * 2 ** 20, checkEveryMs: 0, ...options.pageCache };
  const now = options.admin?.now ?? (() => new Date());
  const admin = options.admin
    ? { accounts: { stores: ports.accounts, now, siteName: 'Healthpress' }, secureCookies: false,
        media,
        newsroom: { newsroom: ports.newsroom, previewLinks: ports.previewLinks, taxonomy: ports.taxonomy, feedback: ports.feedback, related: ports.related, audit: ports.accounts.audit, clock: now,
          clinicalReviewRequired: options.admin.clinicalReview !== 'off' },
        ...(options.admin.onScheduleChanged ? { onScheduleChanged: options.admin.onScheduleChanged } : {}),
        ...(options.admin.feedbackThreshold ? { feedbackThreshold: options.admin.feedbackThreshold } : {}) }
    : undefined;
  const feedback = options.feedback
    ? { store: ports.feedback, perHour: options.feedback.perHour ?? 1000, ...(options.feedback.now ? { now: options.feedback.now } : {}) }
    : undefined;
  const appOptions = (baseUrl: string) => ({
    // Limits count in the database, as `serve` counts them.
    catalogue: ports.catalogue, search, rateLimits: ports.rateLimits, config: config(baseUrl), ...(pageCache ? { pageCache } : {}), ...(admin ? { admin } : {}), ...(feedback ? { feedback } : {}), mediaFiles: media.files,
  });
  let app = await buildApp(appOptions('http://127.0.0.1'));
  // The base URL must name the real port, which is known only after listening once.
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  await app.close();
  const origin = `http://127.0.0.1:${port}`;
  app = await buildApp(appOptions(origin));
  await app.listen({ host: '127.0.0.1', port });
  return {
    app,
    ports,
    search,
    dbPath,
    media,
    contentVersion,
    origin,
    async close() {
      await app.close();
      await ports.maintenance.close();
    },
  };
}
