import type { ArticleSummary } from '../content/article.js';
import type { ArticleListQuery, PublishedCatalogue } from '../web/published-catalogue.js';

/**
 * What a page was built from, as short keys (see docs/static-export.md):
 *   a<id>  the article, as its own page or as an entry (title, excerpt, link) on another
 *   r<id>  the article's "Recommended" list      n<id>  its previous/next
 *   l<json> a listing (category, tag, topic, all) t<id>  a topic: its page and count
 *   g<slug> a tag and its count                  s<slug> a slug no article has (yet)
 *   c  the category tree's names     C  the per-category counts     z  the topic index
 *   m  the sitemap's entries (which articles, their last-modified dates)
 *   P  which site pages the footer lists (with a<id> for each one's title and slug)
 *   *  anything else (a read the recorder does not know)
 * A page is rebuilt when any of its keys is among the keys an edit changed (change-set.ts).
 */
export type DependencyKey = string;

/** A listing by what it holds; its order is not part of it (a change of order is a change of date). */
export function listingKey(query: Pick<ArticleListQuery, 'categoryIds' | 'tagSlug' | 'topicId'>): DependencyKey {
  return `l${JSON.stringify({ c: query.categoryIds ?? null, g: query.tagSlug ?? null, t: query.topicId ?? null })}`;
}

export function parseListingKey(key: DependencyKey): { categoryIds: number[] | null; tagSlug: string | null; topicId: number | null } {
  const { c, g, t } = JSON.parse(key.slice(1)) as { c: number[] | null; g: string | null; t: number | null };
  return { categoryIds: c, tagSlug: g, topicId: t };
}

/** Whether a page's space-separated dependency keys include any of `keys` (without splitting). */
function dependsOnAny(deps: string, keys: Set<string>): boolean {
  let start = 0;
  while (start < deps.length) {
    let end = deps.indexOf(' ', start);
    if (end === -1) end = deps.length;
    if (keys.has(deps.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

/**
 * Whether a page's dependency keys meet the changed ones: one regular expression over the keys
 * string when few keys changed (23,000 pages in 20 ms), a lookup per key otherwise.
 */
export function dirtinessTest(changed: Set<string>): (deps: string) => boolean {
  if (changed.size === 0) return () => false;
  if (changed.size > 500) return (deps) => dependsOnAny(deps.slice(deps.lastIndexOf('\t') + 1), changed);
  const escaped = [...changed].map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Also after a tab: it runs over stored page records ("file\thash\tdeps") as well.
  const pattern = new RegExp(`(?:^|[ \t])(?:${escaped.join('|')})(?= |$)`);
  return (deps) => pattern.test(deps);
}

const articles = (items: ArticleSummary[]) => items.map((item) => `a${item.id}`);

/**
 * Records, for each page rendered inside `record`, every catalogue read it made. The catalogue it
 * hands out must be the one the app renders with; reads outside `record` are not recorded. Pages are
 * recorded one at a time (rendering is synchronous work; AsyncLocalStorage, which would allow
 * overlap, made every promise of the build slower).
 */
export class DependencyRecorder {
  private current: Set<DependencyKey> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  record<T>(work: () => Promise<T>): Promise<{ result: T; dependencies: DependencyKey[] }> {
    const run = async () => {
      const keys = new Set<DependencyKey>();
      this.current = keys;
      try {
        return { result: await work(), dependencies: [...keys] };
      } finally {
        this.current = null;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  catalogue(catalogue: PublishedCatalogue): PublishedCatalogue {
    const note = (...keys: DependencyKey[]) => {
      const keysOfPage = this.current;
      if (keysOfPage) for (const key of keys) keysOfPage.add(key);
    };
    const recorded: Partial<PublishedCatalogue> = {
      findArticleBySlug: async (slug) => {
        const article = await catalogue.findArticleBySlug(slug);
        note(article ? `a${article.id}` : `s${slug}`);
        return article;
      },
      findSitePage: async (slug) => {
        const page = await catalogue.findSitePage(slug);
        note(page ? `a${page.id}` : `s${slug}`);
        return page;
      },
      sitePages: async () => {
        const pages = await catalogue.sitePages();
        note('P', ...pages.map((page) => `a${page.id}`));
        return pages;
      },
      retiredArticle: async (slug, kind) => {
        note(`s${slug}`);
        return catalogue.retiredArticle(slug, kind);
      },
      findArticleByProvenanceId: async (id) => {
        const article = await catalogue.findArticleByProvenanceId(id);
        note(article ? `a${article.id}` : '*');
        return article;
      },
      listArticles: async (query) => {
        const page = await catalogue.listArticles(query);
        note(listingKey(query), ...articles(page.items));
        return page;
      },
      neighbours: async (article) => {
        const found = await catalogue.neighbours(article);
        note(`n${article.id}`, ...articles([found.previous, found.next].filter((item) => item !== null)));
        return found;
      },
      relatedArticles: async (article, limit) => {
        const list = await catalogue.relatedArticles(article, limit);
        note(`r${article.id}`, ...articles(list));
        return list;
      },
      findTopicBySlug: async (slug) => {
        const topic = await catalogue.findTopicBySlug(slug);
        note(topic ? `t${topic.id}` : 'z');
        return topic;
      },
      topicArticles: async (topicId) => {
        const list = await catalogue.topicArticles(topicId);
        note(`t${topicId}`, ...articles(list));
        return list;
      },
      topicIndex: async () => {
        note('z');
        return catalogue.topicIndex();
      },
      listCategories: async () => {
        note('c', 'C');
        return catalogue.listCategories();
      },
      findCategoryBySlug: async (slug) => {
        note('c', 'C');
        return catalogue.findCategoryBySlug(slug);
      },
      categoryTrail: async (id) => {
        note('c');
        return catalogue.categoryTrail(id);
      },
      sitemapEntries: async (offset, limit) => {
        note('m');
        return catalogue.sitemapEntries(offset, limit);
      },
      countPublished: async () => {
        note('m');
        return catalogue.countPublished();
      },
      findTagBySlug: async (slug) => {
        note(`g${slug}`);
        return catalogue.findTagBySlug(slug);
      },
      listTags: async () => {
        const tags = await catalogue.listTags();
        note('m', ...tags.map((tag) => `g${tag.slug}`));
        return tags;
      },
    };
    return new Proxy(catalogue, {
      get: (target, property) => {
        if (Object.hasOwn(recorded, property)) return recorded[property as keyof PublishedCatalogue];
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        // Any other read (bulk reads, stats) may show anything.
        return (...args: unknown[]) => {
          note('*');
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }
}
