import { type Kysely, type Transaction } from 'kysely';
import type { NewSignoff, Signoff } from '../../editorial/clinical-signoff.js';
import type { DueSchedule, RevisionWriteResult, StepWrite, WorkflowEvent } from '../../editorial/newsroom.js';
import { isNewsroomState, type NewsroomState } from '../../editorial/workflow.js';
import type { Database } from '../schema.js';
import { nextChangeSeq } from './change-seq.js';
import { readSourceChecks } from './signoff-checks.js';

type Tx = Transaction<Database>;

/** The workflow's records over any Kysely dialect: steps, sign-offs, the timeline, schedules. */

export async function insertEvent(trx: Tx, event: WorkflowEvent): Promise<void> {
  await trx
    .insertInto('article_events')
    .values({
      article_id: event.articleId, revision: event.revision, action: event.action, from_state: event.fromState, to_state: event.toState,
      actor_user_id: event.actorUserId, comment: event.comment, at: event.at,
    })
    .execute();
}

async function insertSignoff(trx: Tx, signoff: NewSignoff): Promise<void> {
  await trx
    .insertInto('signoffs')
    .values({
      article_id: signoff.articleId, revision: signoff.revision, reviewer_user_id: signoff.reviewerUserId, reviewer_name: signoff.reviewerName,
      credential: signoff.credential, note: signoff.note, checked_sources: JSON.stringify(signoff.checkedSources), signed_at: signoff.signedAt,
    })
    .execute();
}

export function applyStep(db: Kysely<Database>, step: StepWrite): Promise<RevisionWriteResult> {
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('newsroom_articles')
      .set({
        state: step.state,
        updated_at: step.event.at,
        ...(step.schedule !== undefined
          ? { publish_at: step.schedule?.publishAt ?? null, unpublish_at: step.schedule?.unpublishAt ?? null, schedule_held: null }
          : {}),
        // Leaving 'scheduled' (changes requested, unscheduled, archived) ends the publication planned.
        ...(step.state !== 'scheduled' && step.schedule === undefined ? { publish_at: null, schedule_held: null } : {}),
      })
      .where('article_id', '=', step.articleId)
      .where('working_revision', '=', step.expectedRevision)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) {
      const row = await trx.selectFrom('newsroom_articles').select('working_revision').where('article_id', '=', step.articleId).executeTakeFirst();
      return { ok: false, currentRevision: row ? Number(row.working_revision) : 0 };
    }
    if (step.signoff) await insertSignoff(trx, step.signoff);
    if (step.reviewLive) {
      // A whole-page review of what readers see: the page now says who reviewed it and when.
      await trx
        .updateTable('articles')
        .set({
          last_reviewed_at: step.reviewLive.at, reviewer_name: step.reviewLive.reviewerName, reviewer_credential: step.reviewLive.credential,
          // Our review sets the cycle from now on: last reviewed plus the interval, not an import's spread date.
          next_review_due: null,
          modified_at: step.event.at, change_seq: await nextChangeSeq(trx),
        })
        .where('id', '=', step.articleId)
        .execute();
    }
    await insertEvent(trx, step.event);
    return { ok: true, revision: step.expectedRevision };
  });
}

export async function listSignoffs(db: Kysely<Database>, articleId: number): Promise<Signoff[]> {
  const rows = await db.selectFrom('signoffs').selectAll().where('article_id', '=', articleId).orderBy('id', 'desc').execute();
  return rows.map((row) => ({
    id: Number(row.id), articleId: row.article_id, revision: Number(row.revision), reviewerUserId: row.reviewer_user_id, reviewerName: row.reviewer_name,
    credential: row.credential, note: row.note, signedAt: row.signed_at, checkedSources: readSourceChecks(row.checked_sources, row.signed_at),
  }));
}

export async function listTimeline(db: Kysely<Database>, articleId: number): Promise<WorkflowEvent[]> {
  const rows = await db.selectFrom('article_events').selectAll().where('article_id', '=', articleId).orderBy('id').execute();
  return rows.map((row) => ({
    articleId: row.article_id, revision: row.revision === null ? null : Number(row.revision), action: row.action as WorkflowEvent['action'],
    fromState: stateOrNull(row.from_state), toState: stateOrNull(row.to_state), actorUserId: row.actor_user_id, comment: row.comment, at: row.at,
  }));
}

