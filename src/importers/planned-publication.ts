import type { ArticleInput } from '../content/article.js';

/**
 * An article whose source gives a publication date still to come is not published by the import:
 * it is written as a draft (readers cannot see it) and the import schedules it for that date, the
 * start of the day in UTC. Null: publish (or keep) as the source says.
 */
export function plannedPublication(article: ArticleInput, now: string): { article: ArticleInput; publishAt: string } | null {
  if (article.status !== 'published' || article.publishedAt === null) return null;
  const publishAt = new Date(article.publishedAt.length === 10 ? `${article.publishedAt}T00:00:00.000Z` : article.publishedAt).toISOString();
  if (publishAt <= now) return null;
  return { article: { ...article, status: 'draft', publishedAt: null }, publishAt };
}
