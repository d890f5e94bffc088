import type { Command } from 'commander';
import { publishDue } from '../../app/newsroom/scheduling.js';
import { boot } from '../../boot.js';

/**
 * `healthpress publish-due`: publishes and unpublishes what has come due, then exits. For cron on
 * static-only sites (run it, then `healthpress build`), and safe beside running servers: each
 * publication happens exactly once, whoever gets to it first.
 */
export function registerPublishDueCommand(program: Command): void {
  program
    .command('publish-due')
    .description('publish and unpublish scheduled articles that have come due (for cron; safe beside a running server)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const booted = await boot(program.opts(), { existingDatabase: true });
      try {
        const { site, config } = booted;
        const report = await publishDue({
          newsroom: site.newsroom, previewLinks: site.previewLinks, taxonomy: site.taxonomy, feedback: site.feedback, related: site.related, audit: site.accounts.audit,
          clock: () => new Date(), clinicalReviewRequired: config.clinicalReviewRequired,
        });
        if (options.json) return console.log(JSON.stringify(report, null, 2));
        console.log(`published ${report.published.length}, unpublished ${report.unpublished.length}, held ${report.held.length}, already done elsewhere ${report.skipped.length}`);
        for (const held of report.held) console.log(`  article ${held.articleId} held: ${held.reason}`);
        if (report.held.length > 0) process.exitCode = 2;
      } finally {
        await booted.site.maintenance.close();
      }
    });
}