function stateOrNull(value: string | null): NewsroomState | null {
  return value !== null && isNewsroomState(value) ? value : null;
}

export async function dueSchedules(db: Kysely<Database>, now: string): Promise<DueSchedule[]> {
  const rows = await db
    .selectFrom('newsroom_articles')
    .select(['article_id', 'working_revision', 'publish_at', 'unpublish_at', 'schedule_held'])
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb.and([eb('publish_at', '<=', now), eb('schedule_held', 'is', null)]), eb('unpublish_at', '<=', now)]))
    .execute();
  const due: DueSchedule[] = [];
  for (const row of rows) {
    const publishDue = row.publish_at !== null && row.publish_at <= now && row.schedule_held === null;
    if (publishDue) due.push({ articleId: row.article_id, workingRevision: Number(row.working_revision), kind: 'publish', at: row.publish_at! });
    // An unpublication waits for its publication (a held one included): never before it.
    else if (row.publish_at === null && row.unpublish_at !== null && row.unpublish_at <= now) {
      due.push({ articleId: row.article_id, workingRevision: Number(row.working_revision), kind: 'unpublish', at: row.unpublish_at });
    }
  }
  return due.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.articleId - b.articleId));
}

export function holdSchedule(db: Kysely<Database>, articleId: number, publishAt: string, reason: string, now: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('newsroom_articles')
      .set({ schedule_held: reason })
      .where('article_id', '=', articleId)
      .where('publish_at', '=', publishAt)
      .where('schedule_held', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    const row = await trx.selectFrom('newsroom_articles').select(['working_revision', 'state']).where('article_id', '=', articleId).executeTakeFirstOrThrow();
    const state = stateOrNull(row.state);
    await insertEvent(trx, { articleId, revision: Number(row.working_revision), action: 'schedule-held', fromState: state, toState: state, actorUserId: null, comment: reason, at: now });
    return true;
  });
}

export async function heldSchedules(db: Kysely<Database>): Promise<Array<{ articleId: number; title: string; publishAt: string; reason: string }>> {
  const rows = await db
    .selectFrom('newsroom_articles')
    .select(['article_id', 'working_title', 'publish_at', 'schedule_held'])
    .where('schedule_held', 'is not', null)
    .where('deleted_at', 'is', null)
    .orderBy('publish_at')
    .execute();
  return rows.map((row) => ({ articleId: row.article_id, title: row.working_title, publishAt: row.publish_at ?? '', reason: row.schedule_held ?? '' }));
}

/** The schedule compare-and-set for a publish: only while still scheduled for `publishAt`; clears it. */
export async function claimSchedule(trx: Tx, articleId: number, publishAt: string): Promise<boolean> {
  const result = await trx
    .updateTable('newsroom_articles')
    .set({ publish_at: null, schedule_held: null })
    .where('article_id', '=', articleId)
    .where('publish_at', '=', publishAt)
    .where('schedule_held', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function claimUnpublish(trx: Tx, articleId: number, unpublishAt: string): Promise<boolean> {
  const result = await trx
    .updateTable('newsroom_articles')
    .set({ unpublish_at: null })
    .where('article_id', '=', articleId)
    .where('unpublish_at', '=', unpublishAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}


export async function nextScheduleAt(db: Kysely<Database>): Promise<string | null> {
    const publish = await db.selectFrom('newsroom_articles').select((eb) => eb.fn.min('publish_at').as('at')).where('schedule_held', 'is', null).where('deleted_at', 'is', null).executeTakeFirst();
  const unpublish = await db.selectFrom('newsroom_articles').select((eb) => eb.fn.min('unpublish_at').as('at')).where('publish_at', 'is', null).where('deleted_at', 'is', null).executeTakeFirst();
  const times = [publish?.at, unpublish?.at].filter((at): at is string => typeof at === 'string');
  return times.length === 0 ? null : times.sort()[0]!;
}
