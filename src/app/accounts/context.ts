import { randomBytes } from 'node:crypto';
import type { AccountStores } from '../../accounts/account-stores.js';
import { authorize, type Action } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import type { User } from '../../accounts/user-directory.js';
import { forbidden, notFound } from '../../errors.js';

/**
 * What every accounts use case takes: the ports (`site.accounts`), the clock, and optionally
 * the random source (tests pass a fixed one) and the site's name (refused as a password).
 */
export interface AccountsContext {
  stores: AccountStores;
  now: () => Date;
  random?: (size: number) => Uint8Array;
  siteName?: string;
}

/**
 * Who calls an admin use case: a signed-in actor, checked against policy.ts, or `'cli'`, the
 * person at the terminal. The CLI is trusted like a database shell: whoever can run it can
 * open the database file (or holds its URL) and could change any row directly. Its events are
 * recorded with no actor and the detail "via the CLI".
 */
export type Caller = Actor | 'cli';

export const CLI: Caller = 'cli';

/** Throws FORBIDDEN unless `caller` may take `action` (a site-wide one: not an article action). */
export function requirePermission(caller: Caller, action: Action): void {
  if (caller === 'cli') return;
  const decision = authorize(caller, action);
  if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
}

export const actorIdOf = (caller: Caller): number | null => (caller === 'cli' ? null : caller.userId);

/** The audit detail, marking what the CLI did. */
export const viaCaller = (caller: Caller, detail: string | null): string | null =>
  caller === 'cli' ? [detail, 'via the CLI'].filter(Boolean).join('; ') : detail;

export const nowIso = (context: AccountsContext): string => context.now().toISOString();

export const randomSource = (context: AccountsContext): ((size: number) => Uint8Array) => context.random ?? randomBytes;

/** A user named by id (the admin) or by email (the CLI). */
export type UserRef = number | string;

export async function findUser(context: AccountsContext, ref: UserRef): Promise<User> {
  const user = typeof ref === 'number' ? await context.stores.users.findById(ref) : await context.stores.users.findByEmail(ref);
  if (!user) throw notFound(typeof ref === 'number' ? `user ${ref}` : `user "${ref}"`);
  const { passwordHash: _, ...visible } = user;
  return visible;
}
