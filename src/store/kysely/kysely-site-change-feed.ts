import { latestDate } from '../../content/latest-date.js';
import type { Kysely, Transaction } from 'kysely';
import type { ArticleState, ChangePosition, SiteChangeFeed, SiteChanges, SiteState } from '../../export/site-change-feed.js';
import type { Database } from '../schema.js';
import { appendTo, storedStatus } from './rows.js';

/** The site change feed over any Kysely dialect, read from the change sequence (migrations 004, 006). */
export class KyselySiteChangeFeed implements SiteChangeFeed {
  constructor(private readonly db: Kysely<Database>) {}

  siteState(): Promise<SiteState> {
    // One read transaction: the change position and the rows describe the same moment.
    return this.db.transaction().execute(async (trx) => {
      const position = await readChangePosition(trx);
      const rows = await trx
        .selectFrom('articles')
        .select(STATE_COLUMNS)
        .where('status', '=', 'published')
        .orderBy('id')
        .execute();
      return { ...position, articles: await withTagSlugs(trx, rows, null) };
    });
  }

  changesSince(since: number): Promise<SiteChanges> {
    return this.db.transaction().execute(async (trx) => {
      const position = await readChangePosition(trx);
      const [rows, lists, topics, categories] = await Promise.all([
        trx
          .selectFrom('articles')
          .select([...STATE_COLUMNS, 'provenance_id'])
          .where('change_seq', '>', since)
          .orderBy('id')
          .execute(),
        trx.selectFrom('articles').select('id').where('list_change_seq', '>', since).orderBy('id').execute(),
        trx.selectFrom('topics').select('id').where('change_seq', '>', since).orderBy('id').execute(),
        trx.selectFrom('categories').select('id').where('change_seq', '>', since).limit(1).execute(),
      ]);
      const articles = await withTagSlugs(trx, rows, rows.map((row) => row.id));
      return {
        ...position,
        articles: articles.map((article, i) => ({ ...article, published: storedStatus(rows[i]!) === 'published' })),
        lists: lists.map((row) => row.id),
        topics: topics.map((row) => row.id),
        categoriesChanged: categories.length > 0,
      };
    });
  }
}

async function readChangePosition(trx: Transaction<Database>): Promise<ChangePosition> {
  const row = await trx.selectFrom('content_state').select(['site_id', 'change_seq']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { siteId: row.site_id, changeSeq: Number(row.change_seq) };
}

/** What an ArticleState is made of (withTagSlugs). */
const STATE_COLUMNS = ['id', 'slug', 'category_id', 'topic_id', 'published_at', 'updated_at', 'last_reviewed_at', 'status', 'kind'] as const;

interface StateRow {
  id: number;
  slug: string;
  category_id: number | null;
  topic_id: number | null;
  published_at: string | null;
  updated_at: string | null;
  last_reviewed_at: string | null;
  kind: string;
}

/** The rows as ArticleStates, with their tags' slugs (of `ids` only, or of every article). */
async function withTagSlugs(trx: Transaction<Database>, rows: StateRow[], ids: number[] | null): Promise<ArticleState[]> {
  const tagsOf = new Map<number, string[]>();
  if (ids === null || ids.length > 0) {
    let query = trx
      .selectFrom('article_tags')
      .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
      .select(['article_tags.article_id', 'tags.slug'])
      .orderBy('tags.slug');
    // Few ids in an incremental rebuild; a big batch reads every tag instead of a long `in` list.
    if (ids !== null && ids.length <= 1000) query = query.where('article_tags.article_id', 'in', ids);
    for (const { article_id, slug } of await query.execute()) appendTo(tagsOf, article_id, slug);
  }
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    categoryId: row.category_id,
    topicId: row.topic_id,
    publishedAt: row.published_at,
    lastModified: latestDate(row.updated_at, row.last_reviewed_at, row.published_at),
    tagSlugs: tagsOf.get(row.id) ?? [],
    ...(row.kind === 'page' ? { kind: 'page' as const } : {}),
  }));
}
