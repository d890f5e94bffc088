import type { Article, ArticleSummary } from '../content/article.js';
import type { Topic } from '../content/topic.js';
import { summaryOf } from '../content/article.js';
import type { ArticleListQuery, Neighbours, Page, PublishedCatalogue, SitePageLink } from '../web/published-catalogue.js';
import { timelineNeighbours } from './timeline.js';

/**
 * Whole-site reads that every page repeats (the category tree with counts, the topic index, the
 * article count) asked once per build instead of once per page. Valid because a build renders
 * one state of the database; callers must not mutate the shared results (the views only filter
 * and copy them).
 */
const WHOLE_SITE_READS = new Set<PropertyKey>(['listCategories', 'findCategoryBySlug', 'topicIndex', 'countPublished', 'findTagBySlug', 'categoryTrail']);

/** Every published article in memory, with its neighbours and its "Recommended" ids. */
interface Snapshot {
  /** Articles by slug; site pages are apart (pagesBySlug), as the catalogue keeps them. */
  bySlug: Map<string, Article>;
  pagesBySlug: Map<string, Article>;
  /** Site pages in the footer's order (first published first, then id). */
  sitePages: SitePageLink[];
  byProvenanceId: Map<string, Article>;
  summaries: Map<number, ArticleSummary>;
  neighbours: Map<number, Neighbours>;
  related: Map<number, number[]>;
  topicsBySlug: Map<string, Topic>;
  /** Published articles of each topic, in id order (as the catalogue lists them). */
  topicArticles: Map<number, ArticleSummary[]>;
}

const NO_NEIGHBOURS: Neighbours = { previous: null, next: null };

/**
 * The published catalogue as one static build sees it: the per-article reads of an article page
 * (the article, its previous/next, its "Recommended" list) answered from one bulk read of the
 * published site instead of four queries per page, and the same summary objects shared by every
 * page that shows an article (so its excerpt is cut once). The in-memory answers follow the
 * database's own definitions; snapshot-catalogue.test.ts checks them against it for every article.
 */
export function snapshotCatalogue(catalogue: PublishedCatalogue, options: { bulk?: boolean } = {}): PublishedCatalogue {
  let snapshot: Promise<Snapshot> | null = null;
  const load = () => (snapshot ??= takeSnapshot(catalogue));
  const memo = new Map<string, Promise<unknown>>();
  const listings = new Map<string, Promise<Page<ArticleSummary>>>();
  // A listing's pages are slices of one ordered list: read it once, not once per page. Asked
  // page by page, each deep page re-sorts and skips the whole category (a parent category of
  // 14,000 articles has 700 pages).
  const listArticles = async (query: ArticleListQuery): Promise<Page<ArticleSummary>> => {
    const { limit, offset, ...which } = query;
    const key = JSON.stringify(which);
    if (!listings.has(key)) {
      const all = catalogue.listArticles({ ...which, limit: Number.MAX_SAFE_INTEGER, offset: 0 });
      // Kept as the snapshot's shared summaries: a copy per listing was a third of the memory.
      listings.set(key, Promise.all([all, load()]).then(([page, { summaries }]) => ({ ...page, items: page.items.map((item) => summaries.get(item.id) ?? item) })));
    }
    const all = await listings.get(key)!;
    return { items: all.items.slice(offset, offset + limit), total: all.total };
  };
  // A build that renders a few pages (an incremental one) reads them one by one instead, a
  // listing page as a page (not the whole listing: 14,000 articles to show 20).
  const inMemory: Partial<PublishedCatalogue> = options.bulk === false ? {} : {
    listArticles,
    findArticleBySlug: async (slug) => (await load()).bySlug.get(slug) ?? null,
    findSitePage: async (slug) => (await load()).pagesBySlug.get(slug) ?? null,
    sitePages: async () => (await load()).sitePages,
    findArticleByProvenanceId: async (id) => (await load()).byProvenanceId.get(id) ?? null,
    findTopicBySlug: async (slug) => (await load()).topicsBySlug.get(slug) ?? null,
    topicArticles: async (topicId) => (await load()).topicArticles.get(topicId) ?? [],
    neighbours: async (article) => (await load()).neighbours.get(article.id) ?? NO_NEIGHBOURS,
    relatedArticles: async (article, limit) => {
      const { related, summaries } = await load();
      const shown: ArticleSummary[] = [];
      for (const id of related.get(article.id) ?? []) {
        const summary = summaries.get(id);
        if (summary) shown.push(summary);
        if (shown.length === limit) break;
      }
      return shown;
    },
  };
  return new Proxy(catalogue, {
    get(target, property) {
      if (Object.hasOwn(inMemory, property)) return inMemory[property as keyof PublishedCatalogue];
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (!WHOLE_SITE_READS.has(property)) return value.bind(target);
      return (...args: unknown[]) => {
        // Keyed by the arguments too: a tag is looked up once for all its listing pages.
        const key = `${String(property)} ${JSON.stringify(args)}`;
        if (!memo.has(key)) memo.set(key, (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
        return memo.get(key);
      };
    },
  });
}

async function takeSnapshot(catalogue: PublishedCatalogue): Promise<Snapshot> {
  const [articles, related, topics] = await Promise.all([catalogue.publishedArticles(), catalogue.relatedIds(), catalogue.listTopics()]);
  const snapshot: Snapshot = {
    bySlug: new Map(),
    pagesBySlug: new Map(),
    sitePages: [],
    byProvenanceId: new Map(),
    summaries: new Map(),
    neighbours: new Map(),
    related,
    topicsBySlug: new Map(topics.map((topic) => [topic.slug, topic])),
    topicArticles: new Map(),
  };
  for (const article of articles) {
    snapshot.byProvenanceId.set(article.provenance.id, article);
    if (article.kind === 'page') {
      snapshot.pagesBySlug.set(article.slug, article);
      snapshot.sitePages.push({ id: article.id, slug: article.slug, title: article.title });
      continue;
    }
    const summary = summaryOf(article);
    snapshot.bySlug.set(article.slug, article);
    snapshot.summaries.set(article.id, summary);
    if (!article.topic) continue;
    const ofTopic = snapshot.topicArticles.get(article.topic.id);
    if (ofTopic) ofTopic.push(summary);
    else snapshot.topicArticles.set(article.topic.id, [summary]);
  }
  snapshot.sitePages.sort((a, b) => compareFooterOrder(articles, a.id, b.id));
  const entries = articles.filter((article) => article.kind === 'article').map((article) => ({ id: article.id, categoryId: article.category?.id ?? null, publishedAt: article.publishedAt }));
  for (const [id, [previous, next]] of timelineNeighbours(entries)) {
    snapshot.neighbours.set(id, {
      previous: previous === null ? null : snapshot.summaries.get(previous)!,
      next: next === null ? null : snapshot.summaries.get(next)!,
    });
  }
  return snapshot;
}

/** The catalogue's footer order: first published first, then by id. */
function compareFooterOrder(articles: Article[], a: number, b: number): number {
  const published = (id: number) => articles.find((article) => article.id === id)?.publishedAt ?? '';
  const [pa, pb] = [published(a), published(b)];
  return pa < pb ? -1 : pa > pb ? 1 : a - b;
}
