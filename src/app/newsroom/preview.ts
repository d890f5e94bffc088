import type { Actor } from '../../accounts/roles.js';
import { applyPatch, type FieldsPatch } from '../../editorial/article-draft.js';
import type { WorkingCopy } from '../../editorial/newsroom.js';
import { type ArticlePreview, previewArticle } from '../../editorial/preview-article.js';
import { notFound } from '../../errors.js';
import { getArticleForEditing } from './edit-article.js';
import { type NewsroomPorts, nowOf } from './newsroom-ports.js';

export interface WorkingPreview extends ArticlePreview {
  /** The working revision previewed (with `patch`, the one the unsaved fields start from). */
  revision: number;
  /** The live slug while readers can see the article: its prev/next and Recommended lists are the reader's. */
  liveSlug: string | null;
}

/**
 * The reader's view of the working revision, or of the editor's unsaved fields laid over it
 * (`patch`, the live preview while typing). Whoever may view the article may preview it; nothing
 * is written, so a preview never costs a revision.
 */
export async function previewWorkingRevision(ports: NewsroomPorts, actor: Actor, articleId: number, patch?: FieldsPatch): Promise<WorkingPreview> {
  const { copy } = await getArticleForEditing(ports, actor, articleId);
  return await previewOfCopy(ports, articleId, copy, patch);
}

/** The same, for a shared preview link: the link itself is the permission (checked by the caller). */
export async function previewForLink(ports: NewsroomPorts, articleId: number): Promise<WorkingPreview> {
  const copy = await ports.newsroom.workingCopy(articleId);
  if (!copy) throw notFound(`article ${articleId}`);
  return await previewOfCopy(ports, articleId, copy);
}

/** The preview of a working copy the caller already opened for someone allowed to view it (getArticleForEditing). */
export async function previewOfCopy(ports: NewsroomPorts, articleId: number, copy: WorkingCopy, patch?: FieldsPatch): Promise<WorkingPreview> {
  const live = await ports.newsroom.liveArticle(articleId);
  if (!live) throw notFound(`article ${articleId}`);
  const fields = patch ? applyPatch(copy.working.fields, patch, { everPublished: copy.everPublished }) : copy.working.fields;
  return {
    ...previewArticle(articleId, fields, live, nowOf(ports)),
    revision: copy.working.number,
    liveSlug: copy.isLive ? copy.liveSlug : null,
  };
}
