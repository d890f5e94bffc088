import type { ArticleStatus } from '../content/article-status.js';
import type { RelatedEntry, RelatedOverride, RelatedSource, RelatedTopicSource } from './related-document.js';

/** An article as `healthpress related` names it (any status: editors look at drafts too). */
export interface ArticleRef {
  id: number;
  slug: string;
  title: string;
  provenanceId: string;
  status: ArticleStatus;
}

export interface StoredRelatedEntry extends RelatedEntry {
  position: number;
  target: ArticleRef & { topicName: string | null; hasAnswer: boolean };
}

/**
 * The recommender's side of the site database: what it reads to rank, where the lists it computes are
 * kept, the editors' pins and exclusions, and the outbox of articles written since their lists
 * were last computed. Every implementation runs related-repository.contract.ts.
 */
export interface RelatedRepository {
  /** Every article (any status), in id order, one page at a time. */
  sources(afterId: number, limit: number): Promise<RelatedSource[]>;
  sourcesById(ids: number[]): Promise<RelatedSource[]>;
  topics(ids?: number[]): Promise<RelatedTopicSource[]>;
  countArticles(): Promise<number>;

  /** Articles written (imported, updated, overridden) since their lists were last saved. */
  pending(): Promise<number[]>;
  /** Articles whose stored list shows any of `ids`. */
  listsContaining(ids: number[]): Promise<number[]>;
  /** For each article whose stored list is full (`limit` entries): the score of its last entry. */
  cutoffs(articleIds: number[], limit: number): Promise<Map<number, number>>;
  /**
   * Replaces the stored lists of the given articles (of every article with `all`), clears their
   * pending marks and bumps the generation, in one transaction.
   */
  saveLists(lists: Map<number, RelatedEntry[]>, options: { all: boolean; done: number[] }): Promise<void>;
  /** Moves whenever lists are saved; a kept model compares it with the one it saved. */
  generation(): Promise<number>;
  storedList(articleId: number): Promise<StoredRelatedEntry[]>;

  findArticle(slugOrProvenanceId: string): Promise<ArticleRef | null>;
  overrides(articleIds?: number[]): Promise<RelatedOverride[]>;
  /** Saves a pin or exclusion (replacing one for the same pair) and marks the article pending. */
  setOverride(override: RelatedOverride, now: string): Promise<void>;
  /** Removes the pin or exclusion of a pair; false when there was none. */
  removeOverride(articleId: number, targetId: number): Promise<boolean>;
}
