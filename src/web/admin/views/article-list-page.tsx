import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { ArticleTable } from './article-table.js';
import { SelectField, TextField } from './form-parts.js';
import { AdminPaging } from './paging.js';
import type { ArticleListFilters, ArticleListPageData } from './view-models.js';

// Chosen from a short list: selects. Topic and author are typed: a large site has thousands of topics.
const SELECT_FILTERS: { name: keyof ArticleListPageData['options']; label: string }[] = [
  { name: 'status', label: 'Status' },
  { name: 'category', label: 'Category' },
  { name: 'questionType', label: 'Question type' },
];
const TEXT_FILTERS: { name: Extract<keyof ArticleListFilters, 'topic' | 'author'>; label: string; hint: string }[] = [
  { name: 'topic', label: 'Topic', hint: 'Its name, exactly as shown' },
  { name: 'author', label: 'Author', hint: 'The byline, exactly' },
];

export function renderArticleListPage(data: ArticleListPageData): string {
  const { site, filters } = data;
  const filtered = Object.values(filters).some((value) => value !== undefined && value !== '');
  return renderDocument(
    <AdminLayout site={site} title="Articles" user={data.user} csrfToken={data.csrfToken} current="articles">
      <PageHeading title="Articles" flash={data.flash}>
        {data.canCreate && (
          <p>
            <a class="button button--primary" href={sitePath(site, adminPaths.newArticle())}>New article</a>
          </p>
        )}
      </PageHeading>
      <form method="get" action={sitePath(site, adminPaths.articles())} class="filters" role="search" aria-label="Find articles">
        <TextField name="q" label="Search titles and text" type="search" value={filters.q} />
        <div class="filters__row">
          {SELECT_FILTERS.map((filter) => (
            <SelectField name={filter.name} label={filter.label} value={filters[filter.name]} options={data.options[filter.name]} emptyLabel="Any" />
          ))}
          {TEXT_FILTERS.map((filter) => (
            <TextField name={filter.name} label={filter.label} hint={filter.hint} value={filters[filter.name]} />
          ))}
        </div>
        <div class="filters__actions">
          <button type="submit" class="button button--primary">Show articles</button>
          {filtered && <a href={sitePath(site, adminPaths.articles())}>Clear filters</a>}
        </div>
      </form>
      {data.rows.length === 0 ? (
        <div class="empty-state">
          <h2>No articles found</h2>
          <p>{filtered ? 'No article matches these filters. Try fewer filters or other words.' : 'There are no articles yet.'}</p>
        </div>
      ) : (
        <>
          <ArticleTable
            site={site}
            caption={`Articles, page ${data.page} of ${Math.max(1, data.pageCount)}`}
            rows={data.rows}
            columns={{ topic: true, category: true, author: true }}
            readingTarget={data.readingTarget}
            empty=""
          />
          <AdminPaging site={site} path={adminPaths.articles()} params={{ ...filters }} page={data.page} pageCount={data.pageCount} total={data.total} noun="article" />
        </>
      )}
    </AdminLayout>,
  );
}
