import type { ArticleSummary } from '../../content/article.js';
import type { Page } from '../published-catalogue.js';
import { ArticleList } from './article-list.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { pagePath, Pagination, PaginationHeadLinks } from './pagination.js';
import { renderDocument } from './render.js';
import { paths, type SiteContext } from './site.js';

export interface TagPageData {
  tag: { slug: string; name: string; articleCount: number };
  page: Page<ArticleSummary>;
  pageNumber: number;
  pageCount: number;
}

export function renderTagPage(site: SiteContext, data: TagPageData): string {
  const { tag, pageNumber, pageCount } = data;
  const basePathForPages = paths.tag(tag.slug);
  const title = pageNumber > 1 ? `${tag.name} (page ${pageNumber} of ${pageCount})` : tag.name;
  const pagination = { site, basePathForPages, pageNumber, pageCount };
  const crumbs = [
    { name: 'Home', path: paths.home() },
    { name: tag.name, path: basePathForPages },
  ];

  return renderDocument(
    <Layout
      site={site}
      title={title}
      description={`${plural(tag.articleCount, 'article')} tagged “${tag.name}”.`}
      canonicalPath={pagePath(basePathForPages, pageNumber, site)}
      head={<PaginationHeadLinks {...pagination} />}
    >
      <Breadcrumbs site={site} crumbs={crumbs} />
      <header class="page-header">
        <p class="eyebrow">Articles tagged</p>
        <h1>{tag.name}</h1>
        <p class="count">{plural(tag.articleCount, 'article')}</p>
      </header>
      <ArticleList site={site} articles={data.page.items} emptyText="There are no articles with this tag yet." />
      <Pagination {...pagination} />
    </Layout>,
  );
}
