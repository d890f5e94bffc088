import type { Article, ArticleSummary, CategorySummary, TopicRef } from '../content/article.js';
import type { CategoryNode } from '../content/category.js';
import type { PreparedArticle } from '../content/prepared-article.js';
import type { Topic } from '../content/topic.js';
import type { CategoryInput } from '../importers/loader.js';
import type { RelatedRepository } from './related-repository.js';

export type UpsertOutcome = 'imported' | 'updated' | 'unchanged';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ArticleListQuery {
  /** Articles in these categories (a category and its descendants). */
  categoryIds?: number[];
  tagSlug?: string;
  topicId?: number;
  order: 'newest' | 'oldest';
  limit: number;
  offset: number;
}

export interface Neighbours {
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
}

export interface TopicIndexEntry {
  slug: string;
  name: string;
  synonyms: string[];
  articleCount: number;
}

export interface SitemapEntry {
  path: string;
  lastModified: string | null;
}

/** An article as a static build compares it between two builds (see docs/static-export.md). */
export interface ArticleState {
  id: number;
  slug: string;
  categoryId: number | null;
  topicId: number | null;
  publishedAt: string | null;
  /** What the sitemap gives as its last modification: the latest of its dates. */
  lastModified: string | null;
  tagSlugs: string[];
}

/** Which database, and how far its writes have gone (the site's change sequence, migrations 004, 006). */
export interface ChangePosition {
  siteId: string;
  changeSeq: number;
}

/** The published site in brief, at a change position: what a first static build records. */
export interface SiteState extends ChangePosition {
  articles: ArticleState[];
}

/** What changed after a change position: what a static rebuild reads instead of the whole site. */
export interface SiteChanges extends ChangePosition {
  /** Articles written since (any status: an unpublished one leaves the site). */
  articles: (ArticleState & { published: boolean })[];
  /** Articles whose "Recommended" list changed since. */
  lists: number[];
  /** Topics whose names or description changed since. */
  topics: number[];
  categoriesChanged: boolean;
}

export interface StoreStats {
  articles: number;
  publishedArticles: number;
  answeredArticles: number;
  topics: number;
  categories: number;
  tags: number;
  articlesBySource: Record<string, number>;
}

/**
 * The content store port. Readers only ever see published articles through the `find*` and
 * `list*` methods; writes are whole batches, each one transaction.
 * Every implementation runs the shared contract suite in content-store.contract.ts.
 */
export interface ContentStore {
  /**
   * Writes a batch of prepared articles (and their topics, categories, tags) in one transaction;
   * one whose stored digest equals its own is left as it is ('unchanged').
   */
  upsertArticles(batch: PreparedArticle[], now: string): Promise<UpsertOutcome[]>;
  /**
   * The stored digests of those of the articles that exist, by provenance id: an importer skips
   * preparing what it would not change.
   */
  storedDigests(provenanceIds: string[]): Promise<Map<string, string>>;
  upsertCategories(categories: CategoryInput[]): Promise<void>;
  upsertTopics(topics: TopicRef[]): Promise<void>;

  findArticleBySlug(slug: string): Promise<Article | null>;
  findArticleByProvenanceId(provenanceId: string): Promise<Article | null>;
  listArticles(query: ArticleListQuery): Promise<Page<ArticleSummary>>;
  neighbours(article: Article): Promise<Neighbours>;
  /**
   * The article's stored "Recommended" list, published entries only, in order. Lists are
   * computed by the recommender (RelatedService) when articles are written, never here.
   */
  relatedArticles(article: Article, limit: number): Promise<ArticleSummary[]>;
  /**
   * Every published article, in id order, with its stored "Recommended" ids (published or not,
   * in order): what a static build reads once instead of four queries per page.
   */
  publishedArticles(): Promise<Article[]>;
  relatedIds(): Promise<Map<number, number[]>>;
  /** Every topic with its count of published articles, in id order. */
  listTopics(): Promise<Topic[]>;
  siteState(): Promise<SiteState>;
  changesSince(changeSeq: number): Promise<SiteChanges>;
  /** Where the recommender reads articles and keeps lists, pins and exclusions. */
  readonly related: RelatedRepository;

  findTopicBySlug(slug: string): Promise<Topic | null>;
  topicIndex(): Promise<TopicIndexEntry[]>;
  /** Every published article of a topic, for the topic page. */
  topicArticles(topicId: number): Promise<ArticleSummary[]>;

  listCategories(): Promise<CategoryNode[]>;
  findCategoryBySlug(slug: string): Promise<CategoryNode | null>;
  /** The category and its ancestors, top level first (an article's breadcrumbs). */
  categoryTrail(categoryId: number): Promise<CategorySummary[]>;
  findTagBySlug(slug: string): Promise<{ slug: string; name: string; articleCount: number } | null>;

  /** Public URLs for the sitemap, paged so a large site is never held in memory at once. */
  sitemapEntries(offset: number, limit: number): Promise<SitemapEntry[]>;
  countPublished(): Promise<number>;
  stats(): Promise<StoreStats>;
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}
