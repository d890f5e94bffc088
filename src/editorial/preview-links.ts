/**
 * Shareable preview links: someone without an account sees the working revision of one article
 * through a link an editor made, until it expires or is revoked. The link carries 256 random bits;
 * only their SHA-256 is stored (like sessions and API tokens), so a copy of the database opens no
 * preview, and revoking or expiring is a row the server checks on every request — which a
 * stateless signed URL could not offer.
 */
export interface StoredPreviewLink {
  id: number;
  articleId: number;
  tokenHash: string;
  /** The token's last characters, so editors can tell their links apart without the secret. */
  tokenHint: string;
  createdByUserId: number | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export type NewPreviewLink = Omit<StoredPreviewLink, 'id' | 'revokedAt'>;

/** A port (preview-links.contract.ts); every store implements it on SQLite and PostgreSQL. */
export interface PreviewLinkStore {
  create(link: NewPreviewLink): Promise<StoredPreviewLink>;
  /** The article's links not revoked and not expired at `now`, newest first. */
  listActive(articleId: number, now: string): Promise<StoredPreviewLink[]>;
  /** The link for this hash, when it is neither revoked nor expired at `now`. */
  findUsable(tokenHash: string, now: string): Promise<StoredPreviewLink | null>;
  /** False when the article has no such link, or it was already revoked. */
  revoke(articleId: number, linkId: number, now: string): Promise<boolean>;
}

/** How long a new link works: the choices the editor offers, shortest first (the default). */
export const PREVIEW_LINK_LIFETIMES = [
  { value: '1d', label: '1 day', hours: 24 },
  { value: '7d', label: '7 days', hours: 24 * 7 },
  { value: '30d', label: '30 days', hours: 24 * 30 },
] as const;

export type PreviewLinkLifetime = (typeof PREVIEW_LINK_LIFETIMES)[number]['value'];

/** When a link made at `now` for `lifetime` stops working. Pure. */
export function previewLinkExpiry(now: string, lifetime: PreviewLinkLifetime): string {
  const choice = PREVIEW_LINK_LIFETIMES.find((option) => option.value === lifetime) ?? PREVIEW_LINK_LIFETIMES[0];
  return new Date(Date.parse(now) + choice.hours * 3_600_000).toISOString();
}
