/** What a one-time link is for: the first admin's setup, or a password reset. */
export type LinkPurpose = 'setup' | 'reset';

export interface OneTimeLink {
  /** SHA-256 of the token in the link. */
  tokenHash: string;
  purpose: LinkPurpose;
  /** The user whose password it resets; null for setup. */
  userId: number | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/**
 * Expiring, single-use links (there is no mail server: the CLI prints them). A port
 * (one-time-links.contract.ts). `consume` is atomic: of two concurrent uses, one wins.
 */
export interface OneTimeLinks {
  create(link: Omit<OneTimeLink, 'usedAt'>): Promise<void>;
  /** The link when it exists for `purpose`, is unused and has not expired at `now`. */
  findUsable(tokenHash: string, purpose: LinkPurpose, now: string): Promise<OneTimeLink | null>;
  /** Marks it used; the link as it was, or null when it was not usable. */
  consume(tokenHash: string, purpose: LinkPurpose, now: string): Promise<OneTimeLink | null>;
}
