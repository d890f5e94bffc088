import type { Command } from 'commander';
import { reviewDue } from '../../app/newsroom/review-queue.js';
import { boot } from '../../boot.js';
import { printTable } from './account-cli.js';

const STATUS_LABEL = { 'never-reviewed': 'never reviewed', overdue: 'overdue', 'due-soon': 'due soon' } as const;

/** `healthpress review due`: the articles that need a clinical review, as the dashboard will show them. */
export function registerReviewCommand(program: Command): void {
  const review = program.command('review').description('clinical review dates');
  review
    .command('due')
    .description('list published articles overdue for review, due soon, or never reviewed (most urgent first)')
    .option('--within <days>', 'also list what falls due within this many days', '30')
    .option('--interval <months>', 'months between reviews (at most 36)', '12')
    .option('--json', 'print JSON')
    .action(async (options: { within: string; interval: string; json?: boolean }) => {
      const booted = await boot(program.opts());
      try {
        const queue = await reviewDue(booted.site.newsroom, { now: new Date().toISOString(), withinDays: Number(options.within), intervalMonths: Number(options.interval) });
        if (options.json) return console.log(JSON.stringify(queue, null, 2));
        if (queue.length === 0) return console.log(`Nothing is due for review within ${options.within} days.`);
        printTable(['status', 'due', 'last reviewed', 'topic', 'title'],
          queue.map((e) => [STATUS_LABEL[e.status], e.due?.slice(0, 10) ?? '-', e.lastReviewedAt?.slice(0, 10) ?? '-', e.topicName ?? '-', e.title]));
        const counts = Object.entries(STATUS_LABEL).map(([status, label]) => `${queue.filter((e) => e.status === status).length} ${label}`);
        console.log(`\n${queue.length} article(s): ${counts.join(', ')}.`);
      } finally {
        await booted.site.maintenance.close();
      }
    });
}
