import { displayName, emailProblems, nameProblems, normaliseEmail } from '../../accounts/identity.js';
import { passwordProblems } from '../../accounts/password-rules.js';
import { isRole, ROLES, type Role } from '../../accounts/roles.js';
import type { User } from '../../accounts/user-directory.js';
import { invalid } from '../../errors.js';
import { type AccountsContext, actorIdOf, type Caller, findUser, nowIso, requirePermission, type UserRef, viaCaller } from './context.js';
import { hashPassword } from './passwords.js';

export interface AddUserInput {
  email: string;
  role: string;
  name?: string;
  /** Absent: the user sets one through a reset link (createResetLink). */
  password?: string;
}

/** Creates a user (user.manage). Throws INVALID naming every bad field, a taken email among them. */
export async function addUser(context: AccountsContext, caller: Caller, input: AddUserInput): Promise<User> {
  requirePermission(caller, 'user.manage');
  const email = normaliseEmail(input.email);
  const name = displayName(input.name, email);
  const problems = [...emailProblems(email), ...roleProblems(input.role), ...nameProblems(name)];
  if (input.password !== undefined) problems.push(...passwordProblems(input.password, { email, ...siteName(context) }));
  if (problems.length === 0 && (await context.stores.users.findByEmail(email))) problems.push('email: already belongs to a user');
  if (problems.length > 0) throw invalid(problems);
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const now = nowIso(context);
  const user = await context.stores.users.create({ email, name, role: input.role as Role, passwordHash, now });
  // Taken between the check and the insert.
  if (!user) throw invalid(['email: already belongs to a user']);
  await context.stores.audit.record({ at: now, action: 'user.created', actorUserId: actorIdOf(caller), subject: `user:${user.id}`, detail: viaCaller(caller, `role ${user.role}`), clientIp: null });
  return user;
}

/** Every user, by email (user.manage). */
export async function listUsers(context: AccountsContext, caller: Caller): Promise<User[]> {
  requirePermission(caller, 'user.manage');
  return context.stores.users.list();
}

/** Gives `target` a new role (user.manage); the last active admin keeps theirs, so the site is never without one. */
export async function changeRole(context: AccountsContext, caller: Caller, target: UserRef, role: string): Promise<User> {
  requirePermission(caller, 'user.manage');
  const problems = roleProblems(role);
  if (problems.length > 0) throw invalid(problems);
  const user = await findUser(context, target);
  if (user.role === role) return user;
  if (role !== 'admin') await keepOneAdmin(context, user, 'role: the last admin cannot lose the role; make another admin first');
  const now = nowIso(context);
  await context.stores.users.setRole(user.id, role as Role, now);
  await context.stores.audit.record({ at: now, action: 'user.role-changed', actorUserId: actorIdOf(caller), subject: `user:${user.id}`, detail: viaCaller(caller, `${user.role} → ${role}`), clientIp: null });
  return findUser(context, user.id);
}

/**
 * Disables `target` (user.manage): from this moment none of their sessions or tokens
 * authenticates (the stores check the flag on every lookup); the sessions are also deleted and
 * the tokens revoked, so enabling the user again later revives neither.
 */
export async function disableUser(context: AccountsContext, caller: Caller, target: UserRef): Promise<{ user: User; sessionsEnded: number; tokensRevoked: number }> {
  requirePermission(caller, 'user.manage');
  const user = await findUser(context, target);
  await keepOneAdmin(context, user, 'user: the last admin cannot be disabled; make another admin first');
  const now = nowIso(context);
  await context.stores.users.setDisabled(user.id, true, now);
  const sessionsEnded = await context.stores.sessions.deleteForUser(user.id);
  const tokensRevoked = await context.stores.tokens.revokeForUser(user.id, now);
  const detail = `${sessionsEnded} session(s) ended, ${tokensRevoked} token(s) revoked`;
  await context.stores.audit.record({ at: now, action: 'user.disabled', actorUserId: actorIdOf(caller), subject: `user:${user.id}`, detail: viaCaller(caller, detail), clientIp: null });
  return { user: await findUser(context, user.id), sessionsEnded, tokensRevoked };
}

function roleProblems(role: string): string[] {
  return isRole(role) ? [] : [`role: unknown role "${role}" (one of: ${ROLES.join(', ')})`];
}

async function keepOneAdmin(context: AccountsContext, user: User, problem: string): Promise<void> {
  if (user.role === 'admin' && !user.disabled && (await context.stores.users.countActiveAdmins()) <= 1) throw invalid([problem]);
}

export const siteName = (context: AccountsContext): { siteName?: string } => (context.siteName ? { siteName: context.siteName } : {});
