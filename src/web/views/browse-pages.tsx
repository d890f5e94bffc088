import type { ArticleSummary } from '../../content/article.js';
import type { CategoryNode } from '../../content/category.js';
import { ArticleList } from './article-list.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { plural } from './format.js';
import { CategoryCard, childrenOf } from './home-page.js';
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { paths, sitePath, type SiteContext } from './site.js';

export interface CategoriesIndexData {
  categories: CategoryNode[];
}

/** `/categories/`: every top-level category with its subcategories (it was a 404, issue 14). */
export function renderCategoriesIndexPage(site: SiteContext, data: CategoriesIndexData): string {
  const top = data.categories.filter((category) => category.parentId === null);
  return renderDocument(
    <Layout site={site} title="Categories" description={`Health articles by category: ${plural(top.length, 'category', 'categories')}.`} canonicalPath={paths.categories()} current="categories">
      <Breadcrumbs site={site} crumbs={[{ name: 'Home', path: paths.home() }, { name: 'Categories', path: paths.categories() }]} />
      <header class="page-header">
        <h1>Categories</h1>
      </header>
      {top.length === 0 ? (
        <p>No categories yet.</p>
      ) : (
        <ul class="category-grid">
          {top.map((category) => <CategoryCard site={site} category={category} subcategories={childrenOf(category, data.categories)} headingLevel={2} />)}
        </ul>
      )}
    </Layout>,
  );
}

export interface ArticlesIndexData {
  latest: ArticleSummary[];
  total: number;
}

/**
 * `/articles/`: the ways to every article (A–Z, categories, search) and the latest ones. A list
 * of all of them would be thousands long; the A–Z and the categories page them (issue 14: a 404).
 */
export function renderArticlesIndexPage(site: SiteContext, data: ArticlesIndexData): string {
  return renderDocument(
    <Layout site={site} title="All articles" description={`${plural(data.total, 'health article')}: browse them A–Z, by category, or search.`} canonicalPath={paths.articles()}>
      <Breadcrumbs site={site} crumbs={[{ name: 'Home', path: paths.home() }, { name: 'All articles', path: paths.articles() }]} />
      <header class="page-header">
        <h1>All articles</h1>
        <p class="count">{plural(data.total, 'article')}</p>
      </header>
      <ul class="browse-links">
        <li><a href={sitePath(site, paths.az())}>Health A–Z</a>: every topic, with the articles about it</li>
        <li><a href={sitePath(site, paths.categories())}>Categories</a>: articles by area of health</li>
        <li><a href={sitePath(site, paths.search())}>Search</a>: ask a question in your own words</li>
      </ul>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest articles</h2>
        <ArticleList site={site} articles={data.latest} emptyText="No articles have been published yet." />
      </section>
    </Layout>,
  );
}
