import type { Command } from 'commander';
import type { AccountsContext } from '../../app/accounts/context.js';
import { type Booted, boot } from '../../boot.js';

/** Boots the site from the global flags (`--db`, `--database-url`), runs `work` with the accounts context, closes. */
export async function withAccounts<T>(program: Command, work: (context: AccountsContext, booted: Booted) => Promise<T>): Promise<T> {
  const booted = await boot(program.opts());
  try {
    return await work({ stores: booted.site.accounts, now: () => new Date(), siteName: booted.config.siteName }, booted);
  } finally {
    await booted.site.maintenance.close();
  }
}

/** Everything on standard input, less one trailing newline (what `echo` or a pipe adds). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Rows as aligned columns, a header first. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}
