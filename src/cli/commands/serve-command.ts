import type { Command } from 'commander';
import { boot } from '../../boot.js';
import { runImport } from '../../importers/import-runner.js';
import { markdownDirLoader } from '../../importers/markdown-dir.js';
import { demoContentDir } from '../../paths.js';
import { buildApp } from '../../web/app.js';

interface ServeOptions {
  host?: string;
  port?: string;
  baseUrl?: string;
  seedDemo?: boolean;
  log?: boolean;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the reader site and the JSON API')
    .option('--host <host>', 'interface to listen on (env HEALTHPRESS_HOST; default localhost)')
    .option('--port <port>', 'port (env HEALTHPRESS_PORT or PORT; default 3000; 0 picks a free one)')
    .option('--base-url <url>', 'public URL of the site, for canonical links (env HEALTHPRESS_BASE_URL)')
    .option('--seed-demo', 'import the bundled demo content when the database is empty')
    .option('--no-log', 'do not log requests')
    .action(async (options: ServeOptions) => {
      const { config, store, search } = await boot({
        ...program.opts(),
        ...(options.host !== undefined ? { host: options.host } : {}),
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      });
      if (options.seedDemo && (await store.isEmpty())) {
        const report = await runImport(store, markdownDirLoader, demoContentDir);
        console.log(`Empty database: loaded the demo content (${report.imported} articles) into ${config.dbPath}`);
      }
      const app = await buildApp({ store, search, config, logger: options.log !== false });
      const shutdown = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      const address = await app.listen({ host: config.host, port: config.port });
      console.log(`healthpress is serving ${address} (database ${config.dbPath})`);
    });
}
