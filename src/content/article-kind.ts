import { paths } from './paths.js';

/**
 * What an article row is: an `article` (health content, filed under topics and categories) or a
 * site `page` (About, Editorial policy, Privacy, Contact: the site talking about itself). Pages
 * share the newsroom (revisions, drafts, conflicts, preview, publishing) but live at a top-level
 * address, are not clinical content, and stay out of topics, categories, the A–Z, search,
 * Recommended lists, previous/next and feeds (docs/site-pages.md).
 */
export type ArticleKind = 'article' | 'page';

export const ARTICLE_KINDS: readonly ArticleKind[] = ['article', 'page'];

export function parseArticleKind(value: string | null | undefined): ArticleKind {
  return value === 'page' ? 'page' : 'article';
}

/**
 * First path segments the reader site, the admin and the export use for themselves: a site page
 * at `/<slug>` must not take one. A test (web/site-page-routes.test.ts) checks that every top-level
 * route the app registers is listed here.
 */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set([
  'admin', 'api', 'articles', 'assets', 'categories', 'feed', 'health-a-z', 'index', 'media', 'page', 'pagefind',
  'preview', 'robots', 'search', 'sitemap', 'sitemaps', 'tags', 'topics',
]);

/** Why a site page cannot have this slug, as `slug: reason` (errors.ts `invalid`), or null. */
export function reservedSlugProblem(slug: string): string | null {
  return RESERVED_PAGE_SLUGS.has(slug) ? `slug: "${slug}" is reserved for the site's own addresses (/${slug}); choose another address for this site page` : null;
}

/** Where readers find an article or a site page. */
export function pathOfKind(kind: ArticleKind, slug: string): string {
  return kind === 'page' ? paths.sitePage(slug) : paths.article(slug);
}
