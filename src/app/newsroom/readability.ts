import type { Actor } from '../../accounts/roles.js';
import { applyPatch, type FieldsPatch } from '../../editorial/article-draft.js';
import type { Revision } from '../../editorial/newsroom.js';
import { measureReadability, type ReadabilityReport } from '../../editorial/readability.js';
import { getArticleForEditing } from './edit-article.js';
import type { NewsroomPorts } from './newsroom-ports.js';

/** A revision's readability: as stored when it was written, or measured now for one written before that was kept. */
export function readabilityOf(revision: Pick<Revision, 'readability' | 'fields'>): ReadabilityReport {
  return revision.readability ?? measureReadability(revision.fields.bodyMarkdown);
}

/**
 * The readability of the editor's unsaved fields laid over the working revision (the panel that
 * follows typing), for whoever may view the article, as the live preview is. Nothing is written.
 */
export async function measureUnsavedFields(ports: NewsroomPorts, actor: Actor, articleId: number, patch: FieldsPatch): Promise<{ revision: number; report: ReadabilityReport }> {
  const { copy } = await getArticleForEditing(ports, actor, articleId);
  const fields = applyPatch(copy.working.fields, patch, { everPublished: copy.everPublished });
  return { revision: copy.working.number, report: measureReadability(fields.bodyMarkdown) };
}
