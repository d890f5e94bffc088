import { COMMON_PASSWORDS } from './common-passwords.js';

/**
 * What a password must be (NIST SP 800-63B's advice: length over composition rules, and no
 * password from the lists attackers try first). Pure; every problem is returned at once.
 */
export const PASSWORD_MIN = 12;
/** argon2 takes any length, but an unbounded one lets a client make every sign-in expensive. */
export const PASSWORD_MAX = 256;

export interface PasswordContext {
  /** The account's email: its local part and the whole address are refused as passwords. */
  email?: string;
  /** The site's name ("Healthpress"): a password made of it is the first thing tried. */
  siteName?: string;
}

const COMMON = new Set(COMMON_PASSWORDS);

/** Squeezes what people add to a weak password to make it "longer": case, separators, trailing digits and punctuation. */
function core(password: string): string {
  return password.toLowerCase().replace(/[\s._\-!@#$%^&*]+/g, '').replace(/\d+$/, '');
}

function isRepetitive(password: string): boolean {
  // "aaaaaaaaaaaa", "abcabcabcabc", "121212121212": a short unit repeated.
  for (let unit = 1; unit <= 4; unit++) {
    const piece = password.slice(0, unit);
    if (piece.repeat(Math.ceil(password.length / unit)).slice(0, password.length) === password) return true;
  }
  return isSequence(password);
}

function isSequence(password: string): boolean {
  // "123456789012", "abcdefghijkl", "987654321098": each character one more (or one less) than the last.
  const chars = [...password.toLowerCase()];
  const diffs = chars.slice(1).map((c, i) => (c === '0' && chars[i] === '9' ? 1 : c === '9' && chars[i] === '0' ? -1 : c.codePointAt(0)! - chars[i]!.codePointAt(0)!));
  return diffs.every((d) => d === 1) || diffs.every((d) => d === -1);
}

/** Every problem with `password`, each as `password: reason` (empty when it is acceptable). */
export function passwordProblems(password: string, context: PasswordContext = {}, field = 'password'): string[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return [`${field}: must be at least ${PASSWORD_MIN} characters (it has ${length})`];
  if (length > PASSWORD_MAX) return [`${field}: must be at most ${PASSWORD_MAX} characters`];
  const problems: string[] = [];
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(core(password))) problems.push(`${field}: is one of the most common passwords`);
  else if (isRepetitive(password)) problems.push(`${field}: is a repeated or sequential pattern`);
  const email = context.email?.toLowerCase();
  if (email) {
    const local = email.split('@')[0] ?? '';
    if (lower === email || (local.length >= 3 && core(password) === core(local))) problems.push(`${field}: must not be the email address`);
  }
  const site = context.siteName?.toLowerCase().replace(/\s+/g, '');
  if (site && site.length >= 3 && core(password).replace(/\d+/g, '') === site) problems.push(`${field}: must not be the site's name`);
  return problems;
}
