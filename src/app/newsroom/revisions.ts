import { authorize } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import type { ArticleListFilter, ArticleListItem, Revision, RevisionSummary } from '../../editorial/newsroom.js';
import { diffRevisions as diffFields, type RevisionDiff } from '../../editorial/revision-diff.js';
import { forbidden, notFound } from '../../errors.js';
import { type NewsroomPorts, openWorkingCopy } from './newsroom-ports.js';

async function viewable(ports: NewsroomPorts, actor: Actor, articleId: number) {
  const copy = await openWorkingCopy(ports, articleId);
  const view = authorize(actor, 'article.view', { ownerId: copy.ownerUserId, everPublished: copy.everPublished });
  if (!view.allowed) throw forbidden(view.permission, view.reason);
  return copy;
}

/** An article's revisions, newest first (fields left out: a list, not a comparison). */
export async function listRevisions(ports: NewsroomPorts, actor: Actor, articleId: number): Promise<RevisionSummary[]> {
  await viewable(ports, actor, articleId);
  return ports.newsroom.listRevisions(articleId);
}

/** One revision with its fields, for whoever may view the article. */
export async function readRevision(ports: NewsroomPorts, actor: Actor, articleId: number, number: number): Promise<Revision> {
  await viewable(ports, actor, articleId);
  const revision = await ports.newsroom.revision(articleId, number);
  if (!revision) throw notFound(`revision ${number} of article ${articleId}`);
  return revision;
}

/** What changed from revision `from` to revision `to`: per field, and word by word in title, summary and body. */
export async function diffRevisions(ports: NewsroomPorts, actor: Actor, request: { articleId: number; from: number; to: number }): Promise<RevisionDiff> {
  await viewable(ports, actor, request.articleId);
  const [from, to] = await Promise.all([ports.newsroom.revision(request.articleId, request.from), ports.newsroom.revision(request.articleId, request.to)]);
  if (!from) throw notFound(`revision ${request.from} of article ${request.articleId}`);
  if (!to) throw notFound(`revision ${request.to} of article ${request.articleId}`);
  return diffFields(from, to);
}

/**
 * The admin list: every article, newest change first, one page. Contributors see their own
 * articles only (the policy lets them view no others).
 */
export async function listArticles(ports: Pick<NewsroomPorts, 'newsroom'>, actor: Actor, filter: ArticleListFilter): Promise<{ items: ArticleListItem[]; total: number }> {
  const seesAll = authorize(actor, 'article.view', { ownerId: null, everPublished: true }).allowed;
  return ports.newsroom.listArticles(seesAll ? filter : { ...filter, ownerUserId: actor.userId });
}
