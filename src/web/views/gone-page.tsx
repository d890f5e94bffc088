import { displayTopicName } from '../../content/topic.js';
import type { RetiredArticle } from '../published-catalogue.js';
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { SearchForm } from './search-form.js';
import { paths, sitePath, type SiteContext } from './site.js';

/**
 * 410 Gone: the article was published here once and has been withdrawn. Says so plainly (a reader
 * with a bookmark should not think they mistyped), and points to its topic, search and the A–Z.
 */
export function renderGonePage(site: SiteContext, article: RetiredArticle): string {
  const title = 'This page is no longer available';
  const text = `“${article.title}” has been removed from the site, for example because it was out of date or has been replaced.`;
  return renderDocument(
    <Layout site={site} title={title} description={text} noindex searchSuggest>
      <header class="page-header">
        <h1>{title}</h1>
      </header>
      <div class="prose">
        <p>{text}</p>
        <p>You can:</p>
        <ul>
          {article.topic && (
            <li>
              <a href={sitePath(site, paths.topic(article.topic.slug))}>read our other pages about {displayTopicName(article.topic.name)}</a>
            </li>
          )}
          <li>
            <a href={sitePath(site, paths.az())}>find a topic in the Health A–Z</a>
          </li>
          <li>
            <a href={sitePath(site, paths.home())}>go to the home page</a>
          </li>
        </ul>
      </div>
      <div class="error-search">
        <SearchForm site={site} id="gone-search" variant="page" label="Search for what you were looking for" suggest />
      </div>
      <div class="prose">
        <p>If you need medical help, contact a doctor or your local health service.</p>
      </div>
    </Layout>,
  );
}
