import { sitePath, type Crumb, type SiteContext } from './site.js';

export function Breadcrumbs({ site, crumbs }: { site: SiteContext; crumbs: Crumb[] }) {
  if (crumbs.length === 0) return null;
  const last = crumbs.length - 1;
  return (
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {crumbs.map((crumb, index) => (
          <li>
            {index === last ? (
              <span aria-current="page">{crumb.name}</span>
            ) : (
              <a href={sitePath(site, crumb.path)}>{crumb.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
