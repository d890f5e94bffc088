import type { Command } from 'commander';
import { CLI } from '../../app/accounts/context.js';
import { addUser, changeRole, disableUser, listUsers } from '../../app/accounts/manage-users.js';
import { createResetLink } from '../../app/accounts/one-time-links.js';
import { printTable, readStdin, withAccounts } from './account-cli.js';

/** `healthpress user …`: the newsroom's accounts from the terminal (docs/accounts.md). The CLI acts as a trusted caller. */
export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage the newsroom\'s user accounts');

  user
    .command('add <email>')
    .description('add a user; the password is read from standard input')
    .requiredOption('--role <role>', 'contributor, reviewer, editor or admin')
    .option('--name <name>', 'the name shown in the newsroom')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (email: string, options: { role: string; name?: string; passwordStdin?: boolean }) => {
      // A password given as an argument would stay in the shell's history and the process list.
      if (!options.passwordStdin) throw new Error('--password-stdin: give the password on standard input, e.g. `healthpress user add … --password-stdin < file`');
      const password = await readStdin();
      await withAccounts(program, async (context) => {
        const added = await addUser(context, CLI, { email, role: options.role, password, ...(options.name ? { name: options.name } : {}) });
        console.log(`added ${added.email} (${added.role})`);
      });
    });

  user
    .command('list')
    .description('list the users')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withAccounts(program, async (context) => {
        const users = await listUsers(context, CLI);
        if (options.json) return console.log(JSON.stringify(users, null, 2));
        printTable(['id', 'email', 'name', 'role', 'status', 'created'],
          users.map((u) => [String(u.id), u.email, u.name, u.role, u.disabled ? 'disabled' : 'active', u.createdAt.slice(0, 10)]));
      });
    });

  user
    .command('role <email> <role>')
    .description('change a user\'s role')
    .action(async (email: string, role: string) => {
      await withAccounts(program, async (context) => {
        const changed = await changeRole(context, CLI, email, role);
        console.log(`${changed.email} is now ${changed.role}`);
      });
    });

  user
    .command('disable <email>')
    .description('disable a user: their sessions end and their API tokens stop working at once')
    .action(async (email: string) => {
      await withAccounts(program, async (context) => {
        const done = await disableUser(context, CLI, email);
        console.log(`disabled ${done.user.email}: ${done.sessionsEnded} session(s) ended, ${done.tokensRevoked} token(s) revoked`);
      });
    });

  user
    .command('reset-password <email>')
    .description('print a one-time link that sets a new password (there is no mail server: pass it on yourself)')
    .action(async (email: string) => {
      await withAccounts(program, async (context, booted) => {
        const link = await createResetLink(context, CLI, email);
        console.log(`One-time link for ${link.user.email}, valid until ${link.expiresAt}:`);
        console.log(`  ${booted.config.baseUrl.replace(/\/+$/, '')}${link.path}`);
      });
    });
}
