/**
 * Every URL path of the reader site, in one place: routes, views, the store's sitemap entries,
 * search suggestions, the JSON API and the static export build their links here. Paths start
 * with '/' and carry no base path (web/views/site.ts `sitePath` and `absoluteUrl` add it).
 */

/**
 * Slugs may hold non-ASCII letters (e.g. Chinese); encoding each segment keeps the URL valid
 * while a category slug's '/' stays a path separator.
 */
function encodeSlug(slug: string): string {
  return slug.split('/').map(encodeURIComponent).join('/');
}

export const paths = {
  home: (): string => '/',
  article: (slug: string): string => `/articles/${encodeSlug(slug)}`,
  /** POST: a reader's answer to "Is this page helpful?" (web/routes/feedback-routes.ts). */
  articleFeedback: (slug: string): string => `/articles/${encodeSlug(slug)}/feedback`,
  /** Where a feedback form's post leads (303): the thank-you page. */
  articleFeedbackThanks: (slug: string): string => `/articles/${encodeSlug(slug)}/feedback/thanks`,
  /** A site page (About, Privacy…): top level; its slug is never one of content/article-kind.ts's reserved ones. */
  sitePage: (slug: string): string => `/${encodeSlug(slug)}`,
  topic: (slug: string): string => `/topics/${encodeSlug(slug)}`,
  tag: (slug: string): string => `/tags/${encodeSlug(slug)}`,
  category: (slug: string): string => `/categories/${encodeSlug(slug)}`,
  /** Every category (the header's Categories link). */
  categories: (): string => '/categories/',
  /** The ways to every article, and the latest. */
  articles: (): string => '/articles/',
  /** Page N (from 2) of a listing, as a static file server can serve it (`?page=N` is the server's other form). */
  listingPage: (listingPath: string, page: number): string => `${listingPath}/page/${page}`,
  az: (): string => '/health-a-z/',
  /**
   * The same A–Z page without its final slash, as the topic breadcrumb, the sitemap and the
   * export's crawl seed have always named it; kept so their output does not change.
   */
  azWithoutSlash: (): string => '/health-a-z',
  /** `letterSlug` as az.ts names letters: 'a'…'z', '0-9'. */
  azLetter: (letterSlug: string): string => `/health-a-z/${encodeURIComponent(letterSlug)}`,
  /** The server's search page; a query string, when there is one, follows it. */
  search: (): string => '/search',
  /** Where the search box's script asks for suggestions. */
  suggest: (): string => '/api/suggest',
  feed: (): string => '/feed.xml',
  sitemap: (): string => '/sitemap.xml',
  /** A big site's sitemap is an index of parts: the listings, then the articles in numbered parts from 1. */
  sitemapListings: (): string => '/sitemaps/pages.xml',
  sitemapArticles: (part: number): string => `/sitemaps/articles-${part}.xml`,
  robots: (): string => '/robots.txt',
  /** A file of public/, as the server and the export serve it (the views add a cache-busting version). */
  asset: (file: string): string => `/assets/${file.split('/').map(encodeURIComponent).join('/')}`,
  /** The JSON API's prefix: what a static export leaves to the server. */
  apiPrefix: (): string => '/api/',
};
