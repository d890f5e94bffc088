import type { ArticleInput, TopicRef } from '../content/article.js';

export type UpsertOutcome = 'imported' | 'updated' | 'unchanged';

/** A category a source describes (its path of names, top level first), with or without articles. */
export interface CategoryInput {
  path: string[];
  description: string | null;
}

/**
 * Where importers write: whole batches, each one transaction, keyed on the provenance id so a
 * re-import updates instead of duplicating. Every implementation runs article-ingest.contract.ts.
 */
export interface ArticleIngest {
  /** Writes a batch of articles (and their topics, categories, tags) in one transaction. */
  upsertArticles(batch: ArticleInput[], now: string): Promise<UpsertOutcome[]>;
  upsertCategories(categories: CategoryInput[]): Promise<void>;
  upsertTopics(topics: TopicRef[]): Promise<void>;
}
