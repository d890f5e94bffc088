import { plural } from '../../views/format.js';
import { sitePath, type SiteContext } from '../../views/site.js';

/** `path?a=b&page=N`, keeping only the non-empty filters. */
export function queryPath(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Previous / next, "Page N of M" and the total: enough to page a filtered admin table. */
export function AdminPaging(props: {
  site: SiteContext;
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  total: number;
  noun: string;
}) {
  const { site, page, pageCount } = props;
  const href = (n: number) => sitePath(site, queryPath(props.path, { ...props.params, page: n > 1 ? n : undefined }));
  return (
    <nav class="admin-paging" aria-label="Pages">
      <p class="admin-paging__status">
        {plural(props.total, props.noun)} · Page {page} of {Math.max(1, pageCount)}
      </p>
      <ul>
        {page > 1 && (
          <li><a href={href(page - 1)} rel="prev">Previous<span class="visually-hidden"> page</span></a></li>
        )}
        {page < pageCount && (
          <li><a href={href(page + 1)} rel="next">Next<span class="visually-hidden"> page</span></a></li>
        )}
      </ul>
    </nav>
  );
}
