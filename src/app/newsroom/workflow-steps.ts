import type { AuditAction } from '../../accounts/audit-log.js';
import type { Actor } from '../../accounts/roles.js';
import { toArticleInput } from '../../editorial/article-draft.js';
import { signoffProblems } from '../../editorial/clinical-signoff.js';
import { sourceKey } from '../../content/source.js';
import type { WorkingCopy } from '../../editorial/newsroom.js';
import { prepareArticle } from '../../editorial/prepare-article.js';
import type { NewsroomState, WorkflowStep } from '../../editorial/workflow.js';
import { invalid, notFound } from '../../errors.js';
import { measureReadability } from '../../editorial/readability.js';
import type { RefreshReport } from '../../related/related-service.js';
import { refreshRelated } from '../refresh-related.js';
import { conflict, lostRace } from './edit-article.js';
import { checkFields, guard, type NewsroomPorts, nowOf, openWorkingCopy, recordEvent, type SignoffView, signoffOf, stepEvent } from './newsroom-ports.js';

export interface WorkflowRequest {
  articleId: number;
  /** The revision the actor looked at; refused (EDIT_CONFLICT) if it is no longer the working one. Default: the working one. */
  baseRevision?: number;
  /** Why: shown on the article's timeline (required to request changes). */
  note?: string | null;
}

/** The revision the step acts on: the working one, or EDIT_CONFLICT when the actor looked at an older one. */
export function checkBase(copy: WorkingCopy, request: WorkflowRequest, what: string): number {
  const base = request.baseRevision ?? copy.working.number;
  if (base !== copy.working.number) throw conflict(copy, base, copy.working.fields, `revision ${base} was ${what}, but revision ${copy.working.number} has been saved since`);
  return base;
}

