import type { Actor } from '../../accounts/roles.js';
import { authorize } from '../../accounts/policy.js';
import { type ArticleFields, applyPatch, type FieldsPatch } from '../../editorial/article-draft.js';
import { viewLock, type LockView } from '../../editorial/edit-lock.js';
import type { Revision, WorkingCopy } from '../../editorial/newsroom.js';
import { CLINICAL_FIELD_LABEL, clinicalChanges } from '../../editorial/clinical-signoff.js';
import { measureReadability } from '../../editorial/readability.js';
import { decideSave } from '../../editorial/save-rules.js';
import { forbidden, notFound } from '../../errors.js';
import { EditConflictError } from './edit-conflict.js';
import { transition } from '../../editorial/workflow.js';
import { checkFields, guard, type NewsroomPorts, nowOf, openWorkingCopy, recordEvent, type SignoffView, signoffOf, stepEvent, subjectOf } from './newsroom-ports.js';

export interface ArticleForEditing {
  copy: WorkingCopy;
  /** The revision readers see, when there is one and it differs from the working one. */
  live: Revision | null;
  lock: LockView;
  /** The latest clinical sign-off and whether it still covers the working revision. */
  signoff: SignoffView;
  /** What the actor may do now, so the editor shows only those buttons. */
  may: Record<EditorStep, boolean> & { sharePreview: boolean };
  /** Why publishing is refused for want of a review (REVIEW_REQUIRED), to show beside the button; null when it is not. */
  reviewRequiredReason: string | null;
}

const EDITOR_STEPS = ['save', 'submit', 'request_changes', 'approve', 'schedule', 'unschedule', 'publish', 'unpublish', 'archive', 'unarchive', 'delete', 'restore'] as const;
export type EditorStep = (typeof EDITOR_STEPS)[number];

/** The working copy to edit (an imported article is adopted on first open), with its live revision, lock and sign-off. */
export async function getArticleForEditing(ports: NewsroomPorts, actor: Actor, articleId: number): Promise<ArticleForEditing> {
  const copy = await openWorkingCopy(ports, articleId);
  const view = authorize(actor, 'article.view', { ownerId: copy.ownerUserId, everPublished: copy.everPublished });
  if (!view.allowed) throw forbidden(view.permission, view.reason);
  const live = copy.liveRevision !== null && copy.liveRevision !== copy.working.number ? await ports.newsroom.revision(articleId, copy.liveRevision) : null;
  const signoff = await signoffOf(ports, copy);
  // A schedule is asked with its time; here only whether the step is open at all (a day from now).
  const later = new Date(ports.clock().getTime() + 86_400_000).toISOString();
  const outcome = (action: EditorStep) =>
    transition(subjectOf(ports, copy, signoff.standing), actor, { action, publishAt: later, comment: 'asked' }, ports.clock());
  const may = Object.fromEntries(EDITOR_STEPS.map((action) => [action, outcome(action).allowed])) as Record<EditorStep, boolean>;
  const publish = outcome('publish');
  return {
    copy,
    live,
    lock: viewLock(copy.lock, actor, nowOf(ports)),
    signoff,
    may: { ...may, sharePreview: authorize(actor, 'article.share-preview', { ownerId: copy.ownerUserId, everPublished: copy.everPublished }).allowed },
    reviewRequiredReason: !publish.allowed && publish.code === 'REVIEW_REQUIRED' ? publish.reason : null,
  };
}

export interface SaveRequest {
  articleId: number;
  kind: 'autosave' | 'save';
  /** The working revision number the editor's copy came with (the edit token). */
  baseRevision: number;
  patch: FieldsPatch;
  note?: string | null;
}

export type SaveOutcome = 'appended' | 'folded' | 'unchanged';

/**
 * Saves the editor's fields as the working revision (the newsroom's tables only: readers keep
 * the live revision until publish). Refused with EDIT_CONFLICT, carrying both versions, when
 * the base is no longer the working revision; equal content is never a conflict. Explicit saves
 * are audited; autosaves are not (their history is the revisions themselves, and they come
 * every few seconds).
 */
