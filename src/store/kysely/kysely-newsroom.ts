import { categoryIdOfPath } from './taxonomy-lookup.js';
import { type Kysely, sql, type Transaction } from 'kysely';
import { parseArticleKind } from '../../content/article-kind.js';
import type { PreparedArticle } from '../../content/prepared-article.js';
import type { ReviewCandidate } from '../../editorial/review-dates.js';
import type { ArticleFields } from '../../editorial/article-draft.js';
import type { EditLock } from '../../editorial/edit-lock.js';
import type { Signoff } from '../../editorial/clinical-signoff.js';
import type { ReadabilityReport } from '../../editorial/readability.js';
import type {
  ArticleListFilter, ArticleListItem, DueSchedule, LiveArticle, NewDraft, NewsroomStore, Revision, RevisionSummary, RevisionWrite,
  RevisionWriteResult, StepWrite, WorkflowEvent, WorkingCopy,
} from '../../editorial/newsroom.js';
import type { NewsroomState } from '../../editorial/workflow.js';
import type { Database } from '../schema.js';
import type { SearchSink } from '../search-sink.js';
import { BatchWriter } from './article-writer.js';
import { nextChangeSeq } from './change-seq.js';
import { markPending } from './kysely-related-repository.js';
import { listNewsroomArticles, parseState, readLiveArticle, toRevision, toRevisionSummary } from './newsroom-rows.js';
import {
  applyStep, claimSchedule, claimUnpublish, dueSchedules, heldSchedules, holdSchedule, insertEvent, listSignoffs, listTimeline, nextScheduleAt,
} from './newsroom-workflow.js';

type Tx = Transaction<Database>;

/**
 * A digest no prepared article has: stored when the newsroom takes an article from readers, so
 * publishing the same content again is a change to write, never "unchanged".
 */
const WITHDRAWN_DIGEST = 'withdrawn';

