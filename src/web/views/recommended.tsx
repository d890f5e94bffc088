import type { ArticleSummary } from '../../content/article.js';
import { leadExcerpt } from '../../content/excerpt.js';
import { RECOMMENDED_LIST_LENGTH } from '../../related/list-length.js';
import { paths, sitePath, type SiteContext } from './site.js';


export function Recommended({ site, articles }: { site: SiteContext; articles: ArticleSummary[] }) {
  const shown = articles.slice(0, RECOMMENDED_LIST_LENGTH);
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
