import type { ApiToken, ListedApiToken } from '../../accounts/api-token-store.js';
import { nameProblems } from '../../accounts/identity.js';
import type { Actor } from '../../accounts/roles.js';
import { looksLikeApiToken } from '../../accounts/secrets.js';
import { dueForTouch } from '../../accounts/session-rules.js';
import type { User } from '../../accounts/user-directory.js';
import { invalid, notFound } from '../../errors.js';
import { type AccountsContext, actorIdOf, type Caller, findUser, nowIso, requirePermission, type UserRef, viaCaller } from './context.js';
import { hashSecret, newSecret } from './secrets.js';

/** Creates an API token acting as `user` (token.manage). The plain token is in the answer once and nowhere else. */
export async function createToken(context: AccountsContext, caller: Caller, input: { user: UserRef; name?: string }): Promise<{ token: string; record: ApiToken; user: User }> {
  requirePermission(caller, 'token.manage');
  const name = (input.name ?? '').trim() || 'API token';
  const problems = nameProblems(name);
  if (problems.length > 0) throw invalid(problems);
  const user = await findUser(context, input.user);
  if (user.disabled) throw invalid(['user: is disabled']);
  const token = newSecret(context, 'token');
  const now = nowIso(context);
  const record = await context.stores.tokens.create({ userId: user.id, name, tokenHash: hashSecret(token), createdAt: now });
  await context.stores.audit.record({ at: now, action: 'token.created', actorUserId: actorIdOf(caller), subject: `token:${record.id}`, detail: viaCaller(caller, `"${name}" for user:${user.id}`), clientIp: null });
  return { token, record, user };
}

/** Every token, newest first, or one user's (token.manage). Never the secrets: only their hashes are stored. */
export async function listTokens(context: AccountsContext, caller: Caller, user?: UserRef): Promise<ListedApiToken[]> {
  requirePermission(caller, 'token.manage');
  return context.stores.tokens.list(user === undefined ? undefined : (await findUser(context, user)).id);
}

/** Revokes a token (token.manage): it stops authenticating at once. False when it already was revoked. */
export async function revokeToken(context: AccountsContext, caller: Caller, id: number): Promise<boolean> {
  requirePermission(caller, 'token.manage');
  if (!Number.isInteger(id) || id < 1) throw invalid([`id: "${id}" is not a token id`]);
  if (!(await context.stores.tokens.find(id))) throw notFound(`token ${id}`);
  const now = nowIso(context);
  const revoked = await context.stores.tokens.revoke(id, now);
  if (revoked) await context.stores.audit.record({ at: now, action: 'token.revoked', actorUserId: actorIdOf(caller), subject: `token:${id}`, detail: viaCaller(caller, null), clientIp: null });
  return revoked;
}

/**
 * An Authorization header's value (`Bearer hp_…`, or the bare token) → the actor it acts as,
 * or null (unknown, revoked, or its user disabled). last_used_at moves at most once a minute.
 */
export async function authenticateToken(context: AccountsContext, header: string): Promise<{ actor: Actor; user: User; token: ApiToken } | null> {
  const plain = header.trim().replace(/^Bearer\s+/i, '');
  if (!looksLikeApiToken(plain)) return null;
  const found = await context.stores.tokens.findActive(hashSecret(plain));
  if (!found) return null;
  const now = context.now();
  let token = found.token;
  if (dueForTouch(token.lastUsedAt, now)) {
    const lastUsedAt = now.toISOString();
    token = { ...token, lastUsedAt };
    await context.stores.tokens.touch(token.id, lastUsedAt);
  }
  return { actor: { userId: found.user.id, role: found.user.role }, user: found.user, token };
}