/** The newsroom's working copies and history over any Kysely dialect (editorial/newsroom.ts). */
export class KyselyNewsroomStore implements NewsroomStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchSink: SearchSink | null = null,
  ) {}

  liveArticle(articleId: number): Promise<LiveArticle | null> {
    return readLiveArticle(this.db, articleId);
  }

  async slugHolder(slug: string, exceptArticleId: number | null): Promise<{ articleId: number; title: string } | null> {
    const except = exceptArticleId ?? -1;
    const live = await this.db.selectFrom('articles').select(['id', 'title']).where('slug', '=', slug).where('id', '!=', except).executeTakeFirst();
    if (live) return { articleId: live.id, title: live.title };
    const working = await this.db
      .selectFrom('newsroom_articles')
      .select(['article_id', 'working_title'])
      .where('working_slug', '=', slug)
      .where('article_id', '!=', except)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return working ? { articleId: working.article_id, title: working.working_title } : null;
  }

  async categoryExists(path: string[]): Promise<boolean> {
    if (path.length === 0) return true;
    return (await categoryIdOfPath(this.db, path)) !== undefined;
  }

  async reviewCandidates(): Promise<ReviewCandidate[]> {
    const rows = await this.db
      .selectFrom('articles as a')
      .leftJoin('topics as t', 't.id', 'a.topic_id')
      .select(['a.id', 'a.title', 'a.slug', 't.name as topic_name', 'a.last_reviewed_at', 'a.review_interval_months', 'a.next_review_due', 'a.reviewer_name'])
      .where('a.status', '=', 'published')
      // Site pages are not clinical content: they have no review cycle (docs/site-pages.md).
      .where('a.kind', '=', 'article')
      .orderBy('a.id')
      .execute();
    return rows.map((row) => ({
      articleId: Number(row.id), title: row.title, slug: row.slug, topicName: row.topic_name, lastReviewedAt: row.last_reviewed_at,
      reviewIntervalMonths: row.review_interval_months === null ? null : Number(row.review_interval_months), nextReviewDue: row.next_review_due, reviewerName: row.reviewer_name,
    }));
  }

  async topicNames(limit: number): Promise<string[] | null> {
    const rows = await this.db.selectFrom('topics').select('name').orderBy('name').limit(limit + 1).execute();
    return rows.length > limit ? null : rows.map((row) => row.name);
  }

  createDraft(draft: NewDraft): Promise<{ articleId: number; revision: number }> {
    return BatchWriter.run(this.db, this.searchSink, async (writer) => {
      const trx = writer.transaction;
      await writer.upsertArticle(draft.prepared, draft.now);
      const { id } = await trx.selectFrom('articles').select('id').where('provenance_id', '=', draft.prepared.input.provenance.id).executeTakeFirstOrThrow();
      await insertNewsroomRow(trx, id, draft.fields, { state: 'draft', ownerUserId: draft.ownerUserId, liveRevision: null, now: draft.now });
      await insertRevision(trx, id, 1, { kind: 'save', fields: draft.fields, authorUserId: draft.ownerUserId, note: draft.note, now: draft.now, readability: draft.readability ?? null });
      return { articleId: id, revision: 1 };
    });
  }

  async adopt(articleId: number, fields: ArticleFields, now: string, readability: ReadabilityReport | null = null): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const live = await trx.selectFrom('articles').select('status').where('id', '=', articleId).executeTakeFirst();
      if (!live) throw new Error(`adopt: no article ${articleId}`);
      const published = live.status === 'published';
      // Two editors opening the same imported article at once: one row, one revision 1.
      const inserted = await trx
        .insertInto('newsroom_articles')
        .values(newsroomRow(articleId, fields, { state: published ? 'published' : 'draft', ownerUserId: null, liveRevision: published ? 1 : null, now }))
        .onConflict((oc) => oc.column('article_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
      await insertRevision(trx, articleId, 1, { kind: 'import', fields, authorUserId: null, note: null, now, readability });
    });
  }

  async workingCopy(articleId: number): Promise<WorkingCopy | null> {
    const row = await this.db
      .selectFrom('newsroom_articles as n')
      .innerJoin('articles as a', 'a.id', 'n.article_id')
      .innerJoin('article_revisions as r', (join) => join.onRef('r.article_id', '=', 'n.article_id').onRef('r.number', '=', 'n.working_revision'))
      .select([
        'n.article_id', 'n.state', 'n.owner_user_id', 'n.live_revision', 'n.lock_user_id', 'n.lock_heartbeat_at', 'n.lock_taken_from_user_id',
        'n.publish_at', 'n.unpublish_at', 'n.schedule_held',
        'a.slug as live_slug', 'a.status as live_status', 'a.published_at', 'a.kind as article_kind',
        'r.number', 'r.kind', 'r.fields', 'r.author_user_id', 'r.note', 'r.created_at', 'r.updated_at', 'r.readability',
      ])
      .where('n.article_id', '=', articleId)
      .where('n.deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) return null;
    const liveRevision = row.live_revision === null ? null : Number(row.live_revision);
    return {
      articleId: row.article_id,
      state: parseState(row.state),
      ownerUserId: row.owner_user_id,
      working: toRevision({ ...row, article_id: row.article_id }),
      liveRevision,
      liveSlug: row.live_slug,
      isLive: row.live_status === 'published',
      everPublished: liveRevision !== null || row.published_at !== null,
      lock:
        row.lock_user_id !== null && row.lock_heartbeat_at !== null
          ? { userId: row.lock_user_id, heartbeatAt: row.lock_heartbeat_at, takenFromUserId: row.lock_taken_from_user_id }
          : null,
      schedule: row.publish_at !== null || row.unpublish_at !== null ? { publishAt: row.publish_at, unpublishAt: row.unpublish_at, held: row.schedule_held } : null,
      kind: parseArticleKind(row.article_kind),
    };
  }

  writeRevision(write: RevisionWrite): Promise<RevisionWriteResult> {
    return this.db.transaction().execute((trx) => applyRevisionWrite(trx, write, false));
  }

  publish(prepared: PreparedArticle, write: RevisionWrite): Promise<RevisionWriteResult> {
    return BatchWriter.run(this.db, this.searchSink, async (writer) => {
      const trx = writer.transaction;
      if (!(await claimWorkingRevision(trx, write))) return { ok: false, currentRevision: await currentRevision(trx, write.articleId) };
      // Another process published this schedule first: nothing is written (exactly once).
      if (write.claimSchedule !== undefined && !(await claimSchedule(trx, write.articleId, write.claimSchedule))) {
        return { ok: false, currentRevision: write.expectedRevision, scheduleTaken: true };
      }
      if (write.clearSchedule) {
        await trx.updateTable('newsroom_articles').set({ publish_at: null, schedule_held: null }).where('article_id', '=', write.articleId).execute();
      }
      // Until first published the URL may still follow the working copy; after, it stays.
      await trx.updateTable('articles').set({ slug: write.fields.slug }).where('id', '=', write.articleId).where('published_at', 'is', null).execute();
      await writer.upsertArticle(prepared, write.now);
      return applyRevisionWrite(trx, write, true, true);
    });
  }

  unpublish(articleId: number, now: string, options: { state?: NewsroomState; event?: WorkflowEvent; claimUnpublishAt?: string } = {}): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      if (options.claimUnpublishAt !== undefined && !(await claimUnpublish(trx, articleId, options.claimUnpublishAt))) return false;
      await withdraw(trx, articleId, now);
      // Leaving readers ends any schedule to leave them.
      await trx.updateTable('newsroom_articles').set({ state: options.state ?? 'unpublished', updated_at: now, unpublish_at: null }).where('article_id', '=', articleId).execute();
      if (options.event) await insertEvent(trx, options.event);
      return true;
    });
  }

  remove(articleId: number, now: string): Promise<void> {
    return this.db.transaction().execute(async (trx) => {
      await withdraw(trx, articleId, now);
      await trx
        .updateTable('newsroom_articles')
        .set({ deleted_at: now, updated_at: now, lock_user_id: null, lock_heartbeat_at: null, lock_taken_from_user_id: null })
        .where('article_id', '=', articleId)
        .execute();
    });
  }

  async listRevisions(articleId: number): Promise<RevisionSummary[]> {
    const rows = await this.db
      .selectFrom('article_revisions')
      .select(['article_id', 'number', 'kind', 'author_user_id', 'note', 'created_at', 'updated_at', 'readability'])
      .where('article_id', '=', articleId)
      .orderBy('number', 'desc')
      .execute();
    return rows.map(toRevisionSummary);
  }

  async revision(articleId: number, number: number): Promise<Revision | null> {
    const row = await this.db.selectFrom('article_revisions').selectAll().where('article_id', '=', articleId).where('number', '=', number).executeTakeFirst();
    return row ? toRevision(row) : null;
  }

  listArticles(filter: ArticleListFilter): Promise<{ items: ArticleListItem[]; total: number }> {
    return listNewsroomArticles(this.db, filter);
  }

  applyStep(step: StepWrite): Promise<RevisionWriteResult> {
    return applyStep(this.db, step);
  }

  signoffs(articleId: number): Promise<Signoff[]> {
    return listSignoffs(this.db, articleId);
  }

  timeline(articleId: number): Promise<WorkflowEvent[]> {
    return listTimeline(this.db, articleId);
  }

  dueSchedules(now: string): Promise<DueSchedule[]> {
    return dueSchedules(this.db, now);
  }

  holdSchedule(articleId: number, publishAt: string, reason: string, now: string): Promise<boolean> {
    return holdSchedule(this.db, articleId, publishAt, reason, now);
  }

  nextScheduleAt(): Promise<string | null> {
    return nextScheduleAt(this.db);
  }

  heldSchedules(): Promise<Array<{ articleId: number; title: string; publishAt: string; reason: string }>> {
    return heldSchedules(this.db);
  }

  async setLock(articleId: number, lock: EditLock | null): Promise<void> {
    await this.db
      .updateTable('newsroom_articles')
      .set({ lock_user_id: lock?.userId ?? null, lock_heartbeat_at: lock?.heartbeatAt ?? null, lock_taken_from_user_id: lock?.takenFromUserId ?? null })
      .where('article_id', '=', articleId)
      .execute();
  }
}

