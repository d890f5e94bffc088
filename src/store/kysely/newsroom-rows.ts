import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import { parseArticleKind } from '../../content/article-kind.js';
import type { ArticleFields } from '../../editorial/article-draft.js';
import type { ArticleListFilter, ArticleListItem, LiveArticle, Revision, RevisionSummary } from '../../editorial/newsroom.js';
import { parseReadabilityReport } from '../../editorial/readability.js';
import { isRevisionKind, type RevisionKind } from '../../editorial/save-rules.js';
import { isNewsroomState, type NewsroomState } from '../../editorial/workflow.js';
import type { ArticleRevisionTable, Database } from '../schema.js';
import { reviewedByOf } from './rows.js';
import { parseJson } from './rows.js';

type Db = Kysely<Database> | Transaction<Database>;

export function parseRevisionKind(value: string): RevisionKind {
  if (isRevisionKind(value)) return value;
  throw new Error(`article revision: unknown kind "${value}"`);
}

export function parseState(value: string): NewsroomState {
  if (isNewsroomState(value)) return value;
  throw new Error(`newsroom article: unknown state "${value}"`);
}

export function toRevisionSummary(row: Omit<Selectable<ArticleRevisionTable>, 'id' | 'fields'>): RevisionSummary {
  return {
    articleId: row.article_id,
    number: Number(row.number),
    kind: parseRevisionKind(row.kind),
    authorUserId: row.author_user_id,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    readability: parseReadabilityReport(row.readability),
  };
}

export function toRevision(row: Omit<Selectable<ArticleRevisionTable>, 'id'>): Revision {
  return { ...toRevisionSummary(row), fields: JSON.parse(row.fields) as ArticleFields };
}

/** The reader-side row as the newsroom's fields (adopting an imported article starts from it). */
export async function readLiveArticle(db: Db, articleId: number): Promise<LiveArticle | null> {
  const row = await db
    .selectFrom('articles as a')
    .leftJoin('topics as t', 't.id', 'a.topic_id')
    .select([
      'a.id', 'a.slug', 'a.title', 'a.body_markdown', 'a.category_id', 'a.question_type', 'a.status', 'a.published_at',
      'a.updated_at', 'a.last_reviewed_at', 'a.reviewer_name', 'a.reviewer_credential', 'a.review_interval_months', 'a.next_review_due', 'a.source_reviewer_name', 'a.source_reviewer_credential', 'a.kind', 'a.author', 'a.sources', 'a.provenance_id', 'a.source_site', 'a.source_url',
      'a.licence', 'a.is_sample', 'a.has_answer', 't.name as topic_name',
    ])
    .where('a.id', '=', articleId)
    .executeTakeFirst();
  if (!row) return null;
  const tags = await db
    .selectFrom('article_tags as at')
    .innerJoin('tags', 'tags.id', 'at.tag_id')
    .select('tags.name')
    .where('at.article_id', '=', articleId)
    .orderBy('tags.name')
    .execute();
  const fields: ArticleFields = {
    title: row.title,
    slug: row.slug,
    slugEdited: false,
    topic: row.topic_name,
    categoryPath: await categoryPath(db, row.category_id),
    tags: tags.map((tag) => tag.name),
    questionType: row.question_type,
    summary: null,
    bodyMarkdown: row.body_markdown,
    sources: parseJson(row.sources, []),
    author: row.author,
    reviewIntervalMonths: row.review_interval_months ?? null,
  };
  return {
    articleId: row.id,
    slug: row.slug,
    status: row.status,
    fields,
    provenance: { id: row.provenance_id, sourceSite: row.source_site, sourceUrl: row.source_url, licence: row.licence },
    isSample: row.is_sample === 1,
    hasAnswer: row.has_answer === 1,
    publishedAt: row.published_at,
    lastReviewedAt: row.last_reviewed_at,
    updatedAt: row.updated_at,
    reviewedBy: reviewedByOf(row),
    reviewIntervalMonths: row.review_interval_months ?? null,
    nextReviewDue: row.next_review_due,
    sourceReviewedBy: row.source_reviewer_name ? { name: row.source_reviewer_name, credential: row.source_reviewer_credential ?? '' } : null,
    kind: parseArticleKind(row.kind),
  };
}

/** A category's names from the top: a few lookups, categories are a shallow tree. */
async function categoryPath(db: Db, categoryId: number | null): Promise<string[]> {
  const path: string[] = [];
  for (let id = categoryId, depth = 0; id !== null && depth < 20; depth++) {
    const row = await db.selectFrom('categories').select(['name', 'parent_id']).where('id', '=', id).executeTakeFirst();
    if (!row) break;
    path.unshift(row.name);
    id = row.parent_id;
  }
  return path;
}

// An article the newsroom never touched takes its state from the live row.
const STATE = sql<string>`coalesce(n.state, case when a.status = 'published' then 'published' else 'draft' end)`;

