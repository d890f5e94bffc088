/**
 * The shapes of the secrets accounts hand out. Pure: the random bytes come from the caller
 * (app/accounts/secrets.ts passes node:crypto's). Only SHA-256 hashes of them are ever stored,
 * so a copy of the database opens no session and no API.
 */
export const SECRET_BYTES = 32;
/** Lets a leaked token be recognised by secret scanners, and a header be told from a session id. */
export const API_TOKEN_PREFIX = 'hp_';

export type SecretKind = 'session' | 'token' | 'link' | 'csrf';

/** The plain secret for `bytes` (32 random bytes): base64url, API tokens prefixed. */
export function formatSecret(kind: SecretKind, bytes: Uint8Array): string {
  if (bytes.length < SECRET_BYTES) throw new Error(`formatSecret: needs ${SECRET_BYTES} random bytes, got ${bytes.length}`);
  const body = Buffer.from(bytes).toString('base64url');
  return kind === 'token' ? `${API_TOKEN_PREFIX}${body}` : body;
}

/** Cheap shape check before hashing and looking up: refuses headers that could be no token. */
export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(API_TOKEN_PREFIX) && /^[A-Za-z0-9_-]{43}$/.test(value.slice(API_TOKEN_PREFIX.length));
}

export function looksLikeSecret(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
