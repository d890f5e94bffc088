/**
 * The newsroom's roles, least to most powerful. A user has exactly one. What each may do is
 * declared in policy.ts, one line per rule.
 */
export const ROLES = ['contributor', 'reviewer', 'editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** `input` names where the value came from, e.g. `--role`. */
export function parseRole(value: string, input: string): Role {
  if (isRole(value)) return value;
  throw new Error(`${input}: unknown role "${value}" (one of: ${ROLES.join(', ')})`);
}

/** Who is acting: a signed-in user, or an integration's API token acting as its user. */
export interface Actor {
  userId: number;
  role: Role;
}
