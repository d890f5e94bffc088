import { can } from '../accounts/policy.js';
import type { Actor } from '../accounts/roles.js';
import { reservedSlugProblem } from '../content/article-kind.js';
import type { ArticleFields } from './article-draft.js';

/**
 * What a site page (About, Privacy…) may not have, as `field: reason`: an address the site uses
 * for itself, or the filing of health content (a topic, a category, tags, a question type), which
 * would put it in topics, the A–Z and listings. Pure; checked on every save, as the other fields are.
 */
export function sitePageProblems(fields: ArticleFields): string[] {
  const problems: string[] = [];
  const reserved = reservedSlugProblem(fields.slug);
  if (reserved) problems.push(reserved);
  if (fields.topic !== null) problems.push('topic: a site page is not filed under a topic');
  if (fields.categoryPath.length > 0) problems.push('category: a site page is not filed under a category');
  if (fields.tags.length > 0) problems.push('tags: a site page has no tags');
  if (fields.questionType !== null) problems.push('questionType: a site page answers no health question');
  return problems;
}

/**
 * Site pages are the site's own voice: created and managed by those who may publish (editors and
 * admins), a rule of the policy table's `article.publish`, asked before any page exists.
 */
export function mayManageSitePages(actor: Actor): boolean {
  return can(actor, 'article.publish', { ownerId: null, everPublished: false });
}
