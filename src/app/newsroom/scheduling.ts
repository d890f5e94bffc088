import type { Actor } from '../../accounts/roles.js';
import type { DueSchedule } from '../../editorial/newsroom.js';
import { type NewsroomState, reviewRequiredReason } from '../../editorial/workflow.js';
import { AppError } from '../../errors.js';
import { refreshRelated } from '../refresh-related.js';
import { lostRace } from './edit-article.js';
import { EditConflictError } from './edit-conflict.js';
import { guard, type NewsroomPorts, nowOf, openWorkingCopy, recordEvent, signoffOf, stepEvent } from './newsroom-ports.js';
import { checkBase, ScheduleTakenError, type WorkflowRequest, writePublication } from './workflow-steps.js';

export interface ScheduleRequest extends WorkflowRequest {
  /** ISO 8601 with an offset or Z (the admin's form converts the site's time zone). */
  publishAt: string;
  unpublishAt?: string | null;
}

/**
 * Plans the working revision's publication (and optionally its withdrawal). Refused like a
 * publish now would be (REVIEW_REQUIRED without a current sign-off), and for a time in the past.
 */
export async function schedulePublication(ports: NewsroomPorts, actor: Actor, request: ScheduleRequest): Promise<{ publishAt: string; unpublishAt: string | null }> {
  const copy = await openWorkingCopy(ports, request.articleId);
  const signoff = await signoffOf(ports, copy);
  const step = { action: 'schedule' as const, publishAt: request.publishAt, unpublishAt: request.unpublishAt ?? null };
  const state = guard(copy, actor, step, { ports, signoff: signoff.standing });
  if (state === 'deleted') throw new Error('unreachable: schedule never deletes');
  const base = checkBase(copy, request, 'to be scheduled');
  const publishAt = new Date(request.publishAt).toISOString();
  const unpublishAt = request.unpublishAt ? new Date(request.unpublishAt).toISOString() : null;
  const now = nowOf(ports);
  const comment = [`publish at ${publishAt}`, unpublishAt ? `unpublish at ${unpublishAt}` : null, request.note?.trim() || null].filter(Boolean).join('; ');
  const result = await ports.newsroom.applyStep({
    articleId: copy.articleId, expectedRevision: base, state, schedule: { publishAt, unpublishAt },
    event: stepEvent(copy, 'schedule', state, actor.userId, comment, now),
  });
  if (!result.ok) throw await lostRace(ports, copy.articleId, base, copy.working.fields);
  await recordEvent(ports, actor, 'article.scheduled', copy.articleId, now, comment);
  return { publishAt, unpublishAt };
}

/** Calls a planned publication off: back to approved (or draft / published when its sign-off is gone). */
export async function unschedulePublication(ports: NewsroomPorts, actor: Actor, request: WorkflowRequest): Promise<NewsroomState> {
  const copy = await openWorkingCopy(ports, request.articleId);
  const signoff = await signoffOf(ports, copy);
  const state = guard(copy, actor, 'unschedule', { ports, signoff: signoff.standing });
  if (state === 'deleted') throw new Error('unreachable');
  const now = nowOf(ports);
  const result = await ports.newsroom.applyStep({
    articleId: copy.articleId, expectedRevision: copy.working.number, state, schedule: null,
    event: stepEvent(copy, 'unschedule', state, actor.userId, request.note ?? null, now),
  });
  if (!result.ok) throw await lostRace(ports, copy.articleId, copy.working.number, copy.working.fields);
  await recordEvent(ports, actor, 'article.unscheduled', copy.articleId, now, request.note ?? null);
  return state;
}

export interface DueReport {
  published: number[];
  unpublished: number[];
  /** Publications not allowed any more (their sign-off was voided): held for a person, with why. */
  held: Array<{ articleId: number; reason: string }>;
  /** Due items another process handled first. */
  skipped: number[];
}

/**
 * Publishes and unpublishes whatever has come due: the server's timer, `healthpress publish-due`
 * (cron, static-only sites) and every start call this. Exactly once across processes: each
 * publication claims its schedule in the publishing transaction, so a second process finds it
 * gone and skips. A publication that is no longer allowed is held, never published silently.
 */
