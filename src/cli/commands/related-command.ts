import { type Command, InvalidArgumentError } from 'commander';
import { progressBar } from '../progress-bar.js';
import { boot } from '../../boot.js';
import type { RelatedReason } from '../../related/related-document.js';
import type { RefreshPhase, RefreshReport } from '../../related/related-service.js';
import type { RelatedListView } from '../../app/edit-related-list.js';

interface RelatedOptions {
  json?: boolean;
  position?: number;
  threads?: number;
}

function wholeNumberFrom1(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a whole number from 1`);
  return n;
}

const ACTIONS = ['rebuild', 'refresh', 'pin', 'exclude', 'unpin', 'show'] as const;
const USAGE = `related rebuild | related refresh | related <article> | related pin <article> <target> [--position n] | related exclude <article> <target> | related unpin <article> <target>`;

export function registerRelatedCommand(program: Command): void {
  program
    .command('related')
    .description('the "Recommended" lists: show one (slug or provenance id), rebuild all, pin, exclude or unpin')
    .usage('<article> | rebuild | refresh | pin|exclude|unpin <article> <target>')
    .argument('<action-or-article>', `${ACTIONS.filter((a) => a !== 'show').join(', ')}, or an article's slug or provenance id`)
    .argument('[args...]', 'the article and target for pin, exclude and unpin')
    .option('--json', 'print JSON')
    .option('--position <n>', 'pin: 1-based place in the list (default: after the other pins)', wholeNumberFrom1)
    .option('--threads <n>', 'rebuild: threads that rank, each with its own copy of the model (default: one per core from 4,000 articles)', wholeNumberFrom1)
    .action(async (first: string, rest: string[], options: RelatedOptions) => {
      const action = (ACTIONS as readonly string[]).includes(first) ? first : 'show';
      const args = action === 'show' && first !== 'show' ? [first, ...rest] : rest;
      const wanted = action === 'rebuild' || action === 'refresh' ? 0 : action === 'show' ? 1 : 2;
      if (args.length !== wanted) throw new Error(`related ${action}: expected ${wanted} argument(s), got ${args.length}\nusage: ${USAGE}`);
      const { site } = await boot(program.opts(), { existingDatabase: true });
      const [{ refreshRelated }, { editRelatedList, showRelatedList }] = await Promise.all([import('../../app/refresh-related.js'), import('../../app/edit-related-list.js')]);
      try {
        if (action === 'show') return print(await showRelatedList(site.related, args[0]!), options);
        const [article, target] = [args[0]!, args[1]!];
        const report =
          action === 'rebuild' || action === 'refresh'
            ? await withProgressBar(options, (onProgress) => refreshRelated(site.related, action, { ...(options.threads ? { threads: options.threads } : {}), onProgress }))
            : action === 'pin'
              ? await editRelatedList(site.related, { action, article, target, position: options.position ?? null })
              : await editRelatedList(site.related, { action: action === 'exclude' ? 'exclude' : 'unpin', article, target });
        console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
      } finally {
        await site.maintenance.close();
      }
    });
}

async function withProgressBar(options: RelatedOptions, work: (progress: (phase: RefreshPhase, done: number, total: number) => void) => Promise<RefreshReport>) {
  const bar = progressBar('{phase} {bar} {percentage}% | {value}/{total}', options);
  let current: RefreshPhase | null = null;
  try {
    return await work((phase, done, total) => {
      if (phase !== current) {
        if (current !== null) bar.stop();
        bar.start(total, done, { phase: phase.padEnd(8) });
        current = phase;
      }
      bar.update(done);
    });
  } finally {
    bar.stop();
  }
}

function print({ article, pending, entries }: RelatedListView, options: RelatedOptions): void {
  if (options.json) {
    console.log(JSON.stringify({ article, pending, related: entries.map(({ target, ...entry }) => ({ ...entry, ...target })) }, null, 2));
    return;
  }
  console.log(`Recommended for "${article.title}" (${article.slug}, ${article.provenanceId})${pending ? ' — out of date: run `healthpress related refresh`' : ''}`);
  if (entries.length === 0) console.log('  (no stored list)');
  for (const entry of entries) {
    const flags = entry.target.status !== 'published' ? ` [${entry.target.status}]` : '';
    console.log(`${String(entry.position).padStart(3)}. ${entry.score.toFixed(3)}  ${entry.target.title}${flags}  (${entry.target.topicName ?? 'no topic'}; ${entry.target.provenanceId})`);
    console.log(`       ${describeReason(entry.reason)}`);
  }
}

export function describeReason(reason: RelatedReason): string {
  const parts: string[] = [];
  if (reason.pinned) parts.push('pinned by an editor');
  if (reason.sameTopic) parts.push('same topic');
  if (reason.relatedTopic !== undefined) parts.push(`related topic (${reason.relatedTopic})`);
  if (reason.terms?.length) parts.push(`shared terms: ${reason.terms.join(', ')}`);
  if (reason.sameCategory) parts.push('same category');
  if (reason.sameQuestionType) parts.push('same question type');
  if (reason.sharedTags) parts.push(`${reason.sharedTags} shared tag(s)`);
  if (reason.fallback) parts.push(`fallback: ${reason.fallback}`);
  return parts.join(' · ') || '—';
}

function formatReport(report: RefreshReport): string {
  if (report.mode === 'none') return 'Recommended lists are up to date.';
  return `Recommended lists: ${report.recomputed} recomputed (${report.mode}, ${report.changed} changed articles) in ${(report.durationMs / 1000).toFixed(1)} s`;
}
