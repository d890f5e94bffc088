import type { ArticleSummary } from '../../content/article.js';
import type { CategoryNode } from '../../content/category.js';
import type { Page } from '../published-catalogue.js';
import { ArticleList } from './article-list.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { pagePath, Pagination, PaginationHeadLinks } from './pagination.js';
import { renderDocument } from './render.js';
import { paths, sitePath, type Crumb, type SiteContext } from './site.js';

export interface CategoryPageData {
  category: CategoryNode;
  breadcrumbs: Crumb[];
  subcategories: CategoryNode[];
  page: Page<ArticleSummary>;
  pageNumber: number;
  pageCount: number;
  /** Path of page 1 without basePath, e.g. /categories/womens-health/pregnancy. */
  basePathForPages: string;
}

export function renderCategoryPage(site: SiteContext, data: CategoryPageData): string {
  const { category, pageNumber, pageCount } = data;
  // Page numbers in the title keep search results and browser history for pages apart.
  const title = pageNumber > 1 ? `${category.name} (page ${pageNumber} of ${pageCount})` : category.name;
  const description =
    category.description ?? `${plural(category.articleCount, 'article')} about ${category.name.toLowerCase()}.`;
  const pagination = { site, basePathForPages: data.basePathForPages, pageNumber, pageCount };

  return renderDocument(
    <Layout
      site={site}
      title={title}
      description={description}
      canonicalPath={pagePath(data.basePathForPages, pageNumber, site)}
      current="categories"
      head={<PaginationHeadLinks {...pagination} />}
    >
      <Breadcrumbs site={site} crumbs={data.breadcrumbs} />
      <header class="page-header">
        <h1>{category.name}</h1>
        {category.description && <p class="lead">{category.description}</p>}
      </header>
      {data.subcategories.length > 0 && (
        <section class="subcategories" aria-labelledby="subcategories-heading">
          <h2 id="subcategories-heading">Subcategories</h2>
          <ul class="link-grid">
            {data.subcategories.map((sub) => (
              <li>
                <a href={sitePath(site, paths.category(sub.slug))}>{sub.name}</a>{' '}
                <span class="count">({plural(sub.articleCount, 'article')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="listing" aria-labelledby="articles-heading">
        <h2 id="articles-heading">
          Articles <span class="count">({plural(data.page.total, 'article')})</span>
        </h2>
        <ArticleList site={site} articles={data.page.items} emptyText="There are no articles in this category yet." />
        <Pagination {...pagination} />
      </section>
    </Layout>,
  );
}
