import { randomBytes } from 'node:crypto';
import { authorize } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import { formatSecret, looksLikeSecret, SECRET_BYTES } from '../../accounts/secrets.js';
import { type PreviewLinkLifetime, previewLinkExpiry, type StoredPreviewLink } from '../../editorial/preview-links.js';
import { forbidden, notFound } from '../../errors.js';
import { hashSecret } from '../accounts/secrets.js';
import { type NewsroomPorts, nowOf, openWorkingCopy, recordEvent } from './newsroom-ports.js';
import { previewForLink, type WorkingPreview } from './preview.js';

/** Where a shared preview opens, under the site's base path. */
export const sharedPreviewPath = (token: string): string => `/preview/${token}`;

export interface CreatedPreviewLink {
  link: StoredPreviewLink;
  /** The plain token, shown once: only its hash is stored. */
  token: string;
  path: string;
}

async function shareable(ports: NewsroomPorts, actor: Actor, articleId: number): Promise<void> {
  const copy = await openWorkingCopy(ports, articleId);
  const decision = authorize(actor, 'article.share-preview', { ownerId: copy.ownerUserId, everPublished: copy.everPublished });
  if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
}

/** A link that shows the article's latest saved revision to anyone holding it, until `lifetime` ends or it is revoked. */
export async function createPreviewLink(ports: NewsroomPorts, actor: Actor, articleId: number, lifetime: PreviewLinkLifetime): Promise<CreatedPreviewLink> {
  await shareable(ports, actor, articleId);
  const token = formatSecret('link', randomBytes(SECRET_BYTES));
  const now = nowOf(ports);
  const link = await ports.previewLinks.create({
    articleId, tokenHash: hashSecret(token), tokenHint: token.slice(-6), createdByUserId: actor.userId, createdAt: now, expiresAt: previewLinkExpiry(now, lifetime),
  });
  await recordEvent(ports, actor, 'article.preview-link-created', articleId, now, `link ${link.id}, until ${link.expiresAt}`);
  return { link, token, path: sharedPreviewPath(token) };
}

/** The article's links that still work, newest first. */
export async function listPreviewLinks(ports: NewsroomPorts, actor: Actor, articleId: number): Promise<StoredPreviewLink[]> {
  await shareable(ports, actor, articleId);
  return await ports.previewLinks.listActive(articleId, nowOf(ports));
}

/** Stops a link at once (NOT_FOUND when the article has no such working link). */
export async function revokePreviewLink(ports: NewsroomPorts, actor: Actor, articleId: number, linkId: number): Promise<void> {
  await shareable(ports, actor, articleId);
  const now = nowOf(ports);
  if (!(await ports.previewLinks.revoke(articleId, linkId, now))) throw notFound(`preview link ${linkId} of article ${articleId}`);
  await recordEvent(ports, actor, 'article.preview-link-revoked', articleId, now, `link ${linkId}`);
}

/**
 * What a shared link shows: the latest saved revision, for whoever holds the link. An unknown,
 * expired or revoked link is NOT_FOUND, the same answer for each, so a link reveals nothing.
 */
export async function openSharedPreview(ports: NewsroomPorts, token: string): Promise<WorkingPreview> {
  const gone = notFound('preview link');
  if (!looksLikeSecret(token)) throw gone;
  const link = await ports.previewLinks.findUsable(hashSecret(token), nowOf(ports));
  if (!link) throw gone;
  return await previewForLink(ports, link.articleId);
}
