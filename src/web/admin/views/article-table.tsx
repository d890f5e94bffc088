import { sitePath, type SiteContext } from '../../views/site.js';
import { adminPaths } from './admin-paths.js';
import { When } from './format.js';
import { ARTICLE_STATE_LABELS, type ArticleRow, type ArticleState } from './view-models.js';

/** The state as words (never colour alone); the class only adds a tint and a shape. */
export function StateBadge({ state }: { state: ArticleState }) {
  return <span class={`badge badge--${state}`}>{ARTICLE_STATE_LABELS[state]}</span>;
}

export interface ArticleTableProps {
  site: SiteContext;
  caption: string;
  /** Visually hide the caption when a heading right above already says it. */
  captionHidden?: boolean;
  rows: ArticleRow[];
  /** Which optional columns to show; the short dashboard tables leave most out. */
  columns?: { topic?: boolean; category?: boolean; author?: boolean };
  empty: string;
}

export function ArticleTable({ site, caption, captionHidden, rows, columns = {}, empty }: ArticleTableProps) {
  if (rows.length === 0) return <p class="empty">{empty}</p>;
  return (
    <div class="table-scroll">
      <table class="admin-table">
        <caption class={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">State</th>
            {columns.topic && <th scope="col">Topic</th>}
            {columns.category && <th scope="col">Category</th>}
            {columns.author && <th scope="col">Author</th>}
            <th scope="col">Changed by</th>
            <th scope="col">Last changed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <a href={sitePath(site, adminPaths.article(row.id))}>{row.title || 'Untitled'}</a>
              </th>
              <td><StateBadge state={row.state} /></td>
              {columns.topic && <td>{row.topic ?? '—'}</td>}
              {columns.category && <td>{row.categoryPath.length ? row.categoryPath.join(' › ') : '—'}</td>}
              {columns.author && <td>{row.author ?? '—'}</td>}
              <td>{row.changedBy ?? '—'}</td>
              <td><When at={row.changedAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
