import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { progressBar } from '../progress-bar.js';
import { boot } from '../../boot.js';
import { databaseLabel } from '../../config/config.js';
import type { ExportSummary } from '../../export/static-export.js';

interface BuildOptions {
  out: string;
  baseUrl?: string;
  searchApi?: string;
  staticSearch?: boolean;
  full?: boolean;
  json?: boolean;
  workers?: number;
  watch?: boolean;
}

export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('write the whole site as static files, for any static host or CDN (see docs/static-export.md)')
    .requiredOption('--out <dir>', 'output folder; a rebuild renders only the pages an edit touched and writes only files that changed')
    .option('--base-url <url>', 'public URL the files will be served at, e.g. https://example.org/health/ (env HEALTHPRESS_BASE_URL)')
    .option('--search-api <url>', "a healthpress server whose /search the search forms submit to (default: the base URL)")
    .option('--static-search', 'build a Pagefind index so search works with no server at all (instead of --search-api)')
    .option('--full', 'render and write every page, even those unchanged since the last build')
    .option('--workers <n>', 'render on n worker threads, each with its own copy of the site (default 0: the main thread renders; on 2 cores workers did not pay, see docs/benchmarks.md)', (value: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError(`"${value}" is not a whole number from 0 to 64`);
      return n;
    })
    .option('--json', 'print the summary as JSON (with --watch: one JSON line per build)')
    .option('--watch', 'stay running: rebuild whenever the database changes, from any process (Ctrl-C stops)')
    .action(async (options: BuildOptions) => {
      const { config, site, search, contentVersion } = await boot({
        ...program.opts(),
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      }, { existingDatabase: true });
      const bar = progressBar('building {bar} {value}/{total} pages', options);
      try {
        const { buildOrWatch } = await import('../../app/build-or-watch.js');
        let watching = false;
        const stop = new AbortController();
        const request = {
          outDir: resolve(options.out),
          ...(options.searchApi !== undefined ? { searchApi: options.searchApi } : {}),
          ...(options.staticSearch ? { staticSearch: true } : {}),
          full: options.full === true,
          workers: options.workers ?? 0,
          watch: options.watch === true,
        };
        bar.start(1, 0);
        await buildOrWatch({ ports: site, search, config, contentVersion }, request, {
          onProgress: (done, discovered) => {
            bar.setTotal(discovered);
            bar.update(done);
          },
          onBuilt: (summary, rebuild) => {
            const report = { ...summary, baseUrl: config.baseUrl };
            if (rebuild) return console.log(options.json ? JSON.stringify(report) : formatRebuild(report));
            bar.stop();
            console.log(options.json ? JSON.stringify(report, null, options.watch ? undefined : 2) : formatSummary(report));
            if (summary.brokenLinks.length > 0) process.exitCode = 1;
          },
          onWatching: () => {
            watching = true;
            if (!options.json) console.error(`watching ${databaseLabel(config)} for changes (Ctrl-C stops)`);
            process.once('SIGINT', () => stop.abort());
            process.once('SIGTERM', () => stop.abort());
          },
        }, stop.signal).catch((error: unknown) => {
          if (!watching) throw error;
          console.error(`healthpress build --watch: ${error instanceof Error ? error.message : String(error)}`);
          process.exitCode = 1;
        });
      } finally {
        bar.stop();
        await site.maintenance.close();
      }
    });
}

function formatRebuild(report: ExportSummary): string {
  const links = report.brokenLinks.length ? `, ${report.brokenLinks.length} broken links` : '';
  return `rebuilt in ${report.durationMs} ms: ${report.rendered} pages rendered, ${report.written} written, ${report.deleted} deleted${links}`;
}

function formatSummary(report: ExportSummary & { baseUrl: string }): string {
  const lines = [
    `built ${report.outDir} for ${report.baseUrl}`,
    `files       ${report.files}`,
    `written     ${report.written}`,
    `unchanged   ${report.unchanged}`,
    `rendered    ${report.rendered} pages (the others were kept from the last build: nothing they show changed)`,
    `deleted     ${report.deleted}`,
    `time        ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  if (report.staticSearchPages !== undefined) lines.push(`search      Pagefind index of ${report.staticSearchPages} pages in pagefind/`);
  if (report.brokenLinks.length) {
    lines.push(`broken links ${report.brokenLinks.length}:`);
    for (const link of report.brokenLinks.slice(0, 20)) lines.push(`  ${link.path} (${link.status || 'query string'}) linked from ${link.linkedFrom}`);
  }
  return lines.join('\n');
}
