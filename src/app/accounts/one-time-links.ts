import { displayName, emailProblems, nameProblems, normaliseEmail } from '../../accounts/identity.js';
import type { LinkPurpose } from '../../accounts/one-time-links.js';
import { passwordProblems } from '../../accounts/password-rules.js';
import { accountKey } from '../../accounts/sign-in-throttle.js';
import type { User } from '../../accounts/user-directory.js';
import { forbidden, invalid } from '../../errors.js';
import { type AccountsContext, actorIdOf, type Caller, findUser, nowIso, requirePermission, type UserRef, viaCaller } from './context.js';
import { siteName } from './manage-users.js';
import { hashPassword } from './passwords.js';
import { hashSecret, newSecret } from './secrets.js';

/** A link lives an hour: long enough to copy from a terminal into a browser, short if it leaks. */
export const LINK_LIFETIME_MS = 60 * 60 * 1000;

export interface CreatedLink {
  /** The plain token, shown once: only its hash is stored. */
  token: string;
  /** Under the site's base URL: `/admin/setup/<token>` or `/admin/reset/<token>`. */
  path: string;
  expiresAt: string;
}

const LINK_GONE = 'token: the link has expired or was already used; ask for a new one';

async function createLink(context: AccountsContext, purpose: LinkPurpose, userId: number | null): Promise<CreatedLink> {
  const token = newSecret(context, 'link');
  const now = context.now();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS).toISOString();
  await context.stores.links.create({ tokenHash: hashSecret(token), purpose, userId, createdAt: now.toISOString(), expiresAt });
  return { token, path: `/admin/${purpose}/${token}`, expiresAt };
}

/** The first-run link that creates the first admin; only while the site has no active admin. */
export async function createSetupLink(context: AccountsContext): Promise<CreatedLink> {
  if ((await context.stores.users.countActiveAdmins()) > 0) throw setupClosed();
  const link = await createLink(context, 'setup', null);
  await context.stores.audit.record({ at: nowIso(context), action: 'user.setup-link-created', actorUserId: null, subject: null, detail: null, clientIp: null });
  return link;
}

/** A password reset link for `target` (user.manage); there is no mail server, so the caller hands it over. */
export async function createResetLink(context: AccountsContext, caller: Caller, target: UserRef): Promise<CreatedLink & { user: User }> {
  requirePermission(caller, 'user.manage');
  const user = await findUser(context, target);
  if (user.disabled) throw invalid(['user: is disabled']);
  const link = await createLink(context, 'reset', user.id);
  await context.stores.audit.record({ at: nowIso(context), action: 'user.reset-link-created', actorUserId: actorIdOf(caller), subject: `user:${user.id}`, detail: viaCaller(caller, null), clientIp: null });
  return { ...link, user };
}

/** Whether a link can still be used: the admin shows its form only then. */
export async function linkUsable(context: AccountsContext, purpose: LinkPurpose, token: string): Promise<boolean> {
  return (await context.stores.links.findUsable(hashSecret(token), purpose, nowIso(context))) !== null;
}

export interface CompleteSetupInput {
  token: string;
  email: string;
  name?: string;
  password: string;
  clientIp?: string | null;
}

/** Creates the first admin from a setup link. Refused once an active admin exists, or when the link is used or expired. */
export async function completeSetup(context: AccountsContext, input: CompleteSetupInput): Promise<User> {
  const { users, links, audit } = context.stores;
  const email = normaliseEmail(input.email);
  const name = displayName(input.name, email);
  const problems = [...emailProblems(email), ...nameProblems(name), ...passwordProblems(input.password, { email, ...siteName(context) })];
  if (problems.length > 0) throw invalid(problems);
  if ((await users.countActiveAdmins()) > 0) throw setupClosed();
  const tokenHash = hashSecret(input.token);
  if (!(await links.findUsable(tokenHash, 'setup', nowIso(context)))) throw invalid([LINK_GONE]);
  if (await users.findByEmail(email)) throw invalid(['email: already belongs to a user']);
  const passwordHash = await hashPassword(input.password);
  // Consumed only now that nothing else can refuse: a typo must not burn the link.
  const now = nowIso(context);
  if (!(await links.consume(tokenHash, 'setup', now))) throw invalid([LINK_GONE]);
  const user = await users.create({ email, name, role: 'admin', passwordHash, now });
  if (!user) throw invalid(['email: already belongs to a user']);
  await audit.record({ at: now, action: 'user.created', actorUserId: null, subject: `user:${user.id}`, detail: 'role admin; first-run setup', clientIp: input.clientIp ?? null });
  return user;
}

/** Sets a new password from a reset link, and signs the user out everywhere (whoever knew the old one is out). */
export async function completeReset(context: AccountsContext, input: { token: string; password: string; clientIp?: string | null }): Promise<User> {
  const { users, links, sessions, attempts, audit } = context.stores;
  const tokenHash = hashSecret(input.token);
  const link = await links.findUsable(tokenHash, 'reset', nowIso(context));
  const user = link?.userId != null ? await users.findById(link.userId) : null;
  if (!link || !user || user.disabled) throw invalid([LINK_GONE]);
  const problems = passwordProblems(input.password, { email: user.email, ...siteName(context) });
  if (problems.length > 0) throw invalid(problems);
  const passwordHash = await hashPassword(input.password);
  const now = nowIso(context);
  if (!(await links.consume(tokenHash, 'reset', now))) throw invalid([LINK_GONE]);
  await users.setPasswordHash(user.id, passwordHash, now);
  await sessions.deleteForUser(user.id);
  // The owner proved who they are: the account's sign-in lock no longer protects anyone.
  await attempts.put(accountKey(user.email), null);
  await audit.record({ at: now, action: 'user.password-reset', actorUserId: user.id, subject: `user:${user.id}`, detail: null, clientIp: input.clientIp ?? null });
  return findUser(context, user.id);
}

const setupClosed = () => forbidden('setup', 'the site already has an admin; ask them for an account');
