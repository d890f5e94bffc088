import type { Neighbours } from '../published-catalogue.js';
import { paths, sitePath, type SiteContext } from './site.js';

export function PrevNext({ site, neighbours }: { site: SiteContext; neighbours: Neighbours }) {
  const { previous, next } = neighbours;
  if (!previous && !next) return null;
  return (
    <nav class="prev-next" aria-label="Previous and next articles">
      <ul>
        {previous && (
          <li class="prev-next__prev">
            <a href={sitePath(site, paths.article(previous.slug))} rel="prev">
              <span class="prev-next__label">Previous article</span>
              <span class="prev-next__title">{previous.title}</span>
            </a>
          </li>
        )}
        {next && (
          <li class="prev-next__next">
            <a href={sitePath(site, paths.article(next.slug))} rel="next">
              <span class="prev-next__label">Next article</span>
              <span class="prev-next__title">{next.title}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
