import { createHash } from 'node:crypto';
import { formatSecret, SECRET_BYTES, type SecretKind } from '../../accounts/secrets.js';
import { type AccountsContext, randomSource } from './context.js';

/** A new plain secret of `kind`: 32 random bytes, base64url (API tokens prefixed `hp_`). */
export function newSecret(context: AccountsContext, kind: SecretKind): string {
  return formatSecret(kind, randomSource(context)(SECRET_BYTES));
}

/**
 * What the database keeps instead of a secret. SHA-256 without salt or stretching is enough
 * here, unlike for passwords: the secrets are 256 random bits, so there is nothing to guess.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
