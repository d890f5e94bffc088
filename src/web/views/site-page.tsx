import type { Article } from '../../content/article.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { SampleNotice } from './article-notices.js';
import { excerpt } from '../../content/excerpt.js';
import { displayDate } from './format.js';
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { paths, type SiteContext } from './site.js';

/**
 * A site page (About, Editorial policy, Privacy, Contact): the site speaking about itself, so no
 * topic, review dates, sources, Recommended list or previous/next — only its words and when they
 * last changed. Sample content says so, as articles do.
 */
export function renderSitePage(site: SiteContext, page: Article): string {
  const description = excerpt(page.leadText, 160) || page.title;
  const updated = displayDate(page.updatedAt ?? page.publishedAt);
  return renderDocument(
    <Layout site={site} title={page.title} description={description} canonicalPath={paths.sitePage(page.slug)}>
      <Breadcrumbs site={site} crumbs={[{ name: 'Home', path: paths.home() }, { name: page.title, path: paths.sitePage(page.slug) }]} />
      <article class="article site-page">
        <header class="article__header">
          <h1>{page.title}</h1>
          {updated && (
            <p class="article__dates">
              Page last updated: <time datetime={updated.iso}>{updated.text}</time>
            </p>
          )}
        </header>
        {page.isSample && <SampleNotice />}
        {/* Sanitised when stored, as an article's body is. */}
        <div class="prose article__body" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
      </article>
    </Layout>,
  );
}
