import type { ArticleSummary } from '../../content/article.js';
import { leadExcerpt } from '../../content/excerpt.js';
import { paths, sitePath, type SiteContext } from './site.js';

/** As many as the legacy site's "Recommend" block showed. */
export const RECOMMENDED_LIMIT = 13;

export function Recommended({ site, articles }: { site: SiteContext; articles: ArticleSummary[] }) {
  const shown = articles.slice(0, RECOMMENDED_LIMIT);
  if (shown.length === 0) return null;
  return (
    <section class="recommended" aria-labelledby="recommended-heading">
      <h2 id="recommended-heading">Recommended</h2>
      <ul class="recommended__list">
        {shown.map((article) => {
          const summary = leadExcerpt(article, site.excerptLength);
          return (
            <li class="recommended__item">
              <a href={sitePath(site, paths.article(article.slug))}>{article.title}</a>
              {summary && <p class="recommended__excerpt">{summary}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
