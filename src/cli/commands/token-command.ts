import type { Command } from 'commander';
import { createToken, listTokens, revokeToken } from '../../app/accounts/api-tokens.js';
import { CLI } from '../../app/accounts/context.js';
import { printTable, withAccounts } from './account-cli.js';

/** `healthpress token …`: API tokens for integrations; each acts with its user's role (docs/admin-api.md). */
export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('manage API tokens for the Admin API');

  token
    .command('create')
    .description('create a token acting as a user; it is printed once and never again')
    .requiredOption('--user <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for')
    .option('--json', 'print { "token": … } only')
    .action(async (options: { user: string; name?: string; json?: boolean }) => {
      await withAccounts(program, async (context) => {
        const created = await createToken(context, CLI, { user: options.user, ...(options.name ? { name: options.name } : {}) });
        if (options.json) return console.log(JSON.stringify({ token: created.token, id: created.record.id }));
        console.log(`Token ${created.record.id} ("${created.record.name}") for ${created.user.email} (${created.user.role}). Copy it now: it cannot be shown again.`);
        console.log(`  ${created.token}`);
      });
    });

  token
    .command('list')
    .description('list the tokens (never their secrets)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withAccounts(program, async (context) => {
        const tokens = await listTokens(context, CLI);
        if (options.json) return console.log(JSON.stringify(tokens, null, 2));
        printTable(['id', 'name', 'user', 'created', 'last used', 'revoked'],
          tokens.map((t) => [String(t.id), t.name, t.userEmail, t.createdAt.slice(0, 16), t.lastUsedAt?.slice(0, 16) ?? '-', t.revokedAt?.slice(0, 16) ?? '-']));
      });
    });

  token
    .command('revoke <id>')
    .description('revoke a token: it stops working at once')
    .action(async (id: string) => {
      await withAccounts(program, async (context) => {
        const revoked = await revokeToken(context, CLI, Number(id));
        console.log(revoked ? `revoked token ${id}` : `token ${id} was already revoked`);
      });
    });
}
