import type { AuditAction, AuditLog } from '../../accounts/audit-log.js';
import type { Actor } from '../../accounts/roles.js';
import type { ArticleKind } from '../../content/article-kind.js';
import { type ArticleFields, validateFields } from '../../editorial/article-draft.js';
import { sitePageProblems } from '../../editorial/site-page-rules.js';
import type { FeedbackStore } from '../../editorial/feedback-store.js';
import type { NewsroomStore, WorkflowEvent, WorkingCopy } from '../../editorial/newsroom.js';
import type { PreviewLinkStore } from '../../editorial/preview-links.js';
import { measureReadability } from '../../editorial/readability.js';
import type { TaxonomyStore } from '../../editorial/taxonomy.js';
import { type Signoff, signoffStanding } from '../../editorial/clinical-signoff.js';
import { type NewsroomState, type SignoffStanding, transition, type WorkflowAction, type WorkflowStep, type WorkflowSubject } from '../../editorial/workflow.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import type { RelatedRepository } from '../../related/related-repository.js';

/** What the newsroom's use cases need: its store, the recommender (publishing refreshes lists), the audit log, a clock. */
export interface NewsroomPorts {
  newsroom: NewsroomStore;
  /** Shareable preview links (editorial/preview-links.ts). */
  previewLinks: PreviewLinkStore;
  /** Topics, categories and tags as editors manage them (editorial/taxonomy.ts). */
  taxonomy: TaxonomyStore;
  /** Readers' answers to "Is this page helpful?" (editorial/feedback-store.ts): editors read them, the review queue counts them. */
  feedback: FeedbackStore;
  related: RelatedRepository;
  audit: Pick<AuditLog, 'record'>;
  /** Injected so tests (and a job replaying work) decide what "now" is. */
  clock: () => Date;
  /** The site setting (HEALTHPRESS_CLINICAL_REVIEW): nothing clinical is published without a current sign-off. Default true. */
  clinicalReviewRequired?: boolean;
}

export const nowOf = (ports: Pick<NewsroomPorts, 'clock'>): string => ports.clock().toISOString();

/**
 * The article's working copy; an imported article the newsroom never opened gets its newsroom
 * row and revision 1 ('import', from the live row) here, on first use.
 */
export async function openWorkingCopy(ports: Pick<NewsroomPorts, 'newsroom' | 'clock'>, articleId: number): Promise<WorkingCopy> {
  const copy = await ports.newsroom.workingCopy(articleId);
  if (copy) return copy;
  const live = await ports.newsroom.liveArticle(articleId);
  if (!live) throw notFound(`article ${articleId}`);
  await ports.newsroom.adopt(articleId, live.fields, nowOf(ports), measureReadability(live.fields.bodyMarkdown));
  const adopted = await ports.newsroom.workingCopy(articleId);
  if (!adopted) throw notFound(`article ${articleId}`); // deleted: its newsroom row is kept, marked
  return adopted;
}

/** The latest sign-off of the article and whether it still covers the working revision. */
export interface SignoffView {
  latest: Signoff | null;
  standing: SignoffStanding;
}

export async function signoffOf(ports: Pick<NewsroomPorts, 'newsroom'>, copy: WorkingCopy): Promise<SignoffView> {
  const [latest] = await ports.newsroom.signoffs(copy.articleId);
  if (!latest) return { latest: null, standing: 'none' };
  const signed = latest.revision === copy.working.number ? copy.working : await ports.newsroom.revision(copy.articleId, latest.revision);
  return { latest, standing: signoffStanding(signed, copy.working.fields) };
}

/** What the state machine looks at, from the working copy and its sign-off. */
export function subjectOf(ports: Pick<NewsroomPorts, 'clinicalReviewRequired'>, copy: WorkingCopy, signoff: SignoffStanding): WorkflowSubject {
  return {
    state: copy.state, ownerId: copy.ownerUserId, everPublished: copy.everPublished, isLive: copy.isLive,
    hasPendingChanges: !copy.isLive || copy.liveRevision !== copy.working.number,
    // Site pages (About, Privacy…) are not clinical content: no sign-off needed, an editor still publishes.
    signoff, reviewRequired: copy.kind === 'page' ? false : ports.clinicalReviewRequired ?? true,
  };
}

/**
 * Where `step` leads from the copy's state, or the refusal: FORBIDDEN naming the permission,
 * REVIEW_REQUIRED (409) naming why, or INVALID. `signoff` defaults to none: steps that do not
 * publish never look at it.
 */
export function guard(
  copy: WorkingCopy, actor: Actor, step: WorkflowAction | WorkflowStep,
  context: { ports?: Pick<NewsroomPorts, 'clinicalReviewRequired' | 'clock'>; signoff?: SignoffStanding } = {},
): NewsroomState | 'deleted' {
  const now = context.ports?.clock() ?? new Date();
  const outcome = transition(subjectOf(context.ports ?? {}, copy, context.signoff ?? 'none'), actor, step, now);
  if (outcome.allowed) return outcome.state;
  if (outcome.code === 'FORBIDDEN') throw forbidden(outcome.permission, outcome.reason);
  if (outcome.code === 'REVIEW_REQUIRED') throw new AppError('REVIEW_REQUIRED', `${outcome.permission}: ${outcome.reason}`, [`signoff: ${outcome.reason}`]);
  throw new AppError('INVALID', `${outcome.permission}: ${outcome.reason}`, [`state: ${outcome.reason}`]);
}

/**
 * Every problem of the fields at once: the pure checks, then what needs the store (the slug
 * is free, the category exists). `copy` is null for a new draft.
 */
export async function checkFields(newsroom: NewsroomStore, fields: ArticleFields, copy: WorkingCopy | null, kind: ArticleKind = copy?.kind ?? 'article'): Promise<void> {
  const problems = validateFields(fields);
  if (kind === 'page') problems.push(...sitePageProblems(fields));
  // A published article may move: publishing the new slug leaves the old address answering 301.
  if (fields.slug !== '') {
    const holder = await newsroom.slugHolder(fields.slug, copy?.articleId ?? null);
    if (holder) problems.push(`slug: "${fields.slug}" is taken by "${holder.title}" (article ${holder.articleId})`);
  }
  if (!(await newsroom.categoryExists(fields.categoryPath))) problems.push(`category: no category "${fields.categoryPath.join(' / ')}"`);
  if (problems.length > 0) throw invalid(problems);
}

export async function recordEvent(ports: Pick<NewsroomPorts, 'audit'>, actor: Actor, action: AuditAction, articleId: number, at: string, detail: string | null): Promise<void> {
  await ports.audit.record({ at, action, actorUserId: actor.userId, subject: `article:${articleId}`, detail, clientIp: null });
}

/** The timeline's record of a step taken by `actor` (null: the scheduler). */
export function stepEvent(copy: WorkingCopy, action: WorkflowEvent['action'], to: NewsroomState | null, actorUserId: number | null, comment: string | null, at: string): WorkflowEvent {
  return { articleId: copy.articleId, revision: copy.working.number, action, fromState: copy.state, toState: to, actorUserId, comment: comment?.trim() || null, at };
}
