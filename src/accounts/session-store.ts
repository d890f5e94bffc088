import type { User } from './user-directory.js';

export interface StoredSession {
  /** SHA-256 of the session id; the id itself lives only in the browser's cookie. */
  idHash: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  /** The absolute end (session-rules.ts). */
  expiresAt: string;
  /** The session's CSRF secret, for the admin's forms. */
  csrfSecret: string;
  userAgent: string | null;
}

/**
 * Signed-in sessions. A port (session-store.contract.ts). `find` answers only for users who are
 * not disabled, so disabling a user ends their sessions at once, even before they are deleted.
 * Expiry is the use case's business (session-rules.ts): the store keeps what it is given.
 */
export interface SessionStore {
  create(session: StoredSession): Promise<void>;
  find(idHash: string): Promise<{ session: StoredSession; user: User } | null>;
  touch(idHash: string, lastSeenAt: string): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** "Sign out everywhere": how many were deleted. */
  deleteForUser(userId: number): Promise<number>;
  /** Housekeeping: sessions past their absolute end or idle since before `idleBefore`. */
  deleteExpired(now: string, idleBefore: string): Promise<number>;
}
