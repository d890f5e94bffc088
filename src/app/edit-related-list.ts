import type { ArticleRef, RelatedRepository, StoredRelatedEntry } from '../related/related-repository.js';
import { type RefreshReport, RelatedService } from '../related/related-service.js';

/** One article's stored "Recommended" list, as an editor looks at it. */
export interface RelatedListView {
  article: ArticleRef;
  /** Written since its list was computed: the list may be out of date until the next refresh. */
  pending: boolean;
  entries: StoredRelatedEntry[];
}

/** The stored list of an article named by its slug or provenance id (any status: editors see drafts). */
export async function showRelatedList(related: RelatedRepository, articleRef: string): Promise<RelatedListView> {
  const article = await new RelatedService(related).resolve(articleRef);
  const [entries, pending] = await Promise.all([related.storedList(article.id), related.pending()]);
  return { article, pending: pending.includes(article.id), entries };
}

/** An editor's change to one list: pin a target (at a position), exclude it, or undo either. */
export type RelatedListEdit =
  | { action: 'pin'; article: string; target: string; position: number | null }
  | { action: 'exclude'; article: string; target: string }
  | { action: 'unpin'; article: string; target: string };

/**
 * Applies an editor's pin, exclusion or unpin (articles named by slug or provenance id), then
 * recomputes the lists it affects; every later computation respects it.
 */
export function editRelatedList(related: RelatedRepository, edit: RelatedListEdit): Promise<RefreshReport> {
  const service = new RelatedService(related);
  switch (edit.action) {
    case 'pin':
      return service.setOverride(edit.article, edit.target, 'pin', edit.position);
    case 'exclude':
      return service.setOverride(edit.article, edit.target, 'exclude');
    case 'unpin':
      return service.clearOverride(edit.article, edit.target);
  }
}
