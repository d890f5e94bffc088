import { compareNames } from '../../content/topic.js';
import type { ArticleSummary } from '../../content/article.js';
import type { CategoryNode } from '../../content/category.js';
import { ArticleList } from './article-list.js';
import { LetterNav } from './az-nav.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { SearchForm } from './search-form.js';
import { paths, sitePath, type SiteContext } from './site.js';

export interface HomePageData {
  topCategories: CategoryNode[];
  /** Where the top categories' children are found (by parentId). */
  allCategories: CategoryNode[];
  latest: ArticleSummary[];
  /** Letters that have topics. */
  letters: string[];
  stats: { articles: number; topics: number };
}

export function renderHomePage(site: SiteContext, data: HomePageData): string {
  const summary = `${plural(data.stats.articles, 'article')} on ${plural(data.stats.topics, 'health topic')}`;
  return renderDocument(
    <Layout
      site={site}
      title="Health information"
      description={`Plain-language health information: ${summary}, from conditions and symptoms to treatments.`}
      canonicalPath={paths.home()}
      current="home"
      searchSuggest
      ownSearchForm
    >
      <header class="page-header home-intro">
        <h1>Find health information</h1>
        <p class="lead">
          Plain-language articles on conditions, symptoms and treatments. {summary}.
        </p>
        <SearchForm
          site={site}
          id="home-search"
          variant="page"
          landmark
          label="Search for a condition, symptom or question"
          hint="You can ask a question in your own words."
          suggest
        />
      </header>

      <section class="home-section" aria-labelledby="az-heading">
        <h2 id="az-heading">Health A–Z</h2>
        <LetterNav site={site} letters={data.letters} currentLetter={null} inPage={false} />
        <p>
          <a href={sitePath(site, paths.az())}>Browse all health topics</a>
        </p>
      </section>

      {data.topCategories.length > 0 && (
        <section class="home-section" id="categories" aria-labelledby="categories-heading">
          <h2 id="categories-heading">Browse by category</h2>
          <ul class="category-grid">
            {data.topCategories.map((category) => (
              <CategoryCard site={site} category={category} subcategories={childrenOf(category, data.allCategories)} />
            ))}
          </ul>
        </section>
      )}

      <section class="home-section" aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest articles</h2>
        <ArticleList site={site} articles={data.latest} emptyText="No articles have been published yet." />
        <p><a href={sitePath(site, paths.articles())}>All articles</a></p>
      </section>
    </Layout>,
  );
}

export function CategoryCard(props: { site: SiteContext; category: CategoryNode; subcategories: CategoryNode[]; headingLevel?: 2 | 3 }) {
  const { site, category, subcategories } = props;
  // Under the page's h1 on /categories/, under a section's h2 on the home page: no level skipped.
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="category-card">
      <Heading>
        <a href={sitePath(site, paths.category(category.slug))}>{category.name}</a>
      </Heading>
      <p class="count">{plural(category.articleCount, 'article')}</p>
      {category.description && <p class="category-card__description">{category.description}</p>}
      {subcategories.length > 0 && (
        <ul class="category-card__children">
          {subcategories.map((child) => (
            <li>
              <a href={sitePath(site, paths.category(child.slug))}>{child.name}</a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function childrenOf(parent: CategoryNode, all: CategoryNode[]): CategoryNode[] {
  return all.filter((node) => node.parentId === parent.id).sort((a, b) => compareNames(a.name, b.name));
}
