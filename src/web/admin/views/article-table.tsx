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
  /** Shows the reading grade column, against this target (the site's HEALTHPRESS_READING_GRADE). */
  readingTarget?: number;
  empty: string;
}

export function ArticleTable({ site, caption, captionHidden, rows, columns = {}, readingTarget, empty }: ArticleTableProps) {
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
            {readingTarget !== undefined && <th scope="col">Reading grade <span class="field__hint">(target {readingTarget})</span></th>}
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
              {readingTarget !== undefined && <td><ReadingGrade grade={row.readingGrade ?? null} target={readingTarget} /></td>}
              <td>{row.changedBy ?? '—'}</td>
              <td><When at={row.changedAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A grade and, in words, whether it is over the target; "not measured" for an article never opened in the newsroom. */
function ReadingGrade({ grade, target }: { grade: number | null; target: number }) {
  if (grade === null) return <>—<span class="visually-hidden"> not measured</span></>;
  const over = grade > target;
  return (
    <span class={`reading-grade reading-grade--${over ? 'over' : 'within'}`}>
      {grade.toFixed(1)} <span class="reading-grade__verdict">{over ? 'over target' : 'within target'}</span>
    </span>
  );
}