/** `%`, `_` and the escape character itself, taken literally in a LIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/**
 * The admin list: every article (articles LEFT JOIN newsroom_articles, so the 47k imported ones
 * are listed before the newsroom ever opens them), filtered, newest change first, one page.
 * Sorting on coalesce(newsroom change, live change) would sort every row (about 200 ms on
 * MedQuAD), so the page is merged from two indexed walks: articles the newsroom has touched,
 * by their working copy's change, and the others, by their live row's change.
 */
export async function listNewsroomArticles(db: Kysely<Database>, filter: ArticleListFilter): Promise<{ items: ArticleListItem[]; total: number }> {
  // Topics and categories are joined only for the page's rows, filters use subqueries: the
  // counts then run on a covering index (2 ms on MedQuAD, against 90 ms through the joins).
  const base = () => {
    let query = db
      .selectFrom('articles as a')
      .leftJoin('newsroom_articles as n', 'n.article_id', 'a.id')
      .where('n.deleted_at', 'is', null);
    if (filter.state) query = query.where(STATE, '=', filter.state);
    if (filter.q) query = query.where(sql<boolean>`lower(coalesce(n.working_title, a.title)) like ${likePattern(filter.q)} escape '!'`);
    const { topic, category } = filter;
    if (topic) query = query.where('a.topic_id', 'in', (eb) => eb.selectFrom('topics').select('id').where('slug', '=', topic));
    if (category) query = query.where('a.category_id', 'in', (eb) => eb.selectFrom('categories').select('id').where('slug', '=', category));
    if (filter.ownerUserId !== undefined) query = query.where('n.owner_user_id', '=', filter.ownerUserId);
    if (filter.author) query = query.where('a.author', '=', filter.author);
    if (filter.questionType) query = query.where('a.question_type', '=', filter.questionType);
    // Only the site pages' list asks (a few rows, through articles_kind_status): the article list keeps its covering index.
    if (filter.kind) query = query.where('a.kind', '=', filter.kind);
    return query;
  };
  const window = filter.offset + filter.limit;
  const listed = () =>
    base().leftJoin('topics as t', 't.id', 'a.topic_id').leftJoin('categories as c', 'c.id', 'a.category_id').select([
      'a.id', 'a.title', 'a.slug', 'a.status', 'a.author', 'a.question_type', 't.name as topic_name', 'c.name as category_name', 'n.working_title',
      'n.working_slug', 'n.owner_user_id', 'n.working_revision', 'n.live_revision', STATE.as('state'),
    ]).leftJoin('article_revisions as r', (join) => join.onRef('r.article_id', '=', 'n.article_id').onRef('r.number', '=', 'n.working_revision')).select('r.readability');
  const counted = (touched: boolean) => base().where('n.article_id', touched ? 'is not' : 'is', null).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const [touchedCount, untouchedCount] = (await Promise.all([counted(true), counted(false)])).map((row) => Number(row.n)) as [number, number];
  // Touched articles (the few the newsroom opened) up to the page's end; of the others, only the
  // stretch that can reach the page: every one before `skip` comes before the page whatever the
  // touched ones are, since at most `touchedCount` of them can be interleaved.
  const skip = Math.max(0, filter.offset - touchedCount);
  const [touched, untouched] = await Promise.all([
    listed().select('n.updated_at as changed_at').where('n.article_id', 'is not', null).orderBy('n.updated_at', 'desc').orderBy('a.id', 'desc').limit(window).execute(),
    listed().select('a.modified_at as changed_at').where('n.article_id', 'is', null).orderBy('a.modified_at', 'desc').orderBy('a.id', 'desc').offset(skip).limit(window - skip).execute(),
  ]);
  // A touched row that sorts before the skipped stretch lands below `filter.offset - skip` here, as it should.
  const rows = [...touched, ...untouched]
    .map((row) => ({ ...row, changed_at: String(row.changed_at) }))
    .sort((x, y) => (x.changed_at === y.changed_at ? y.id - x.id : x.changed_at < y.changed_at ? 1 : -1))
    .slice(filter.offset - skip, window - skip);
  const count = { n: touchedCount + untouchedCount };
  return {
    total: Number(count.n),
    items: rows.map((row) => ({
      articleId: row.id,
      title: row.working_title ?? row.title,
      slug: row.working_slug ?? row.slug,
      state: parseState(row.state),
      ownerUserId: row.owner_user_id,
      author: row.author,
      topicName: row.topic_name,
      categoryName: row.category_name,
      questionType: row.question_type,
      isLive: row.status === 'published',
      workingRevision: row.working_revision === null ? null : Number(row.working_revision),
      liveRevision: row.live_revision === null ? null : Number(row.live_revision),
      changedAt: row.changed_at,
      readingGrade: parseReadabilityReport(row.readability)?.fleschKincaidGrade ?? null,
    })),
  };
}
