import type { Command } from 'commander';
import { databaseLabel } from '../../config/config.js';
import { boot } from '../../boot.js';

export function registerStatsCommand(program: Command): void {
  program
    .command('stats')
    .description('print how many articles, topics and categories the database holds')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { site, config } = await boot(program.opts(), { existingDatabase: true });
      try {
        const stats = await site.maintenance.stats();
        if (options.json) {
          console.log(JSON.stringify({ database: databaseLabel(config), ...stats }, null, 2));
          return;
        }
        console.log(`database    ${databaseLabel(config)}`);
        console.log(`articles    ${stats.articles} (${stats.publishedArticles} published, ${stats.answeredArticles} with an answer)`);
        console.log(`topics      ${stats.topics}`);
        console.log(`categories  ${stats.categories}`);
        console.log(`tags        ${stats.tags}`);
        for (const [source, n] of Object.entries(stats.articlesBySource)) console.log(`  ${source.padEnd(40)} ${n}`);
      } finally {
        await site.maintenance.close();
      }
    });
}
