import type { Country } from '../../content/care-card-wording.js';
import { paths } from '../../content/paths.js';

/** What every view needs to know about the site it renders for. */
export type SiteContext = {
  name: string;
  /** Absolute origin plus base, e.g. http://localhost:3000 or https://example.org/sub. */
  baseUrl: string;
  /** '' or '/sub'. Every internal link and asset goes through `sitePath` so it gets this prefix. */
  basePath: string;
  excerptLength: number;
  /**
   * Appended to asset URLs (`?v=`) so they can be cached for a year: each file's content hash
   * (web/asset-fingerprints.ts), or one fixed string (view tests).
   */
  assetVersion: string | ((file: string) => string);
  /** The site's time zone (IANA): schedules are typed and shown in it. Default Europe/London. */
  timeZone?: string;
  /** Whose services care cards name (HEALTHPRESS_COUNTRY): filled in when a body is shown. */
  country: Country;
  /** The licence of the site's own articles, as a URL (config `licenceUrl`), for their JSON-LD. */
  licenceUrl?: string;
  /** Set only when `healthpress build` renders the site for a plain static file server. */
  staticExport?: StaticExportSite;
  /**
   * The published site pages (About, Privacy…) the footer links to, in order: read from the
   * catalogue before each reader page is rendered (web/site-page-links.ts).
   */
  footerPages?: { slug: string; title: string }[];
  /** The server takes reader feedback: article pages carry "Is this page helpful?" (never in a static export). */
  readerFeedback?: boolean;
};

/**
 * What changes when the pages will be plain files: a static server ignores query strings, so
 * listing pages link to /page/N paths; there is no /search route, so forms go to `searchAction`;
 * and there is no /api/suggest, so no page loads the suggestion script.
 */
export type StaticExportSite = {
  /** Absolute URL of a healthpress server's /search, or a site path. */
  searchAction: string;
  /** `--static-search`: the search page runs Pagefind over an index built into /pagefind/. */
  staticSearch?: boolean;
};

/** A breadcrumb; `path` is without basePath. The last crumb is the current page. */
export type Crumb = { name: string; path: string };

/** The one place internal paths get the basePath prefix. `path` must start with '/'. */
export function sitePath(site: SiteContext, path: string): string {
  return site.basePath.replace(/\/+$/, '') + path;
}

/** Absolute URL for canonical links, Open Graph and JSON-LD (baseUrl already holds the base). */
export function absoluteUrl(site: SiteContext, path: string): string {
  return site.baseUrl.replace(/\/+$/, '') + path;
}

export function assetPath(site: SiteContext, file: string): string {
  const version = typeof site.assetVersion === 'string' ? site.assetVersion : site.assetVersion(file);
  return sitePath(site, `${paths.asset(file)}?v=${encodeURIComponent(version)}`);
}

// The site's paths are built in one place, content/paths.ts; views take them from here with the helpers above.
export { paths };

/**
 * Source URLs come from imported data; only http(s) may become an href, so a `javascript:`
 * or protocol-relative value can never reach the page as a link.
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