export async function saveArticle(ports: NewsroomPorts, actor: Actor, request: SaveRequest): Promise<{ revision: number; outcome: SaveOutcome }> {
  const copy = await openWorkingCopy(ports, request.articleId);
  const incoming = applyPatch(copy.working.fields, request.patch, { everPublished: copy.everPublished });
  const changed = clinicalChanges(copy.working.fields, incoming);
  const state = guard(copy, actor, { action: 'save', clinicalChange: changed.length > 0 }, { ports });
  if (state === 'deleted') throw new Error('unreachable: save never deletes');
  const decision = decideSave({ current: copy.working, baseRevision: request.baseRevision, actorUserId: actor.userId, kind: request.kind, incoming });
  if (decision.outcome === 'noop') return { revision: decision.revision, outcome: 'unchanged' };
  if (decision.outcome === 'conflict') throw conflict(copy, request.baseRevision, incoming, decision.reason);
  await checkFields(ports.newsroom, incoming, copy);
  const now = nowOf(ports);
  // A current sign-off no longer covers the content: approved content goes back to review, and a
  // published article's pending changes need a new sign-off; either way the timeline says so once.
  const voidsSignoff = changed.length > 0 && (state !== copy.state || (await signoffOf(ports, copy)).standing === 'current');
  const result = await ports.newsroom.writeRevision({
    articleId: copy.articleId, expectedRevision: copy.working.number, mode: decision.outcome, kind: request.kind, fields: incoming,
    authorUserId: actor.userId, note: request.note ?? null, now, readability: measureReadability(incoming.bodyMarkdown),
    ...(voidsSignoff
      ? { state, event: stepEvent(copy, 'signoff-voided', state, actor.userId, `changed: ${changed.map((f) => CLINICAL_FIELD_LABEL[f]).join(', ')}`, now) }
      : {}),
  });
  if (!result.ok) throw await lostRace(ports, copy.articleId, request.baseRevision, incoming);
  if (request.kind === 'save') await recordEvent(ports, actor, 'article.saved', copy.articleId, now, `revision ${result.revision}`);
  return { revision: result.revision, outcome: decision.outcome === 'fold' ? 'folded' : 'appended' };
}

/** An old revision's fields as a new working revision ('restore'); history keeps everything. */
export async function restoreRevision(
  ports: NewsroomPorts,
  actor: Actor,
  request: { articleId: number; revision: number; baseRevision?: number; note?: string | null },
): Promise<{ revision: number }> {
  const copy = await openWorkingCopy(ports, request.articleId);
  guard(copy, actor, 'restore');
  const old = await ports.newsroom.revision(copy.articleId, request.revision);
  if (!old) throw notFound(`revision ${request.revision} of article ${copy.articleId}`);
  // A published article's URL stays whatever the old revision said.
  const fields: ArticleFields = copy.everPublished ? { ...old.fields, slug: copy.liveSlug } : old.fields;
  await checkFields(ports.newsroom, fields, copy);
  const base = request.baseRevision ?? copy.working.number;
  if (base !== copy.working.number) throw conflict(copy, base, fields, `revision ${base} was restored from, but revision ${copy.working.number} has been saved since`);
  const now = nowOf(ports);
  const result = await ports.newsroom.writeRevision({
    articleId: copy.articleId, expectedRevision: base, mode: 'append', kind: 'restore', fields, authorUserId: actor.userId,
    note: request.note ?? `restored revision ${old.number}`, now, readability: measureReadability(fields.bodyMarkdown),
  });
  if (!result.ok) throw await lostRace(ports, copy.articleId, base, fields);
  await recordEvent(ports, actor, 'article.restored', copy.articleId, now, `revision ${result.revision} from revision ${old.number}`);
  return { revision: result.revision };
}

export function conflict(copy: WorkingCopy, baseRevision: number, incoming: ArticleFields, reason: string): EditConflictError {
  const { working } = copy;
  return new EditConflictError({
    articleId: copy.articleId,
    reason,
    current: { revision: working.number, kind: working.kind, authorUserId: working.authorUserId, updatedAt: working.updatedAt, fields: working.fields },
    incoming: { baseRevision, fields: incoming },
  });
}

/** Another save won the compare-and-set between our read and our write: a conflict with what it wrote. */
export async function lostRace(ports: NewsroomPorts, articleId: number, baseRevision: number, incoming: ArticleFields): Promise<EditConflictError> {
  const now = await openWorkingCopy(ports, articleId);
  return conflict(now, baseRevision, incoming, `revision ${now.working.number} was saved while this save was being written`);
}