interface RowStart {
  state: string;
  ownerUserId: number | null;
  liveRevision: number | null;
  now: string;
}

function newsroomRow(articleId: number, fields: ArticleFields, start: RowStart) {
  return {
    article_id: articleId, state: start.state, owner_user_id: start.ownerUserId, working_revision: 1, live_revision: start.liveRevision,
    working_title: fields.title, working_slug: fields.slug, created_at: start.now, updated_at: start.now,
  };
}

async function insertNewsroomRow(trx: Tx, articleId: number, fields: ArticleFields, start: RowStart): Promise<void> {
  await trx.insertInto('newsroom_articles').values(newsroomRow(articleId, fields, start)).execute();
}

type RevisionValues = Pick<RevisionWrite, 'kind' | 'fields' | 'authorUserId' | 'note' | 'now' | 'readability'>;

async function insertRevision(trx: Tx, articleId: number, number: number, values: RevisionValues): Promise<void> {
  await trx
    .insertInto('article_revisions')
    .values({
      article_id: articleId, number, kind: values.kind, fields: JSON.stringify(values.fields), author_user_id: values.authorUserId,
      note: values.note, created_at: values.now, updated_at: values.now, readability: readabilityJson(values.readability),
    })
    .execute();
}

const readabilityJson = (report: ReadabilityReport | null | undefined): string | null => (report ? JSON.stringify(report) : null);

