import argon2 from 'argon2';
import { type PasswordContext, passwordProblems } from '../../accounts/password-rules.js';
import { invalid } from '../../errors.js';

/**
 * argon2id with OWASP's recommended minimum (Password Storage Cheat Sheet): 19 MiB of memory,
 * 2 passes, 1 lane — about 30–60 ms on a server core, so sign-in stays quick and each guess
 * costs an attacker with the database the same. docs/accounts.md explains the choice.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

/** Throws INVALID naming every problem with the password. */
export function checkPassword(password: string, context: PasswordContext, field = 'password'): void {
  const problems = passwordProblems(password, context, field);
  if (problems.length > 0) throw invalid(problems);
}

let dummy: Promise<string> | null = null;

/**
 * Verifies `password` against `hash`, or against a dummy hash with the same parameters when
 * there is none (unknown email, no password set): the answer takes the same time either way,
 * so the time of a refusal does not tell whether an account exists.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  dummy ??= argon2.hash('not the password of anyone', ARGON2_OPTIONS);
  const against = hash ?? (await dummy);
  try {
    const matches = await argon2.verify(against, password);
    return hash !== null && matches;
  } catch {
    // A malformed stored hash refuses; it must not turn into a 500 that tells it apart.
    return false;
  }
}
