import { absoluteUrl, paths, sitePath, type SiteContext } from './site.js';

export interface PaginationProps {
  site: SiteContext;
  /** Path of page 1, without basePath, e.g. /categories/womens-health/pregnancy. */
  basePathForPages: string;
  pageNumber: number;
  pageCount: number;
}

/**
 * Page 1 adds no page parameter so it shares one URL with the unpaginated listing. A base that
 * already has a query string (search: /search?q=x) gets `&page=N` appended to it. In a static
 * export a listing's page N is `<base>/page/N` instead, because a file server ignores `?page=`;
 * the server answers both forms.
 */
export function pagePath(basePathForPages: string, page: number, site?: SiteContext): string {
  if (page <= 1) return basePathForPages;
  if (site?.staticExport && !basePathForPages.includes('?')) return paths.listingPage(basePathForPages, page);
  return `${basePathForPages}${basePathForPages.includes('?') ? '&' : '?'}page=${page}`;
}

/** Page numbers to show: first, last and a window round the current one; null marks a gap. */
export function pageWindow(current: number, count: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= count; page++) {
    const near = Math.abs(page - current) <= radius;
    if (page === 1 || page === count || near) pages.push(page);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

export function Pagination({ site, basePathForPages, pageNumber, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null;
  const href = (page: number) => sitePath(site, pagePath(basePathForPages, page, site));
  return (
    <nav class="pagination" aria-label="Pagination">
      <ul>
        {pageNumber > 1 && (
          <li class="pagination__step">
            <a href={href(pageNumber - 1)} rel="prev">
              <span aria-hidden="true">←</span>Previous<span class="visually-hidden"> page</span>
            </a>
          </li>
        )}
        {pageWindow(pageNumber, pageCount).map((page) =>
          page === null ? (
            <li class="pagination__gap" aria-hidden="true">…</li>
          ) : (
            <li>
              <a href={href(page)} aria-current={page === pageNumber ? 'page' : undefined}>
                <span class="visually-hidden">Page </span>
                {page}
              </a>
            </li>
          ),
        )}
        {pageNumber < pageCount && (
          <li class="pagination__step">
            <a href={href(pageNumber + 1)} rel="next">
              Next<span class="visually-hidden"> page</span>
              <span aria-hidden="true">→</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** <link rel=prev/next> for the head; absolute, like the canonical link. */
export function PaginationHeadLinks({ site, basePathForPages, pageNumber, pageCount }: PaginationProps) {
  return (
    <>
      {pageNumber > 1 && <link rel="prev" href={absoluteUrl(site, pagePath(basePathForPages, pageNumber - 1, site))} />}
      {pageNumber < pageCount && <link rel="next" href={absoluteUrl(site, pagePath(basePathForPages, pageNumber + 1, site))} />}
    </>
  );
}
