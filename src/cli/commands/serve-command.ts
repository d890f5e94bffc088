import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { databaseLabel } from '../../config/config.js';
import { type Booted, boot } from '../../boot.js';
import { runPrimary } from './serve-cluster.js';

interface ServeOptions {
  host?: string;
  port?: string;
  baseUrl?: string;
  seedDemo?: boolean;
  log?: boolean;
  workers?: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the reader site and the JSON API')
    .option('--host <host>', 'interface to listen on (env HEALTHPRESS_HOST; default localhost)')
    .option('--port <port>', 'port (env HEALTHPRESS_PORT or PORT; default 3000; 0 picks a free one)')
    .option('--base-url <url>', 'public URL of the site, for canonical links (env HEALTHPRESS_BASE_URL)')
    .option('--seed-demo', 'import the bundled demo content when the database is empty')
    .option('--no-log', 'do not log requests')
    .option('--workers <n>', 'server processes sharing the port; 0 = one per CPU (env HEALTHPRESS_WORKERS; default 1: this process serves)')
    .action(async (options: ServeOptions) => {
      const overrides = {
        ...program.opts(),
        ...(options.host !== undefined ? { host: options.host } : {}),
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
      };
      if (cluster.isWorker) {
        await serve(await boot(overrides), options, false);
        return;
      }
      // The primary validates the configuration (--workers with the rest), migrates and seeds once, before any worker opens the file.
      const booted = await boot(overrides);
      const workers = booted.config.workers === 0 ? availableParallelism() : booted.config.workers;
      if (options.seedDemo) {
        const [{ seedDemo }, { MediaFiles }] = await Promise.all([import('../../app/seed-demo.js'), import('../../media/media-files.js')]);
        const media = { library: booted.site.media, files: new MediaFiles(booted.config.mediaDir), clock: () => new Date() };
        const report = await seedDemo(booted.site, { media });
        if (report) {
          const { sitePages, signedOff } = report.governance;
          console.log(`Empty database: loaded the demo content (${report.imported} articles, ${signedOff} signed off by sample reviewers, ${sitePages} site pages, 1 scheduled article) into ${databaseLabel(booted.config)}`);
        }
      }
      await announceFirstRunSetup(booted);
      if (workers === 1) {
        await serve(booted, options, true);
        return;
      }
      await booted.site.maintenance.close();
      runPrimary(workers);
    });
}

const accountsContext = ({ site, config }: Booted) => ({ stores: site.accounts, now: () => new Date(), siteName: config.siteName });

/** While no admin exists, a one-time link (expiring) that creates the first one in the browser. */
async function announceFirstRunSetup(booted: Booted): Promise<void> {
  if ((await booted.site.accounts.users.countActiveAdmins()) > 0) return;
  const { createSetupLink } = await import('../../app/accounts/one-time-links.js');
  const link = await createSetupLink(accountsContext(booted));
  const url = `${booted.config.baseUrl.replace(/\/+$/, '')}${link.path}`;
  console.log(`No admin account yet. Open this one-time link to create the first one (it expires ${link.expiresAt}):\n  ${url}`);
}

async function serve(booted: Booted, options: ServeOptions, announce: boolean): Promise<void> {
  const { config, site, search, contentVersion } = booted;
  const { buildApp } = await import('../../web/app.js');
  const { ScheduleRunner } = await import('../../app/newsroom/schedule-runner.js');
  const { MediaFiles } = await import('../../media/media-files.js');
  const mediaFiles = new MediaFiles(config.mediaDir);
  const newsroom = {
    newsroom: site.newsroom, previewLinks: site.previewLinks, taxonomy: site.taxonomy, feedback: site.feedback, related: site.related, audit: site.accounts.audit,
    clock: () => new Date(), clinicalReviewRequired: config.clinicalReviewRequired,
  };
  // Publications that fell due while nothing ran go out now; then a timer to the next one.
  const scheduler = new ScheduleRunner(newsroom, (message) => console.log(message));
  await scheduler.start();
  const app = await buildApp({
    catalogue: site.catalogue,
    search,
    rateLimits: site.rateLimits,
    config,
    logger: options.log !== false,
    pageCache: { contentVersion, maxBytes: config.pageCacheMb * 2 ** 20 },
    admin: {
      accounts: accountsContext(booted),
      secureCookies: config.baseUrl.startsWith('https:'),
      newsroom,
      media: { library: site.media, files: mediaFiles, clock: () => new Date() },
      onScheduleChanged: () => scheduler.wake(),
      feedbackThreshold: { minAnswers: config.feedbackReview.minAnswers, noShare: config.feedbackReview.noPercent / 100 },
    },
    feedback: { store: site.feedback, perHour: config.feedbackPerHour },
    mediaFiles,
  });
  const shutdown = async () => {
    scheduler.stop();
    await app.close();
    await site.maintenance.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const address = await app.listen({ host: config.host, port: config.port });
  // Under cluster the primary announces each worker once it listens.
  if (announce) console.log(`healthpress is serving ${address} (database ${databaseLabel(config)})`);
}