export async function publishDue(ports: NewsroomPorts): Promise<DueReport> {
  const report: DueReport = { published: [], unpublished: [], held: [], skipped: [] };
  for (const due of await ports.newsroom.dueSchedules(nowOf(ports))) {
    if (due.kind === 'publish') await publishOne(ports, due, report);
    else await unpublishOne(ports, due, report);
  }
  if (report.published.length + report.unpublished.length > 0) await refreshRelated(ports.related, 'refresh');
  return report;
}

async function publishOne(ports: NewsroomPorts, due: DueSchedule, report: DueReport): Promise<void> {
  const copy = await ports.newsroom.workingCopy(due.articleId);
  if (!copy || copy.schedule?.publishAt !== due.at) return void report.skipped.push(due.articleId);
  const signoff = await signoffOf(ports, copy);
  const now = nowOf(ports);
  // An import scheduled by its source's date, untouched in the newsroom: governed by the source's
  // provenance, as imports always were (import-lifecycle.ts); it goes live as last imported.
  const asImported = copy.working.kind === 'import' && signoff.standing === 'none';
  const reason = holdReason(ports, copy.state, asImported ? 'current' : signoff.standing);
  if (reason) {
    if (await ports.newsroom.holdSchedule(copy.articleId, due.at, reason, now)) {
      report.held.push({ articleId: copy.articleId, reason });
      await ports.audit.record({ at: now, action: 'article.schedule-held', actorUserId: null, subject: `article:${copy.articleId}`, detail: reason, clientIp: null });
    } else report.skipped.push(copy.articleId);
    return;
  }
  try {
    const live = asImported ? await ports.newsroom.liveArticle(copy.articleId) : null;
    const publishing = live ? { ...copy, working: { ...copy.working, fields: live.fields } } : copy;
    const revision = await writePublication(ports, publishing, copy.working.number, signoff, `scheduled for ${due.at}`, { actorUserId: null, claimSchedule: due.at });
    report.published.push(copy.articleId);
    await ports.audit.record({ at: now, action: 'article.published', actorUserId: null, subject: `article:${copy.articleId}`, detail: `revision ${revision} (scheduled for ${due.at})`, clientIp: null });
  } catch (error) {
    // Someone else got there first (another process, or an edit in between): theirs stands.
    if (error instanceof ScheduleTakenError || error instanceof EditConflictError) return void report.skipped.push(copy.articleId);
    if (error instanceof AppError && error.code === 'INVALID') {
      const why = `the revision cannot be published: ${error.details?.join('; ') ?? error.message}`;
      if (await ports.newsroom.holdSchedule(copy.articleId, due.at, why, now)) report.held.push({ articleId: copy.articleId, reason: why });
      return;
    }
    throw error;
  }
}

function holdReason(ports: NewsroomPorts, state: NewsroomState, standing: 'current' | 'voided' | 'none'): string | null {
  if (state !== 'scheduled') return `the article is ${state.replace('_', ' ')}, no longer scheduled`;
  const unreviewed = reviewRequiredReason(standing, ports.clinicalReviewRequired ?? true);
  return unreviewed === null ? null : `${unreviewed}; a reviewer must sign the latest revision off`;
}

async function unpublishOne(ports: NewsroomPorts, due: DueSchedule, report: DueReport): Promise<void> {
  const copy = await ports.newsroom.workingCopy(due.articleId);
  if (!copy) return void report.skipped.push(due.articleId);
  const now = nowOf(ports);
  const done = await ports.newsroom.unpublish(copy.articleId, now, {
    state: 'unpublished', claimUnpublishAt: due.at, event: stepEvent(copy, 'unpublish', 'unpublished', null, `scheduled for ${due.at}`, now),
  });
  if (!done) return void report.skipped.push(copy.articleId);
  report.unpublished.push(copy.articleId);
  await ports.audit.record({ at: now, action: 'article.unpublished', actorUserId: null, subject: `article:${copy.articleId}`, detail: `scheduled for ${due.at}`, clientIp: null });
}
