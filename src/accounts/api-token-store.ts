import type { User } from './user-directory.js';

export interface ApiToken {
  id: number;
  userId: number;
  /** What it is for ("newsletter sync"). */
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ListedApiToken extends ApiToken {
  userEmail: string;
}

/**
 * API tokens: each acts as its user. A port (api-token-store.contract.ts). Only the SHA-256 of
 * a token is stored; `findActive` looks it up by that hash and answers only for tokens not
 * revoked whose user is not disabled.
 */
export interface ApiTokenStore {
  create(token: { userId: number; name: string; tokenHash: string; createdAt: string }): Promise<ApiToken>;
  findActive(tokenHash: string): Promise<{ token: ApiToken; user: User } | null>;
  find(id: number): Promise<ApiToken | null>;
  /** Newest first; one user's when `userId` is given. */
  list(userId?: number): Promise<ListedApiToken[]>;
  /** False when there is no such token or it was already revoked. */
  revoke(id: number, now: string): Promise<boolean>;
  revokeForUser(userId: number, now: string): Promise<number>;
  touch(id: number, lastUsedAt: string): Promise<void>;
}
