import { decodeHTMLAttribute, decodeXML } from 'entities';

/**
 * Internal links of a rendered page, as request paths for the app (without the base path, without
 * fragments). The export follows them, so whatever a page links to is exported, and a link
 * to a page the app cannot render shows up as a broken link in the build summary.
 */
export interface SiteUrls {
  /** e.g. https://example.org/health (no trailing slash). */
  baseUrl: string;
  /** '' or '/health'. */
  basePath: string;
}

// Links are found with two regular expressions rather than an HTML parser: the pages are our own
// well-formed markup, and htmlparser2 took 3.8-4.3 s against the regexes' 0.9-1.2 s over the
// 23,551 pages of the MedQuAD export (241 MiB, 718,867 links, the same links found), which
// renders in about 13 s: a parser would add over 20 % to the build.
const HTML_LINK = /\s(?:href|src)="([^"]+)"/g;
// Images' other sizes (content/media-image.ts): each candidate of a srcset is "URL width".
const SRCSET = /\ssrcset="([^"]+)"/g;
const XML_LOC = /<loc>([^<]+)<\/loc>|<link[^>]*\shref="([^"]+)"/g;

export function internalLinks(body: string, contentType: string, site: SiteUrls): string[] {
  const found: string[] = [];
  const html = contentType.includes('html');
  const pattern = html ? HTML_LINK : contentType.includes('xml') ? XML_LOC : null;
  if (!pattern) return found;
  const decode = html ? decodeHTMLAttribute : decodeXML;
  for (const match of body.matchAll(pattern)) {
    const link = match[1] ?? match[2] ?? '';
    const path = toRequestPath(link.includes('&') ? decode(link) : link, site);
    if (path !== null) found.push(path);
  }
  if (html && body.includes(' srcset="')) {
    for (const match of body.matchAll(SRCSET)) {
      for (const candidate of decode(match[1]!).split(',')) {
        const path = toRequestPath(candidate.trim().split(/\s+/)[0] ?? '', site);
        if (path !== null) found.push(path);
      }
    }
  }
  return found;
}

/** A link as the app's request path, or null when it leaves the site or is in-page. */
export function toRequestPath(link: string, site: SiteUrls): string | null {
  let rest: string;
  if (link.startsWith(`${site.baseUrl}/`) || link === site.baseUrl) rest = link.slice(site.baseUrl.length) || '/';
  else if (link.startsWith('/') && !link.startsWith('//') && (site.basePath === '' || link.startsWith(`${site.basePath}/`))) {
    rest = link.slice(site.basePath.length);
  } else return null;
  rest = rest.split('#')[0]!;
  if (rest === '') return null;
  // Asset URLs carry ?v= to bust caches; a file server ignores it.
  if (rest.startsWith('/assets/')) return rest.split('?')[0]!;
  return rest;
}
