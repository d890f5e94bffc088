import { normaliseEmail } from '../../accounts/identity.js';
import { PASSWORD_MAX } from '../../accounts/password-rules.js';
import type { Actor } from '../../accounts/roles.js';
import { looksLikeSecret } from '../../accounts/secrets.js';
import type { StoredSession } from '../../accounts/session-store.js';
import { dueForTouch, SESSION_IDLE_MS, sessionExpiresAt, sessionValid } from '../../accounts/session-rules.js';
import { ACCOUNT_RULES, accountKey, CLIENT_RULES, checkAttempt, clientKey, recordAttempt } from '../../accounts/sign-in-throttle.js';
import type { User } from '../../accounts/user-directory.js';
import { type AccountsContext, type Caller, findUser, nowIso, requirePermission, type UserRef, actorIdOf, viaCaller } from './context.js';
import { verifyPassword } from './passwords.js';
import { hashSecret, newSecret } from './secrets.js';

export interface SignInInput {
  email: string;
  password: string;
  /** The client's address, for the per-address throttle and the audit log. */
  clientIp: string;
  userAgent?: string | null;
}

/** The one answer to an unknown email, a wrong password and a disabled account alike. */
export const WRONG_CREDENTIALS = 'the email or password is wrong';

export type SignInResult =
  | { ok: true; user: User; actor: Actor; sessionId: string; csrfSecret: string; expiresAt: string }
  | { ok: false; reason: 'wrong-credentials'; message: string }
  | { ok: false; reason: 'throttled'; message: string; retryAfterSeconds: number };

/**
 * Email + password + client address → a new session (its plain id goes into the cookie, only
 * its hash into the database) or a refusal. Throttled per account and per address
 * (sign-in-throttle.ts); every outcome is audited.
 */
export async function signIn(context: AccountsContext, input: SignInInput): Promise<SignInResult> {
  const { users, sessions, attempts, audit } = context.stores;
  const now = context.now();
  const at = now.toISOString();
  const email = normaliseEmail(input.email);
  const keys = { account: accountKey(email), client: clientKey(input.clientIp) };
  const [accountState, clientState] = await Promise.all([attempts.get(keys.account), attempts.get(keys.client)]);
  const refusals = [checkAttempt(accountState, now), checkAttempt(clientState, now)].flatMap((d) => (d.allowed ? [] : [d.retryAfterSeconds]));
  const failed = (detail: string) => audit.record({ at, action: 'user.sign-in-failed', actorUserId: null, subject: `email:${email}`, detail, clientIp: input.clientIp });
  if (refusals.length > 0) {
    const retryAfterSeconds = Math.max(...refusals);
    await failed('throttled');
    return { ok: false, reason: 'throttled', retryAfterSeconds, message: `too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)` };
  }

  const user = email === '' ? null : await users.findByEmail(email);
  // An absurd length is refused without hashing it, but still after a full verification.
  const candidate = input.password.length > PASSWORD_MAX * 4 ? '' : input.password;
  const matches = await verifyPassword(user?.passwordHash ?? null, candidate);
  if (!user || !matches || user.disabled) {
    await attempts.put(keys.account, recordAttempt(accountState, 'failure', now, ACCOUNT_RULES));
    await attempts.put(keys.client, recordAttempt(clientState, 'failure', now, CLIENT_RULES));
    await failed(!user ? 'unknown email' : user.disabled ? 'disabled user' : user.passwordHash === null ? 'no password set' : 'wrong password');
    return { ok: false, reason: 'wrong-credentials', message: WRONG_CREDENTIALS };
  }

  // The client's count is left to decay: one good password from an address says nothing about its other attempts.
  await attempts.put(keys.account, null);
  const sessionId = newSecret(context, 'session');
  const csrfSecret = newSecret(context, 'csrf');
  const session: StoredSession = { idHash: hashSecret(sessionId), userId: user.id, createdAt: at, lastSeenAt: at, expiresAt: sessionExpiresAt(now), csrfSecret, userAgent: input.userAgent ?? null };
  await sessions.create(session);
  await audit.record({ at, action: 'user.signed-in', actorUserId: user.id, subject: `user:${user.id}`, detail: null, clientIp: input.clientIp });
  const { passwordHash: _, ...visible } = user;
  return { ok: true, user: visible, actor: { userId: user.id, role: user.role }, sessionId, csrfSecret, expiresAt: session.expiresAt };
}

export interface Authenticated {
  actor: Actor;
  user: User;
  session: StoredSession;
}

/**
 * The cookie's session id → who is signed in, or null (unknown, expired, idle too long, or the
 * user disabled). Slides last_seen_at at most once a minute, so a request is not a write.
 */
export async function authenticateSession(context: AccountsContext, sessionId: string): Promise<Authenticated | null> {
  if (!looksLikeSecret(sessionId)) return null;
  const { sessions } = context.stores;
  const idHash = hashSecret(sessionId);
  const found = await sessions.find(idHash);
  if (!found) return null;
  const now = context.now();
  if (!sessionValid(found.session, now)) {
    await sessions.delete(idHash);
    return null;
  }
  let session = found.session;
  if (dueForTouch(session.lastSeenAt, now)) {
    session = { ...session, lastSeenAt: now.toISOString() };
    await sessions.touch(idHash, session.lastSeenAt);
  }
  return { actor: { userId: found.user.id, role: found.user.role }, user: found.user, session };
}

/** Ends one session (the cookie's); unknown ids are fine: signing out twice is not an error. */
export async function signOut(context: AccountsContext, sessionId: string, clientIp: string | null = null): Promise<void> {
  if (!looksLikeSecret(sessionId)) return;
  const idHash = hashSecret(sessionId);
  const found = await context.stores.sessions.find(idHash);
  await context.stores.sessions.delete(idHash);
  if (found) await context.stores.audit.record({ at: nowIso(context), action: 'user.signed-out', actorUserId: found.user.id, subject: `user:${found.user.id}`, detail: null, clientIp });
}

/** Ends every session of `target` (default: the caller's own; anyone else's needs user.manage). How many ended. */
export async function signOutEverywhere(context: AccountsContext, caller: Caller, target?: UserRef): Promise<number> {
  const self = caller !== 'cli' && (target === undefined || target === caller.userId);
  if (!self) requirePermission(caller, 'user.manage');
  if (!self && target === undefined) throw new Error('signOutEverywhere: the CLI must name the user');
  const user = await findUser(context, self ? (caller as Actor).userId : target!);
  const ended = await context.stores.sessions.deleteForUser(user.id);
  await context.stores.audit.record({ at: nowIso(context), action: 'user.signed-out-everywhere', actorUserId: actorIdOf(caller), subject: `user:${user.id}`, detail: viaCaller(caller, `${ended} session(s)`), clientIp: null });
  return ended;
}

/** Housekeeping for a job or the server's start: deletes sessions that can no longer authenticate. */
export async function deleteExpiredSessions(context: AccountsContext): Promise<number> {
  const now = context.now();
  return context.stores.sessions.deleteExpired(now.toISOString(), new Date(now.getTime() - SESSION_IDLE_MS).toISOString());
}