/** Hands the working copy to the reviewers: a 'submit' revision, state 'in_review'. */
export async function submitForReview(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<{ revision: number }> {
  const copy = await openWorkingCopy(ports, request.articleId);
  const state = guard(copy, actor, 'submit', { ports });
  if (state === 'deleted') throw new Error('unreachable: submit never deletes');
  const base = checkBase(copy, request, 'submitted');
  await checkFields(ports.newsroom, copy.working.fields, copy);
  const now = nowOf(ports);
  const result = await ports.newsroom.writeRevision({
    articleId: copy.articleId, expectedRevision: base, mode: 'append', kind: 'submit', fields: copy.working.fields,
    authorUserId: actor.userId, note: request.note ?? null, now, state, event: stepEvent(copy, 'submit', state, actor.userId, request.note ?? null, now),
    readability: measureReadability(copy.working.fields.bodyMarkdown),
  });
  if (!result.ok) throw await lostRace(ports, copy.articleId, base, copy.working.fields);
  await recordEvent(ports, actor, 'article.submitted', copy.articleId, now, `revision ${result.revision}`);
  return { revision: result.revision };
}

/**
 * A step that writes no revision (request changes, archive, …): the state and its timeline event
 * in one transaction, against the revision the actor looked at.
 */
async function simpleStep(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest, step: WorkflowStep, audit: AuditAction): Promise<NewsroomState> {
  const copy = await openWorkingCopy(ports, request.articleId);
  const state = guard(copy, actor, step, { ports });
  if (state === 'deleted') throw new Error(`unreachable: ${step.action} never deletes`);
  const base = checkBase(copy, request, `acted on (${step.action.replace('_', ' ')})`);
  const now = nowOf(ports);
  const result = await ports.newsroom.applyStep({ articleId: copy.articleId, expectedRevision: base, state, event: stepEvent(copy, step.action, state, actor.userId, request.note ?? null, now) });
  if (!result.ok) throw await lostRace(ports, copy.articleId, base, copy.working.fields);
  await recordEvent(ports, actor, audit, copy.articleId, now, request.note ?? null);
  return state;
}

/** A reviewer (or editor) sends the article back to its writer, saying what should change. */
export function requestChanges(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<NewsroomState> {
  return simpleStep(ports, actor, request, { action: 'request_changes', comment: request.note ?? null }, 'article.changes-requested');
}

export interface SignoffRequest {
  articleId: number;
  /** The revision signed off: it must be the working one (the latest). */
  revision: number;
  /** As readers are shown them. */
  reviewerName: string;
  credential: string;
  note?: string | null;
  /** The sources confirmed checked, by key (content/source.ts `sourceKey`: the URL, else doi:…, pmid:…, title:…). */
  checkedSources?: string[];
}

/**
 * A reviewer signs one revision off clinically: state 'approved' (ready to publish or schedule).
 * On a live article without pending changes it is a whole-page review of what readers see: the
 * page's "last reviewed" and reviewer move now, nothing else changes.
 */
export async function signOff(ports: NewsroomPorts, actor: Actor, request: SignoffRequest): Promise<{ state: NewsroomState; lastReviewedMoved: boolean }> {
  const copy = await openWorkingCopy(ports, request.articleId);
  const state = guard(copy, actor, { action: 'approve' }, { ports });
  if (state === 'deleted') throw new Error('unreachable: approve never deletes');
  const problems = signoffProblems({ reviewerName: request.reviewerName, credential: request.credential, note: request.note ?? null });
  if (request.revision !== copy.working.number) {
    problems.unshift(`revision: ${request.revision} is not the latest revision (${copy.working.number}); review the latest and sign that off`);
  }
  const keys = new Set(copy.working.fields.sources.map(sourceKey));
  for (const checked of request.checkedSources ?? []) {
    if (!keys.has(checked)) problems.push(`checkedSources: "${checked}" is not a source of revision ${copy.working.number}`);
  }
  if (problems.length > 0) throw invalid(problems);
  const now = nowOf(ports);
  const reviewLive = copy.isLive && copy.liveRevision === copy.working.number;
  const reviewerName = request.reviewerName.trim();
  const credential = request.credential.trim();
  const result = await ports.newsroom.applyStep({
    articleId: copy.articleId, expectedRevision: copy.working.number, state,
    event: stepEvent(copy, 'approve', state, actor.userId, request.note ?? null, now),
    signoff: {
      articleId: copy.articleId, revision: copy.working.number, reviewerUserId: actor.userId, reviewerName, credential,
      note: request.note?.trim() || null, signedAt: now,
      checkedSources: [...new Set(request.checkedSources ?? [])].map((source) => ({ source, checkedAt: now })),
    },
    ...(reviewLive ? { reviewLive: { reviewerName, credential, at: now } } : {}),
  });
  if (!result.ok) throw await lostRace(ports, copy.articleId, request.revision, copy.working.fields);
  await recordEvent(ports, actor, 'article.signed-off', copy.articleId, now, `revision ${copy.working.number}`);
  return { state, lastReviewedMoved: reviewLive };
}

/** Publishing's inputs beyond the request: the claim on a schedule, for the scheduler. */
interface PublishOptions {
  claimSchedule?: string;
  /** Null: the scheduler. */
  actorUserId: number | null;
}

/**
 * Makes the working revision the live one, as an import writes: prepared (HTML, text, terms,
 * digest) and upserted with status 'published', in one transaction with the 'publish' revision
 * (search index and change sequence included), then the Recommended lists of what is pending
 * are refreshed, as after an import. Refused with REVIEW_REQUIRED while the site requires
 * clinical review and no current sign-off covers the revision.
 */
export async function publishArticle(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<{ revision: number; related: RefreshReport }> {
  const copy = await openWorkingCopy(ports, request.articleId);
  const signoff = await signoffOf(ports, copy);
  guard(copy, actor, 'publish', { ports, signoff: signoff.standing });
  const base = checkBase(copy, request, 'to be published');
  const revision = await writePublication(ports, copy, base, signoff, request.note ?? null, { actorUserId: actor.userId });
  await recordEvent(ports, actor, 'article.published', copy.articleId, nowOf(ports), `revision ${revision}`);
  return { revision, related: await refreshRelated(ports.related, 'refresh') };
}

/**
 * The write both a person's publish and the scheduler's take. The live row carries who signed the
 * revision off and when, when a current sign-off covers it: "last reviewed" moves only with a
 * review, never with an edit.
 */
export async function writePublication(ports: NewsroomPorts, copy: WorkingCopy, base: number, signoff: SignoffView, note: string | null, options: PublishOptions): Promise<number> {
  const fields = copy.working.fields;
  await checkFields(ports.newsroom, fields, copy);
  const live = await ports.newsroom.liveArticle(copy.articleId);
  if (!live) throw notFound(`article ${copy.articleId}`);
  const now = nowOf(ports);
  const reviewed = signoff.standing === 'current' && signoff.latest !== null ? signoff.latest : null;
  // Readers are told an article changed once it had been published before.
  const input = toArticleInput(fields, {
    ...live,
    updatedAt: live.publishedAt !== null ? now : live.updatedAt,
    lastReviewedAt: reviewed ? reviewed.signedAt : live.lastReviewedAt,
  }, 'published');
  const reviewedBy = reviewed ? { name: reviewed.reviewerName, credential: reviewed.credential } : live.reviewedBy ?? null;
  if (reviewedBy) input.reviewedBy = reviewedBy;
  const result = await ports.newsroom.publish(prepareArticle(input), {
    articleId: copy.articleId, expectedRevision: base, mode: 'append', kind: 'publish', fields, authorUserId: options.actorUserId,
    note, now, state: 'published', readability: measureReadability(fields.bodyMarkdown), event: stepEvent(copy, 'publish', 'published', options.actorUserId, note, now),
    ...(options.claimSchedule !== undefined ? { claimSchedule: options.claimSchedule } : { clearSchedule: true }),
  });
  if (!result.ok) {
    if (result.scheduleTaken) throw new ScheduleTakenError(copy.articleId);
    throw await lostRace(ports, copy.articleId, base, fields);
  }
  return result.revision;
}

/** Another process published (or someone changed) this schedule first: nothing to do. */
export class ScheduleTakenError extends Error {
  constructor(readonly articleId: number) {
    super(`article ${articleId}: its scheduled publication was already handled`);
  }
}

/** Readers lose the article (search, lists and pages follow); the working copy stays, 'unpublished'. */
export async function unpublishArticle(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<void> {
  await withdrawArticle(ports, actor, request, 'unpublish');
}

/** Retired: readers get 410 Gone (if it was public), the newsroom keeps it apart until unarchived. */
export async function archiveArticle(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<void> {
  await withdrawArticle(ports, actor, request, 'archive');
}

async function withdrawArticle(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest, action: 'unpublish' | 'archive'): Promise<void> {
  const copy = await openWorkingCopy(ports, request.articleId);
  const state = guard(copy, actor, action, { ports });
  if (state === 'deleted') throw new Error('unreachable');
  const now = nowOf(ports);
  if (action === 'archive' && !copy.isLive) {
    await simpleStep(ports, actor, request, { action: 'archive' }, 'article.archived');
    return;
  }
  await ports.newsroom.unpublish(copy.articleId, now, { state, event: stepEvent(copy, action, state, actor.userId, request.note ?? null, now) });
  await recordEvent(ports, actor, action === 'archive' ? 'article.archived' : 'article.unpublished', copy.articleId, now, request.note ?? null);
  await refreshRelated(ports.related, 'refresh');
}

export function unarchiveArticle(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<NewsroomState> {
  return simpleStep(ports, actor, request, { action: 'unarchive' }, 'article.unarchived');
}

/** Gone from readers and from the newsroom's list; rows are kept, marked deleted (see docs/content-model.md). */
export async function deleteArticle(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<void> {
  const copy = await openWorkingCopy(ports, request.articleId);
  guard(copy, actor, 'delete', { ports });
  const now = nowOf(ports);
  await ports.newsroom.remove(copy.articleId, now);
  await recordEvent(ports, actor, 'article.deleted', copy.articleId, now, request.note ?? null);
  if (copy.isLive) await refreshRelated(ports.related, 'refresh');
}
