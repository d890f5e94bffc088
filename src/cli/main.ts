import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { forTerminal } from '../content/text-characters.js';
import { AppError } from '../errors.js';
import { registerBackupCommands } from './commands/backup-command.js';
import { registerBuildCommand } from './commands/build-command.js';
import { registerImportCommand } from './commands/import-command.js';
import { registerRelatedCommand } from './commands/related-command.js';
import { registerPublishDueCommand } from './commands/publish-due-command.js';
import { registerReviewCommand } from './commands/review-command.js';
import { registerSearchCommand } from './commands/search-command.js';
import { registerServeCommand } from './commands/serve-command.js';
import { registerStatsCommand } from './commands/stats-command.js';
import { registerTokenCommand } from './commands/token-command.js';
import { registerUserCommand } from './commands/user-command.js';
import { addHelpExamples } from './help-examples.js';
import { projectRoot } from '../project-files.js';

export function buildCli(): Command {
  const program = new Command()
    .name('healthpress')
    .description('Run a consumer-health information website: import, serve and inspect content.')
    .option('--db <path>', 'SQLite database file (env HEALTHPRESS_DB; default data/healthpress.db)')
    .option('--database-url <url>', 'run on PostgreSQL instead: postgres://… (env HEALTHPRESS_DATABASE_URL)')
    .version(packageVersion(), '-V, --version', 'print the version')
    // Every command's help lists --db and --database-url, which it takes like the program does.
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError();
  registerServeCommand(program);
  registerImportCommand(program);
  registerStatsCommand(program);
  registerSearchCommand(program);
  registerRelatedCommand(program);
  registerBuildCommand(program);
  registerUserCommand(program);
  registerTokenCommand(program);
  registerReviewCommand(program);
  registerPublishDueCommand(program);
  registerBackupCommands(program);
  addHelpExamples(program);
  return program;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Everything the commands print goes through `forTerminal`: a title holding `ESC ] 0 ; … BEL`
 * retitled the terminal of whoever ran `healthpress search` (issue 14). JSON output is unchanged
 * (JSON.stringify escapes control characters); progress bars write to the stream directly.
 */
function printOnlyText(): void {
  for (const name of ['log', 'error', 'warn', 'info'] as const) {
    const print = console[name].bind(console);
    console[name] = (...args: unknown[]) => print(...args.map((arg) => (typeof arg === 'string' ? forTerminal(arg) : arg)));
  }
}

export async function main(argv: string[]): Promise<void> {
  printOnlyText();
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof AppError && error.code === 'CONFIG_INVALID') {
      console.error(error.message);
      return;
    }
    console.error(`healthpress: ${error instanceof Error ? error.message : String(error)}`);
  }
}
