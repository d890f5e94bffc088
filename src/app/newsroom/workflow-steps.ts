import type { Actor } from '../../accounts/roles.js';
import { toArticleInput } from '../../editorial/article-draft.js';
import { prepareArticle } from '../../editorial/prepare-article.js';
import { measureReadability } from '../../editorial/readability.js';
import { notFound } from '../../errors.js';
import type { RefreshReport } from '../../related/related-service.js';
import { refreshRelated } from '../refresh-related.js';
import { conflict, lostRace } from './edit-article.js';
import { checkFields, guard, type NewsroomPorts, nowOf, openWorkingCopy, recordEvent } from './newsroom-ports.js';

export interface WorkflowRequest {
  articleId: number;
  /** The revision the actor looked at; refused (EDIT_CONFLICT) if it is no longer the working one. Default: the working one. */
  baseRevision?: number;
  note?: string | null;
}

/** Hands the working copy to the editors: a 'submit' revision, state 'in_review'. */
export async function submitForReview(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<{ revision: number }> {
  const copy = await openWorkingCopy(ports, request.articleId);
  const state = guard(copy, actor, 'submit');
  if (state === 'deleted') throw new Error('unreachable: submit never deletes');
  const base = request.baseRevision ?? copy.working.number;
  if (base !== copy.working.number) throw conflict(copy, base, copy.working.fields, `revision ${base} was submitted, but revision ${copy.working.number} has been saved since`);
  await checkFields(ports.newsroom, copy.working.fields, copy);
  const now = nowOf(ports);
  const result = await ports.newsroom.writeRevision({
    articleId: copy.articleId, expectedRevision: base, mode: 'append', kind: 'submit', fields: copy.working.fields,
    authorUserId: actor.userId, note: request.note ?? null, now, state, readability: measureReadability(copy.working.fields.bodyMarkdown),
  });
  if (!result.ok) throw await lostRace(ports, copy.articleId, base, copy.working.fields);
  await recordEvent(ports, actor, 'article.submitted', copy.articleId, now, `revision ${result.revision}`);
  return { revision: result.revision };
}

/**
 * Makes the working revision the live one, as an import writes: prepared (HTML, text, terms,
 * digest) and upserted with status 'published', in one transaction with the 'publish' revision
 * (search index and change sequence included), then the Recommended lists of what is pending
 * are refreshed, as after an import.
 */
export async function publishArticle(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<{ revision: number; related: RefreshReport }> {
  const copy = await openWorkingCopy(ports, request.articleId);
  guard(copy, actor, 'publish');
  const base = request.baseRevision ?? copy.working.number;
  const fields = copy.working.fields;
  if (base !== copy.working.number) throw conflict(copy, base, fields, `revision ${base} was to be published, but revision ${copy.working.number} has been saved since`);
  await checkFields(ports.newsroom, fields, copy);
  const live = await ports.newsroom.liveArticle(copy.articleId);
  if (!live) throw notFound(`article ${copy.articleId}`);
  const now = nowOf(ports);
  // Readers are told an article changed once it had been published before.
  const input = toArticleInput(fields, { ...live, updatedAt: live.publishedAt !== null ? now : live.updatedAt }, 'published');
  const result = await ports.newsroom.publish(prepareArticle(input), {
    articleId: copy.articleId, expectedRevision: base, mode: 'append', kind: 'publish', fields, authorUserId: actor.userId,
    note: request.note ?? null, now, state: 'published', readability: measureReadability(fields.bodyMarkdown),
  });
  if (!result.ok) throw await lostRace(ports, copy.articleId, base, fields);
  await recordEvent(ports, actor, 'article.published', copy.articleId, now, `revision ${result.revision}`);
  const related = await refreshRelated(ports.related, 'refresh');
  return { revision: result.revision, related };
}

/** Readers lose the article (search, lists and pages follow); the working copy stays, 'unpublished'. */
export async function unpublishArticle(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<void> {
  const copy = await openWorkingCopy(ports, request.articleId);
  guard(copy, actor, 'unpublish');
  const now = nowOf(ports);
  await ports.newsroom.unpublish(copy.articleId, now);
  await recordEvent(ports, actor, 'article.unpublished', copy.articleId, now, request.note ?? null);
  await refreshRelated(ports.related, 'refresh');
}

/** Gone from readers and from the newsroom's list; rows are kept, marked deleted (see docs/content-model.md). */
export async function deleteArticle(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<void> {
  const copy = await openWorkingCopy(ports, request.articleId);
  guard(copy, actor, 'delete');
  const now = nowOf(ports);
  await ports.newsroom.remove(copy.articleId, now);
  await recordEvent(ports, actor, 'article.deleted', copy.articleId, now, request.note ?? null);
  if (copy.isLive) await refreshRelated(ports.related, 'refresh');
}
