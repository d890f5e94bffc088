import { type Command, InvalidArgumentError } from 'commander';
import { boot } from '../../boot.js';
import { progressBar } from '../progress-bar.js';
import type { ImportReport } from '../../importers/import-runner.js';
import { loaderKinds } from '../../importers/registry.js';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import content: medquad (tarball or folder), text (plain-text pages), markdown (folder with front matter)')
    .argument('<kind>', `one of: ${loaderKinds.join(', ')}`, (kind: string) => {
      if (!loaderKinds.includes(kind)) throw new InvalidArgumentError(`unknown kind "${kind}" (use ${loaderKinds.join(', ')})`);
      return kind;
    })
    .argument('<path>', 'file or folder to import')
    .option('--include-unanswered', 'medquad: also add the questions whose answers were removed, as link-out pages')
    .option('--prune', 'unpublish the articles an earlier import of this source wrote whose files are gone')
    .option('--json', 'print the report as JSON')
    .action(async (kind: string, path: string, options: { includeUnanswered?: boolean; prune?: boolean; json?: boolean }) => {
      const [{ checkImportSource, importContent }, { importSucceeded }] = await Promise.all([import('../../app/import-content.js'), import('../../importers/import-runner.js')]);
      // Before opening the database: a mistyped path creates no database file.
      checkImportSource(path);
      const { site, config } = await boot(program.opts());
      const newsroom = {
        newsroom: site.newsroom, previewLinks: site.previewLinks, taxonomy: site.taxonomy, feedback: site.feedback, related: site.related, audit: site.accounts.audit,
        clock: () => new Date(), clinicalReviewRequired: config.clinicalReviewRequired,
      };
      const { MediaFiles } = await import('../../media/media-files.js');
      const media = { library: site.media, files: new MediaFiles(config.mediaDir), clock: () => new Date() };
      const bar = process.stderr.isTTY || !options.json ? progressBar('importing {bar} {percentage}% | {value}/{total} files | {file}', options) : null;
      let started = false;
      try {
        const report = await importContent(site, { kind, path, includeUnanswered: options.includeUnanswered === true, prune: options.prune === true, media }, {
          onFile: ({ done, total, file }) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, 0, { file: '' });
              started = true;
            }
            bar.update(done, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
          },
        }, newsroom);
        bar?.stop();
        console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
        if (!importSucceeded(report)) process.exitCode = 1;
      } finally {
        bar?.stop();
        await site.maintenance.close();
      }
    });
}

function formatReport(report: ImportReport): string {
  const lines = [
    `Imported from ${report.path} (${report.kind}) in ${(report.durationMs / 1000).toFixed(1)} s, ${report.files} files:`,
    `  imported   ${report.imported}`,
    `  updated    ${report.updated}`,
    `  unchanged  ${report.unchanged}`,
    `  scheduled  ${report.scheduled.length}`,
    `  pruned     ${report.pruned.length}`,
    `  skipped    ${report.skipped.length}`,
    `  failed     ${report.failed.length}`,
  ];
  if (report.stopped) lines.push(`Stopped: ${report.stopped}; the files after the last batch were not read.`);
  if (report.related && report.related.mode !== 'none') {
    lines.push(`Recommended lists: ${report.related.recomputed} recomputed (${report.related.mode}) in ${(report.related.durationMs / 1000).toFixed(1)} s`);
  }
  const reasons = new Map<string, number>();
  for (const skip of report.skipped) reasons.set(skip.reason, (reasons.get(skip.reason) ?? 0) + 1);
  if (reasons.size) {
    lines.push('Skipped:');
    for (const [reason, n] of reasons) lines.push(`  ${n} × ${reason}`);
  }
  if (report.scheduled.length) {
    lines.push('Scheduled (their publication date is still to come; see the admin\'s scheduled articles):');
    for (const item of report.scheduled.slice(0, 50)) lines.push(`  ${item.file}: publish at ${item.publishAt}`);
  }
  if (report.pruned.length) {
    lines.push('Pruned (their files are gone; readers now get 410 Gone):');
    for (const article of report.pruned) lines.push(`  /articles/${article.slug} (${article.title})`);
  }
  if (report.pruneRefused) lines.push(`Not pruned: ${report.pruneRefused}`);
  if (report.prunable > 0) {
    lines.push(`${report.prunable} article(s) imported from here earlier have no file any more; to unpublish them: healthpress import ${report.kind} ${report.path} --prune`);
  }
  if (report.warnings.length) {
    lines.push('Warnings:');
    for (const warning of report.warnings.slice(0, 50)) lines.push(`  ${warning.file}: ${warning.message}`);
    if (report.warnings.length > 50) lines.push(`  … and ${report.warnings.length - 50} more (use --json for all)`);
  }
  if (report.failed.length) {
    lines.push('Failed:');
    for (const failure of report.failed.slice(0, 50)) lines.push(`  ${failure.file}: ${failure.reason}`);
    if (report.failed.length > 50) lines.push(`  … and ${report.failed.length - 50} more (use --json for all)`);
  }
  return lines.join('\n');
}