/**
 * The compare-and-set: touches the newsroom row only while `expectedRevision` is still the
 * working one. On PostgreSQL a concurrent writer waits on the row lock this takes, then finds
 * the number moved and updates nothing; SQLite runs one writing transaction at a time.
 */
async function claimWorkingRevision(trx: Tx, write: RevisionWrite): Promise<boolean> {
  const result = await trx
    .updateTable('newsroom_articles')
    .set({ updated_at: write.now })
    .where('article_id', '=', write.articleId)
    .where('working_revision', '=', write.expectedRevision)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function currentRevision(trx: Tx, articleId: number): Promise<number> {
  const row = await trx.selectFrom('newsroom_articles').select('working_revision').where('article_id', '=', articleId).executeTakeFirst();
  return row ? Number(row.working_revision) : 0;
}

async function applyRevisionWrite(trx: Tx, write: RevisionWrite, claimed: boolean, live = false): Promise<RevisionWriteResult> {
  if (!claimed && !(await claimWorkingRevision(trx, write))) return { ok: false, currentRevision: await currentRevision(trx, write.articleId) };
  const max = await trx
    .selectFrom('article_revisions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('article_id', '=', write.articleId)
    .executeTakeFirstOrThrow();
  const number = Number(max.n ?? 0) + 1;
  if (write.mode === 'fold') {
    // Renumbered, not only rewritten: the edit token changes, so a stale tab's save is refused.
    await trx
      .updateTable('article_revisions')
      .set({ number, kind: write.kind, fields: JSON.stringify(write.fields), note: write.note, updated_at: write.now, readability: readabilityJson(write.readability) })
      .where('article_id', '=', write.articleId)
      .where('number', '=', write.expectedRevision)
      .execute();
  } else {
    await insertRevision(trx, write.articleId, number, write);
  }
  await trx
    .updateTable('newsroom_articles')
    .set({
      working_revision: number,
      working_title: write.fields.title,
      working_slug: write.fields.slug,
      updated_at: write.now,
      ...(write.state ? { state: write.state } : {}),
      ...(live ? { live_revision: number } : {}),
    })
    .where('article_id', '=', write.articleId)
    .execute();
  if (write.event) await insertEvent(trx, { ...write.event, revision: number });
  return { ok: true, revision: number };
}

/**
 * Readers lose the article: its live row goes back to 'draft' (pages, search, lists and the
 * sitemap show only 'published'), stamped with a new change sequence so builds and the page
 * cache follow, and marked pending so the Recommended lists drop it on the next refresh.
 */
async function withdraw(trx: Tx, articleId: number, now: string): Promise<void> {
  await trx
    .updateTable('articles')
    .set({
      status: 'draft', digest: WITHDRAWN_DIGEST, modified_at: now, change_seq: await nextChangeSeq(trx),
      // Evaluated on the row as it was: only an article readers could open becomes "gone".
      withdrawn_at: sql<string | null>`case when status = 'published' then ${now} else withdrawn_at end`,
    })
    .where('id', '=', articleId)
    .execute();
  await markPending(trx, [articleId]);
}
