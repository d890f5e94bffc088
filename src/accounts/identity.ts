/**
 * Email addresses and display names as the accounts core accepts them. Pure: every problem is
 * returned as `field: reason`, all at once, for `invalid([...])` to carry.
 */

/** Lowercased and trimmed: one account per address, however it is typed. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export const EMAIL_MAX = 254;
export const NAME_MAX = 100;

// Deliberately loose (one @, a dot in the domain, no spaces): the only real test of an address
// is a link sent to it, and a too-strict pattern refuses real people.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Problems with an already normalised email, as `email: reason`. */
export function emailProblems(email: string, field = 'email'): string[] {
  if (email === '') return [`${field}: is required`];
  if (email.length > EMAIL_MAX) return [`${field}: must be at most ${EMAIL_MAX} characters`];
  if (!EMAIL_SHAPE.test(email)) return [`${field}: "${email}" is not an email address`];
  return [];
}

/** A display name, trimmed; empty means "use the email's local part". */
export function displayName(raw: string | undefined, email: string): string {
  const name = (raw ?? '').trim().replace(/\s+/g, ' ');
  return name === '' ? email.split('@')[0]! : name;
}

export function nameProblems(name: string, field = 'name'): string[] {
  const problems: string[] = [];
  if (name.length > NAME_MAX) problems.push(`${field}: must be at most ${NAME_MAX} characters`);
  // Control characters in a name would end up in logs and the admin's HTML.
  if (/[\u0000-\u001f\u007f]/.test(name)) problems.push(`${field}: must not contain control characters`);
  return problems;
}
