import type { ArticleListQuery, ContentStore, Page } from '../store/content-store.js';
import type { ArticleSummary } from '../content/article.js';

/**
 * Whole-site reads that every page repeats (the category tree with counts, the topic index, the
 * article count) asked once per build instead of once per page: 0.7 ms of every article page on
 * the MedQuAD site. Valid because a build renders one state of the database; callers must not
 * mutate the shared results (the views only filter and copy them).
 */
const WHOLE_SITE_READS = new Set<PropertyKey>(['listCategories', 'topicIndex', 'countPublished', 'findTagBySlug']);

export function snapshotStore(store: ContentStore): ContentStore {
  const memo = new Map<string, Promise<unknown>>();
  const listings = new Map<string, Promise<Page<ArticleSummary>>>();
  // A listing's pages are slices of one ordered list: read it once, not once per page. Asked
  // page by page, each deep page re-sorts and skips the whole category (a parent category of
  // 14,000 articles has 700 pages).
  const listArticles = (query: ArticleListQuery): Promise<Page<ArticleSummary>> => {
    const { limit, offset, ...which } = query;
    const key = JSON.stringify(which);
    if (!listings.has(key)) listings.set(key, store.listArticles({ ...which, limit: Number.MAX_SAFE_INTEGER, offset: 0 }));
    return listings.get(key)!.then((all) => ({ items: all.items.slice(offset, offset + limit), total: all.total }));
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'listArticles') return listArticles;
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
