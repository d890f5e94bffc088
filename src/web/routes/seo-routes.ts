import type { FastifyInstance } from 'fastify';
import type { Article } from '../../content/article.js';
import { excerpt } from '../../content/excerpt.js';
import { latestDate } from '../../content/latest-date.js';
import { markdownProseBlocks } from '../../content/markdown.js';
import { withoutDisallowedCharacters } from '../../content/text-characters.js';
import { notFound } from '../../errors.js';
import { isCanonicalPositiveInteger } from '../listing-path.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import { AZ_LETTERS, azLetterOf, azLetterPath, type SiteContext, absoluteUrl, paths } from '../views/index.js';

/** The sitemap protocol allows 50,000 URLs per file; past that we publish a sitemap index. */
export const SITEMAP_URL_LIMIT = 50_000;
const ARTICLES_PER_SITEMAP = 40_000;
const FEED_SIZE = 50;
const SEO_CACHE = 'public, max-age=3600';

interface UrlEntry {
  url: string;
  lastmod?: string;
}

/** robots.txt, the Atom feed and the sitemap(s). */
export function seoRoutes(catalogue: PublishedCatalogue, site: SiteContext) {
  const absolute = (path: string) => absoluteUrl(site, path);

  // Every listing page under its canonical URL (the A–Z's ends in a slash), letters and tags included.
  const listingUrls = async (): Promise<UrlEntry[]> => {
    const [categories, topics, tags] = await Promise.all([catalogue.listCategories(), catalogue.topicIndex(), catalogue.listTags()]);
    const letters = AZ_LETTERS.filter((letter) => topics.some((topic) => azLetterOf(topic.name) === letter));
    return [
      { url: absolute(paths.home()) },
      { url: absolute(paths.az()) },
      ...letters.map((letter) => ({ url: absolute(azLetterPath(letter)) })),
      ...categories.map((c) => ({ url: absolute(paths.category(c.slug)) })),
      ...topics.map((t) => ({ url: absolute(paths.topic(t.slug)) })),
      ...tags.map((tag) => ({ url: absolute(paths.tag(tag.slug)) })),
    ];
  };

  const articleUrls = async (offset: number, limit: number): Promise<UrlEntry[]> =>
    (await catalogue.sitemapEntries(offset, limit)).map((entry) => ({
      url: absolute(entry.path),
      ...(entry.lastModified ? { lastmod: entry.lastModified } : {}),
    }));

  return async (app: FastifyInstance): Promise<void> => {
    app.get(paths.robots(), async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .header('cache-control', SEO_CACHE)
        .send(`User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${absolute(paths.sitemap())}\n`),
    );

    app.get(paths.sitemap(), async (_request, reply) => {
      const [listings, articleCount] = await Promise.all([listingUrls(), catalogue.countPublished()]);
      let xml: Buffer;
      if (listings.length + articleCount <= SITEMAP_URL_LIMIT) {
        xml = await urlset([...listings, ...(await articleUrls(0, articleCount))]);
      } else {
        const parts = Math.ceil(articleCount / ARTICLES_PER_SITEMAP);
        const { SitemapIndexStream, streamToPromise } = await import('sitemap');
        const index = new SitemapIndexStream();
        const sitemaps = [absolute(paths.sitemapListings())];
        for (let n = 1; n <= parts; n++) sitemaps.push(absolute(paths.sitemapArticles(n)));
        for (const url of sitemaps) index.write({ url });
        index.end();
        xml = await streamToPromise(index);
      }
      return reply.type('application/xml; charset=utf-8').header('cache-control', SEO_CACHE).send(xml);
    });

    app.get(paths.sitemapListings(), async (_request, reply) =>
      reply.type('application/xml; charset=utf-8').header('cache-control', SEO_CACHE).send(await urlset(await listingUrls())),
    );

    // Any name is looked up: a part that does not exist (articles-0, articles-x) is a 404, not a 400.
    const sitemapPart = { type: 'object', properties: { n: { type: 'string' } }, required: ['n'] } as const;
    app.get<{ Params: { n: string } }>('/sitemaps/articles-:n.xml', { schema: { params: sitemapPart } }, async (request, reply) => {
      // Only as the index writes it: articles-01, -1e0, -0x1 or -+1 would each be another copy.
      const n = isCanonicalPositiveInteger(request.params.n) ? Number(request.params.n) : Number.NaN;
      const total = await catalogue.countPublished();
      if (!Number.isInteger(n) || (n - 1) * ARTICLES_PER_SITEMAP >= total) {
        throw notFound(`sitemap "articles-${request.params.n}.xml"`);
      }
      const xml = await urlset(await articleUrls((n - 1) * ARTICLES_PER_SITEMAP, ARTICLES_PER_SITEMAP));
      return reply.type('application/xml; charset=utf-8').header('cache-control', SEO_CACHE).send(xml);
    });

    app.get(paths.feed(), async (_request, reply) => {
      const latest = await catalogue.listArticles({ order: 'newest', limit: FEED_SIZE, offset: 0 });
      // Each entry's dates and prose come from the article itself (a read per entry; the feed is cached).
      const articles = (await Promise.all(latest.items.map((item) => catalogue.findArticleBySlug(item.slug)))).filter((a) => a !== null);
      const updatedOf = (article: Article) => new Date(latestDate(article.publishedAt, article.updatedAt, article.lastReviewedAt) ?? 0);
      const { Feed } = await import('feed');
      const feed = new Feed({
        // Stored text is checked on the way in; this covers rows written before that check (issue 14).
        title: withoutDisallowedCharacters(site.name),
        id: absolute(paths.home()),
        link: absolute(paths.home()),
        language: 'en',
        description: 'The latest health articles',
        updated: new Date(Math.max(0, ...articles.map((article) => updatedOf(article).getTime()))),
        feedLinks: { atom: absolute(paths.feed()) },
        // RFC 4287 wants an author for the feed (or every entry): the site, which publishes them.
        author: { name: site.name, link: absolute(paths.home()) },
        copyright: 'See each article for its source and licence',
      });
      for (const article of articles) {
        feed.addItem({
          title: withoutDisallowedCharacters(article.title),
          id: absolute(paths.article(article.slug)),
          link: absolute(paths.article(article.slug)),
          date: updatedOf(article),
          ...(article.publishedAt ? { published: new Date(article.publishedAt) } : {}),
          description: withoutDisallowedCharacters(excerpt(feedSummaryText(article.bodyMarkdown), 200)),
        });
      }
      return reply.type('application/atom+xml; charset=utf-8').header('cache-control', SEO_CACHE).send(feed.atom1());
    });
  };
}

// The feed and sitemap libraries load on their first request: a static rebuild that renders
// neither (most of them) starts faster.
async function urlset(entries: UrlEntry[]): Promise<Buffer> {
  const { SitemapStream, streamToPromise } = await import('sitemap');
  // Plain URLs only: no news, image, video or xhtml namespaces declared for nothing.
  const stream = new SitemapStream({ xmlns: { news: false, video: false, image: false, xhtml: false } });
  for (const entry of entries) stream.write(entry);
  stream.end();
  return streamToPromise(stream);
}

/** An entry's summary: the body's prose without its headings, which would run into the text ("…prevent it. Move more Regular…"). */
function feedSummaryText(bodyMarkdown: string): string {
  return markdownProseBlocks(bodyMarkdown).filter((block) => block.kind !== 'heading').map((block) => block.text).join(' ');
}
