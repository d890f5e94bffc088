/**
 * Where an article stands. A closed set: only 'published' reaches readers, and a status this
 * code does not know (one a later version wrote, or a hand edit) is an error wherever it is
 * read, never taken for one it knows.
 */
export const ARTICLE_STATUSES = ['draft', 'published'] as const;

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export function isArticleStatus(value: string): value is ArticleStatus {
  return (ARTICLE_STATUSES as readonly string[]).includes(value);
}

/** `article` names the article in the error, e.g. its slug and provenance id. */
export function parseArticleStatus(value: string, article: string): ArticleStatus {
  if (isArticleStatus(value)) return value;
  throw new Error(`${article}: unknown status "${value}" (known: ${ARTICLE_STATUSES.join(', ')})`);
}

/** How a stored article is named in errors: its slug and its provenance id. */
export function articleLabel(slug: string, provenanceId: string): string {
  return `article "${slug}" (${provenanceId})`;
}
