import type { Command } from 'commander';
import { sqliteBackups } from '../../boot.js';
import { loadConfig } from '../../config/config.js';

const ON_POSTGRES = 'the site runs on PostgreSQL: back it up with pg_dump and restore with pg_restore (see docs/operations.md)';

/**
 * `healthpress backup <file>` and `healthpress restore <file> [--force]`: the SQLite site through
 * SQLite's online backup API, safe while servers run (copying the .db file alone loses what its
 * WAL holds). The media folder is files: copy it beside the backup (docs/operations.md).
 */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description("write a consistent copy of the SQLite database to <file>, safe while the site is serving")
    .argument('<file>', 'where to write the backup (a SQLite file)')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const config = loadConfig(program.opts());
      if (config.databaseUrl) throw new Error(ON_POSTGRES);
      const { backupSqlite } = await sqliteBackups();
      const result = await backupSqlite(config.dbPath, file);
      if (options.json) return console.log(JSON.stringify({ database: config.dbPath, backup: file, ...result }));
      console.log(`backed up ${config.dbPath} to ${file} (${result.pages} pages, ${Math.round(result.bytes / 1024)} KiB); copy the media folder ${config.mediaDir} with it`);
    });

  program
    .command('restore')
    .description('put a backup made by `healthpress backup` back as the SQLite database (an existing one only with --force)')
    .argument('<file>', 'the backup to restore')
    .option('--force', 'replace the existing database, and everything written to it since the backup')
    .action(async (file: string, options: { force?: boolean }) => {
      const config = loadConfig(program.opts());
      if (config.databaseUrl) throw new Error(ON_POSTGRES);
      const { restoreSqlite } = await sqliteBackups();
      const result = await restoreSqlite(file, config.dbPath, { force: options.force === true });
      console.log(`restored ${file} into ${config.dbPath} (${result.pages} pages); running servers read the restored content at once`);
    });
}
