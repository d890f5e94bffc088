import type { AuditAction, AuditLog } from '../../accounts/audit-log.js';
import type { Actor } from '../../accounts/roles.js';
import { type ArticleFields, validateFields } from '../../editorial/article-draft.js';
import type { FeedbackStore } from '../../editorial/feedback-store.js';
import type { NewsroomStore, WorkingCopy } from '../../editorial/newsroom.js';
import type { PreviewLinkStore } from '../../editorial/preview-links.js';
import type { TaxonomyStore } from '../../editorial/taxonomy.js';
import { type NewsroomState, transition, type WorkflowAction } from '../../editorial/workflow.js';
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
  await ports.newsroom.adopt(articleId, live.fields, nowOf(ports));
  const adopted = await ports.newsroom.workingCopy(articleId);
  if (!adopted) throw notFound(`article ${articleId}`); // deleted: its newsroom row is kept, marked
  return adopted;
}

/** Where `action` leads from the copy's state, or the refusal: FORBIDDEN naming the permission, or INVALID. */
export function guard(copy: WorkingCopy, actor: Actor, action: WorkflowAction): NewsroomState | 'deleted' {
  const outcome = transition({ state: copy.state, ownerId: copy.ownerUserId, everPublished: copy.everPublished, isLive: copy.isLive }, actor, action);
  if (outcome.allowed) return outcome.state;
  if (outcome.code === 'FORBIDDEN') throw forbidden(outcome.permission, outcome.reason);
  throw new AppError('INVALID', `${outcome.permission}: ${outcome.reason}`, [`state: ${outcome.reason}`]);
}

/**
 * Every problem of the fields at once: the pure checks, then what needs the store (the slug
 * is free, the category exists). `copy` is null for a new draft.
 */
export async function checkFields(newsroom: NewsroomStore, fields: ArticleFields, copy: WorkingCopy | null): Promise<void> {
  const problems = validateFields(fields);
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
