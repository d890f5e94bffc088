import type { Command } from 'commander';
import { reviewDue } from '../../app/newsroom/review-queue.js';
import { boot } from '../../boot.js';
import { printTable } from './account-cli.js';

const STATUS_LABEL = { 'never-reviewed': 'never reviewed', overdue: 'overdue', 'due-soon': 'due soon', current: 'current' } as const;
const REASON_LABEL = { 'due-date': 'due date', 'reader-feedback': 'reader feedback' } as const;

/** `healthpress review due`: the articles that need a clinical review, as the dashboard will show them. */
export function registerReviewCommand(program: Command): void {
  const review = program.command('review').description('clinical review dates');
  review
    .command('due')
    .description('list published articles overdue for review, due soon, or never reviewed (most urgent first)')
    .option('--within <days>', 'also list what falls due within this many days', '30')
    .option('--interval <months>', "months between reviews for articles without their own interval or an import's due date (at most 36)", '12')
    .option('--topic <name>', 'only articles of this topic')
    .option('--reviewer <name>', 'only articles this reviewer signed off last (their name as readers see it)')
    .option('--json', 'print JSON')
    .action(async (options: { within: string; interval: string; topic?: string; reviewer?: string; json?: boolean }) => {
      const booted = await boot(program.opts(), { existingDatabase: true });
      try {
        const { minAnswers, noPercent } = booted.config.feedbackReview;
        const queue = await reviewDue(booted.site.newsroom, { now: new Date().toISOString(), withinDays: Number(options.within), intervalMonths: Number(options.interval),
            ...(options.topic ? { topic: options.topic } : {}), ...(options.reviewer ? { reviewer: options.reviewer } : {}) },
          { store: booted.site.feedback, threshold: { minAnswers, noShare: noPercent / 100 } });
        if (options.json) return console.log(JSON.stringify(queue, null, 2));
        if (queue.length === 0) return console.log(`Nothing is due for review within ${options.within} days.`);
        printTable(['status', 'due', 'last reviewed', 'reviewer', 'reason', 'readers (yes/no)', 'topic', 'title'],
          queue.map((e) => [STATUS_LABEL[e.status], e.due?.slice(0, 10) ?? '-', e.lastReviewedAt?.slice(0, 10) ?? '-', e.reviewerName ?? '-', e.reasons.map((r) => REASON_LABEL[r]).join(' + '),
            e.feedback ? `${e.feedback.yes}/${e.feedback.no}` : '-', e.topicName ?? '-', e.title]));
        const counts = (['never-reviewed', 'overdue', 'due-soon'] as const).map((status) => `${queue.filter((e) => e.status === status && e.reasons.includes('due-date')).length} ${STATUS_LABEL[status]}`);
        counts.push(`${queue.filter((e) => e.reasons.includes('reader-feedback')).length} flagged by reader feedback`);
        console.log(`\n${queue.length} article(s): ${counts.join(', ')}.`);
        for (const entry of queue.filter((e) => e.feedback && e.feedback.comments.length > 0)) {
          console.log(`\nWhat readers said of "${entry.title}" since its last review:`);
          for (const c of entry.feedback!.comments) console.log(`  ${c.day} (${c.helpful ? 'helpful' : 'not helpful'}): ${c.comment.replace(/\s+/g, ' ')}`);
        }
      } finally {
        await booted.site.maintenance.close();
      }
    });
}
