import type { Command } from 'commander';

/**
 * A few real command lines per command, shown under its --help: people learn a CLI from examples
 * more than from option lists. Keyed by the command's path ("review due").
 */
const EXAMPLES: Record<string, string[]> = {
  serve: ['healthpress serve --seed-demo                 # the demo site on http://localhost:3000', 'healthpress serve --workers 2 --port 8080'],
  'import medquad': ['healthpress import medquad medquad-xml.tar.gz', 'healthpress import medquad medquad/ --include-unanswered --json'],
  'import text': ['healthpress import text pages/', 'healthpress import text page.txt --db data/site.db'],
  'import markdown': ['healthpress import markdown content/demo', 'healthpress import markdown articles/ --prune'],
  stats: ['healthpress stats', 'healthpress stats --json --db data/site.db'],
  search: ['healthpress search "what causes back pain after a miscarriage?"', 'printf "flu vaccine\\nhigh blood pressure\\n" | healthpress search --stdin --limit 3'],
  related: ['healthpress related causes-of-insomnia', 'healthpress related rebuild', 'healthpress related pin causes-of-insomnia tips-for-better-sleep'],
  build: ['healthpress build --out public --base-url https://example.org/', 'healthpress build --watch --out public --base-url https://example.org/'],
  'user add': ['healthpress user add editor@example.org --role editor'],
  'token create': ['healthpress token create --user editor@example.org --json'],
  'review due': ['healthpress review due --within 60', 'healthpress review due --json'],
  backup: ['healthpress backup backups/site-$(date +%F).db', 'healthpress backup /mnt/backup/site.db --db data/healthpress.db'],
  restore: ['healthpress restore backups/site-2026-12-01.db --force'],
  'publish-due': ['healthpress publish-due            # from cron, every minute', 'healthpress publish-due --json'],
};

const commandPath = (command: Command): string => {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
};

/** Adds an "Examples:" section to the help of every command that has some, at any depth. */
export function addHelpExamples(program: Command): void {
  const visit = (command: Command) => {
    const examples = EXAMPLES[commandPath(command)];
    if (examples) command.addHelpText('after', `\nExamples:\n${examples.map((line) => `  $ ${line}`).join('\n')}`);
    command.commands.forEach(visit);
  };
  program.commands.forEach(visit);
}
