import type { ArticleKind } from '../content/article-kind.js';
import type { PreparedArticle } from '../content/prepared-article.js';
import type { ArticleFields, LiveAttributes } from './article-draft.js';
import type { NewSignoff, Signoff } from './clinical-signoff.js';
import type { EditLock } from './edit-lock.js';
import type { ReadabilityReport } from './readability.js';
import type { ReviewCandidate } from './review-dates.js';
import type { RevisionKind } from './save-rules.js';
import type { NewsroomState, WorkflowAction } from './workflow.js';

/** One saved version of one article. */
export interface Revision {
  articleId: number;
  /** Per article, increasing; the working revision's number is the edit token. */
  number: number;
  kind: RevisionKind;
  fields: ArticleFields;
  authorUserId: number | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  /** Its body's readability, measured when it was written (readability.ts); null if written before that was kept. */
  readability: ReadabilityReport | null;
}

export type RevisionSummary = Omit<Revision, 'fields'>;

/** An article as the newsroom edits it: its working revision, and where readers stand. */
export interface WorkingCopy {
  articleId: number;
  state: NewsroomState;
  ownerUserId: number | null;
  working: Revision;
  /** The revision readers see (the last published); kept after unpublish, null if never published. */
  liveRevision: number | null;
  /** The live row's slug: the article's URL once published. */
  liveSlug: string;
  /** Readers can see the article now (its live row is published). */
  isLive: boolean;
  /** Readers saw a version once (published_at set, or a live revision): editors' business from then on. */
  everPublished: boolean;
  lock: EditLock | null;
  /** When the working revision goes live (or the article leaves readers), if scheduled. */
  schedule: Schedule | null;
  /** An article or a site page (content/article-kind.ts); absent: an article. */
  kind?: ArticleKind;
}

export interface Schedule {
  publishAt: string | null;
  unpublishAt: string | null;
  /** Why a due publication was held instead of published (its sign-off was voided); null while it waits. */
  held: string | null;
}

/** One step on an article's timeline: who did what, from which state to which, and why. */
export interface WorkflowEvent {
  articleId: number;
  /** The working revision the step acted on. */
  revision: number | null;
  action: WorkflowAction | 'signoff-voided' | 'schedule-held';
  fromState: NewsroomState | null;
  toState: NewsroomState | null;
  /** Null for the scheduler acting on its own. */
  actorUserId: number | null;
  comment: string | null;
  at: string;
}

/** A workflow step that writes no revision: its state, sign-off or schedule, and its event, one transaction. */
export interface StepWrite {
  articleId: number;
  /** Compare-and-set: only while this is still the working revision (the one the actor looked at). */
  expectedRevision: number;
  state: NewsroomState;
  event: WorkflowEvent;
  signoff?: NewSignoff;
  /** A new schedule; null clears it; absent leaves it. */
  schedule?: { publishAt: string; unpublishAt: string | null } | null;
  /** A whole-page review of what readers see: the live row's reviewer and last-reviewed date move. */
  reviewLive?: { reviewerName: string; credential: string; at: string };
}

/** A schedule that has come due. */
export interface DueSchedule {
  articleId: number;
  workingRevision: number;
  /** Exactly one of the two is due (a publication first, when both are). */
  kind: 'publish' | 'unpublish';
  at: string;
}

/** The reader-side row in the newsroom's terms: what adopting an imported article starts from. */
export interface LiveArticle extends LiveAttributes {
  articleId: number;
  slug: string;
  status: string;
  fields: ArticleFields;
}

export interface RevisionWrite {
  articleId: number;
  /** Compare-and-set: the write happens only while this is still the working revision. */
  expectedRevision: number;
  /** fold: rewrite the working revision in place and renumber it max+1; append: a new one. */
  mode: 'append' | 'fold';
  kind: RevisionKind;
  fields: ArticleFields;
  authorUserId: number | null;
  note: string | null;
  now: string;
  /** The working copy's new state, when the write is a workflow step. */
  state?: NewsroomState;
  /** Recorded on the timeline in the same transaction. */
  event?: WorkflowEvent;
  /** Publishing a schedule: only while the working copy is still scheduled for this instant, which is then cleared (exactly once across processes). */
  claimSchedule?: string;
  /** Clears any schedule (publishing by hand supersedes it). */
  clearSchedule?: boolean;
  /** The body's readability (readability.ts), measured by the use case; stored with the revision. */
  readability?: ReadabilityReport | null;
}

/** `scheduleTaken`: the schedule this publish claimed was already published (or changed) by someone else. */
export type RevisionWriteResult = { ok: true; revision: number } | { ok: false; currentRevision: number; scheduleTaken?: boolean };

export interface NewDraft {
  /** The article as its reader-side row starts: status 'draft', a newsroom provenance. */
  prepared: PreparedArticle;
  fields: ArticleFields;
  ownerUserId: number;
  note: string | null;
  now: string;
  /** Revision 1's readability, as RevisionWrite's. */
  readability?: ReadabilityReport | null;
}

