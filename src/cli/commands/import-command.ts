import { readdirSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { boot } from '../../boot.js';
import { progressBar } from '../progress-bar.js';
import type { ImportReport } from '../../importers/import-runner.js';
import { loaderKinds } from '../../importers/registry.js';

interface ImportOptions { includeUnanswered?: boolean; prune?: boolean; json?: boolean }

/** One subcommand per kind of source, each with its own help and only the options it takes. */
const KINDS: Array<{ kind: string; path: string; description: string; options: Array<[string, string]> }> = [
  { kind: 'medquad', path: '<tarball-or-folder>', description: 'import MedQuAD (the .tar.gz or its unpacked folder of XML files)',
    options: [['--include-unanswered', 'also add the questions whose answers were removed, as link-out pages']] },
  { kind: 'text', path: '<file-or-folder>', description: 'import plain-text pages (.txt): first line the title, numbered short lines headings', options: [] },
  { kind: 'markdown', path: '<folder>', description: 'import Markdown files with YAML front matter (the demo content\'s format; README "Markdown front matter")',
    options: [['--prune', 'unpublish the articles an earlier import of this folder wrote whose files are gone (410 Gone)']] },
];

export function registerImportCommand(program: Command): void {
  const command = program.command('import').description(`import content: ${loaderKinds.join(', ')} (see each one's --help)`);
  for (const { kind, path, description, options } of KINDS) {
    const sub = command.command(kind).description(description).argument(path, 'what to import');
    for (const [flag, help] of options) sub.option(flag, help);
    sub.option('--json', 'print the report as JSON').action((source: string, opts: ImportOptions) => runImportCommand(program, kind, source, opts));
  }
}

async function runImportCommand(program: Command, kind: string, path: string, options: ImportOptions): Promise<void> {
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
    if (report.files === 0) {
      // Nothing of this kind there: most often the wrong importer for the folder (issue 14).
      console.error(`healthpress: no ${kind} files found in ${path}.${suggestImporter(path, kind)}`);
      process.exitCode = 1;
    }
  } finally {
    bar?.stop();
    await site.maintenance.close();
  }
}

/** Which importer the files at `path` look like they are for, as a sentence; empty when none other fits. */
function suggestImporter(path: string, tried: string): string {
  const names = statSync(path).isDirectory() ? readdirSync(path, { recursive: true }).map(String) : [path];
  const count = (pattern: RegExp) => names.filter((name) => pattern.test(name)).length;
  const fits: Array<[string, number, string]> = [
    ['markdown', count(/\.md$/i), '.md'], ['text', count(/\.txt$/i), '.txt'], ['medquad', count(/\.(xml|tar\.gz|tgz)$/i), 'MedQuAD .xml'],
  ];
  const best = fits.filter(([kind, n]) => kind !== tried && n > 0).sort((a, b) => b[1] - a[1])[0];
  return best ? ` It holds ${best[1]} ${best[2]} file(s): try \`healthpress import ${best[0]} ${path}\`.` : '';
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
