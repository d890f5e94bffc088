import type { TopicRef } from '../content/article.js';
import type { PreparedArticle } from '../content/prepared-article.js';

export type UpsertOutcome = 'imported' | 'updated' | 'unchanged';

/** A category a source describes (its path of names, top level first), with or without articles. */
export interface CategoryInput {
  path: string[];
  description: string | null;
}

/** An article as an import source left it. */
export interface ImportedArticle {
  articleId: number;
  provenanceId: string;
  slug: string;
  title: string;
  status: string;
}

/**
 * Where importers write: whole batches, each one transaction, keyed on the provenance id so a
 * re-import updates instead of duplicating. Every implementation runs article-ingest.contract.ts.
 */
export interface ArticleIngest {
  /**
   * Writes a batch of prepared articles (and their topics, categories, tags) in one transaction;
   * one whose stored digest equals its own is left as it is ('unchanged').
   */
  upsertArticles(batch: PreparedArticle[], now: string): Promise<UpsertOutcome[]>;
  /**
   * Records that the source holds these articles (written or unchanged alike), so a later
   * `import --prune` of it knows them; an article another source held moves to this one.
   */
  markImported(importSource: string, provenanceIds: string[]): Promise<void>;
  /** Every article recorded as held by an import source (`import --prune` compares them with its files). */
  importedFrom(importSource: string): Promise<ImportedArticle[]>;
  /**
   * The stored digests of those of the articles that exist, by provenance id: an importer skips
   * preparing what it would not change.
   */
  storedDigests(provenanceIds: string[]): Promise<Map<string, string>>;
  upsertCategories(categories: CategoryInput[]): Promise<void>;
  upsertTopics(topics: TopicRef[]): Promise<void>;
}