export interface ArticleListFilter {
  state?: NewsroomState;
  /** Title substring, any case. */
  q?: string;
  /** Topic slug. */
  topic?: string;
  /** Category slug (its path: "womens-health/pregnancy"); its subcategories are not included. */
  category?: string;
  ownerUserId?: number;
  /** The byline, exactly. */
  author?: string;
  questionType?: string;
  /** Only articles or only site pages (content/article-kind.ts); absent: both. */
  kind?: ArticleKind;
  limit: number;
  offset: number;
}

export interface ArticleListItem {
  articleId: number;
  title: string;
  slug: string;
  state: NewsroomState;
  ownerUserId: number | null;
  author: string | null;
  topicName: string | null;
  /** The category's own name (not its path); live-row values, like topic and author. */
  categoryName: string | null;
  questionType: string | null;
  isLive: boolean;
  /** Null until the article is first opened in the newsroom (imported articles). */
  workingRevision: number | null;
  liveRevision: number | null;
  /** The newsroom's last change, or the live row's for articles the newsroom never touched. */
  changedAt: string;
  /** The working revision's Flesch–Kincaid grade; null when not measured (never opened, written before it was kept, or no prose). */
  readingGrade: number | null;
}

/**
 * Where the newsroom keeps working copies and history (every implementation runs
 * newsroom.contract.ts). The reader-side `articles` row is written only by create, publish,
 * unpublish and remove, through the same writer imports use (search index, change sequence,
 * Recommended outbox in the same transaction); saves touch the newsroom's tables only.
 */
export interface NewsroomStore {
  liveArticle(articleId: number): Promise<LiveArticle | null>;
  /** The article holding `slug` (live or working), other than `exceptArticleId`. */
  slugHolder(slug: string, exceptArticleId: number | null): Promise<{ articleId: number; title: string } | null>;
  categoryExists(path: string[]): Promise<boolean>;
  /** Every published article with its last review date: what the review queue is worked out from (review-dates.ts). */
  reviewCandidates(): Promise<ReviewCandidate[]>;
  /** Every topic's name, by name, for the editor's suggestions; null when there are more than `limit`. */
  topicNames(limit: number): Promise<string[] | null>;
  /** The reader-side row (status 'draft'), the newsroom row and revision 1 ('save'), one transaction. */
  createDraft(draft: NewDraft): Promise<{ articleId: number; revision: number }>;
  /** Gives an article that has none a newsroom row and revision 1 ('import') from `fields` (with its readability); idempotent. */
  adopt(articleId: number, fields: ArticleFields, now: string, readability?: ReadabilityReport | null): Promise<void>;
  /** Null when the newsroom has no row for it, or it was deleted. */
  workingCopy(articleId: number): Promise<WorkingCopy | null>;
  writeRevision(write: RevisionWrite): Promise<RevisionWriteResult>;
  /**
   * Writes `prepared` (status 'published') to the live row as imports do, appends the 'publish'
   * revision `write` describes and makes it the live revision, one transaction; nothing when the
   * compare-and-set fails.
   */
  publish(prepared: PreparedArticle, write: RevisionWrite): Promise<RevisionWriteResult>;
  /**
   * Readers lose the article (live row to 'draft'); the working copy becomes `state` ('unpublished'
   * or 'archived'), with `event` on the timeline. With `claimUnpublishAt`, only while that is still
   * the scheduled unpublication (then cleared): false when another process did it first.
   */
  unpublish(articleId: number, now: string, options?: { state?: NewsroomState; event?: WorkflowEvent; claimUnpublishAt?: string }): Promise<boolean>;
  /** Readers and the newsroom's list lose the article; rows are kept, marked deleted. */
  remove(articleId: number, now: string): Promise<void>;
  listRevisions(articleId: number): Promise<RevisionSummary[]>;
  revision(articleId: number, number: number): Promise<Revision | null>;
  listArticles(filter: ArticleListFilter): Promise<{ items: ArticleListItem[]; total: number }>;
  setLock(articleId: number, lock: EditLock | null): Promise<void>;
  /** A step without a new revision (request changes, sign off, schedule…); false result when the compare-and-set fails. */
  applyStep(step: StepWrite): Promise<RevisionWriteResult>;
  /** Newest first. */
  signoffs(articleId: number): Promise<Signoff[]>;
  /** Oldest first. */
  timeline(articleId: number): Promise<WorkflowEvent[]>;
  /** Schedules due at `now` (held ones excluded), soonest first. */
  dueSchedules(now: string): Promise<DueSchedule[]>;
  /** Marks a due publication held, with why, and records the event; false when someone else acted on it first. */
  holdSchedule(articleId: number, publishAt: string, reason: string, now: string): Promise<boolean>;
  /** The soonest schedule still to come due (held ones excluded): when the server's timer should fire. */
  nextScheduleAt(): Promise<string | null>;
  /** Schedules a person must look at: held ones, soonest first. */
  heldSchedules(): Promise<Array<{ articleId: number; title: string; publishAt: string; reason: string }>>;
}
