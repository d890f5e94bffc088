import type { Article, ArticleSummary, CategorySummary } from '../content/article.js';
import type { ArticleKind } from '../content/article-kind.js';
import type { CategoryNode } from '../content/category.js';
import type { Topic } from '../content/topic.js';

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

/**
 * What readers see: the published site, as reader pages, the JSON API and the static export
 * read it. Only published articles ever come out of it. The static build answers it from a
 * snapshot (export/snapshot-catalogue.ts) and records which page read what (the only port the
 * build's dependency recorder wraps). Every database implementation runs
 * published-catalogue.contract.ts; the export's snapshot (export/snapshot-catalogue.ts) is checked against
 * the database's own answers in its test.
 */
/** An article readers could once open at its address and no longer can (unpublished or deleted). */
export interface RetiredArticle {
  title: string;
  /** Its topic, while the topic still has published articles to offer instead. */
  topic: { slug: string; name: string } | null;
}

/** A published site page as the footer links to it. */
export interface SitePageLink {
  id: number;
  slug: string;
  title: string;
}

export interface PublishedCatalogue {
  /** A published article (never a site page: those live at `/<slug>`, findSitePage). */
  findArticleBySlug(slug: string): Promise<Article | null>;
  /** A published site page (About, Privacy…) by its slug. */
  findSitePage(slug: string): Promise<Article | null>;
  /** Every published site page, in the order the footer lists them: first published first, then by id. */
  sitePages(): Promise<SitePageLink[]>;
  /** Where an address moved to for good (`/articles/old` → `/articles/new`), or null. */
  redirectFor(path: string): Promise<string | null>;
  /** Every moved address, by old path: what a static export writes as redirect files. */
  redirects(): Promise<{ from: string; to: string }[]>;
  /** The article (or, with kind 'page', site page) once published at this slug and withdrawn since (never-published drafts are not); null otherwise. */
  retiredArticle(slug: string, kind?: ArticleKind): Promise<RetiredArticle | null>;
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

  findTopicBySlug(slug: string): Promise<Topic | null>;
  topicIndex(): Promise<TopicIndexEntry[]>;
  /** Every published article of a topic, for the topic page. */
  topicArticles(topicId: number): Promise<ArticleSummary[]>;

  listCategories(): Promise<CategoryNode[]>;
  findCategoryBySlug(slug: string): Promise<CategoryNode | null>;
  /** The category and its ancestors, top level first (an article's breadcrumbs). */
  categoryTrail(categoryId: number): Promise<CategorySummary[]>;
  findTagBySlug(slug: string): Promise<{ slug: string; name: string; articleCount: number } | null>;
  /** Every tag with a published article, by slug (the sitemap lists their pages). */
  listTags(): Promise<{ slug: string; name: string; articleCount: number }[]>;

  /** Public URLs for the sitemap (articles and site pages), paged so a large site is never held in memory at once. */
  sitemapEntries(offset: number, limit: number): Promise<SitemapEntry[]>;
  countPublished(): Promise<number>;
}
