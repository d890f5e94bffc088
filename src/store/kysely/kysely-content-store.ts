import type { Kysely, Transaction } from 'kysely';
import type { Article, ArticleInput, ArticleSummary, CategorySummary, TopicRef } from '../../content/article.js';
import { type CategoryNode, categoryTrail, rollUpCounts } from '../../content/category.js';
import { paths } from '../../content/paths.js';
import { type Topic, compareNames } from '../../content/topic.js';
import type { CategoryInput } from '../../importers/loader.js';
import type {
  ArticleListQuery,
  ContentStore,
  Neighbours,
  Page,
  SiteChanges,
  SiteState,
  SitemapEntry,
  ArticleState,
  ContentRevision,
  StoreStats,
  TopicIndexEntry,
  UpsertOutcome,
} from '../content-store.js';
import type { Database } from '../schema.js';
import type { SearchSink } from '../search-sink.js';
import { BatchWriter } from './article-writer.js';
import { KyselyRelatedRepository, storedRelatedIds } from './kysely-related-repository.js';
import { appendTo, type ArticleRow, SUMMARY_COLUMNS, parseJson, toArticle, toCategory, toSummary, toTopic } from './rows.js';

/**
 * The content store over any Kysely dialect: SQLite for one machine, PostgreSQL when a site
 * outgrows it. The SQL is written once; dialect differences stay in the adapters that build
 * the Kysely instance.
 */
export class KyselyContentStore implements ContentStore {
  readonly related: KyselyRelatedRepository;

  constructor(
    readonly db: Kysely<Database>,
    private readonly searchSink: SearchSink | null = null,
    private readonly onClose: () => Promise<void> = () => db.destroy(),
  ) {
    this.related = new KyselyRelatedRepository(db);
  }

  upsertArticles(batch: ArticleInput[], now: string): Promise<UpsertOutcome[]> {
    return BatchWriter.run(this.db, this.searchSink, async (writer) => {
      const outcomes: UpsertOutcome[] = [];
      for (const input of batch) outcomes.push(await writer.upsertArticle(input, now));
      return outcomes;
    });
  }

  async upsertCategories(categories: CategoryInput[]): Promise<void> {
    await BatchWriter.run(this.db, this.searchSink, async (writer) => {
      for (const category of categories) await writer.describeCategory(category);
    });
  }

  async upsertTopics(topics: TopicRef[]): Promise<void> {
    await BatchWriter.run(this.db, this.searchSink, async (writer) => {
      for (const topic of topics) await writer.ensureTopic(topic);
    });
  }

  private publishedSummaries() {
    return this.db
      .selectFrom('articles')
      .leftJoin('topics', 'topics.id', 'articles.topic_id')
      .select(SUMMARY_COLUMNS)
      .where('articles.status', '=', 'published');
  }

  private articleRows() {
    return this.db
      .selectFrom('articles')
      .leftJoin('topics', 'topics.id', 'articles.topic_id')
      .leftJoin('categories', 'categories.id', 'articles.category_id')
      .selectAll('articles')
      .select([
        'topics.name as topic_name',
        'topics.slug as topic_slug',
        'categories.slug as category_slug',
        'categories.name as category_name',
      ])
      .where('articles.status', '=', 'published');
  }

  private async findArticle(
    filter: (q: ReturnType<KyselyContentStore['articleRows']>) => ReturnType<KyselyContentStore['articleRows']>,
  ): Promise<Article | null> {
    const row = await filter(this.articleRows()).executeTakeFirst();
    if (!row) return null;
    const tags = await this.db
      .selectFrom('article_tags')
      .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
      .select(['tags.slug', 'tags.name'])
      .where('article_tags.article_id', '=', row.id)
      .orderBy('tags.name')
      .execute();
    return toArticle(row as ArticleRow, tags);
  }

  async publishedArticles(): Promise<Article[]> {
    const [rows, tagRows] = await Promise.all([
      this.articleRows().orderBy('articles.id').execute(),
      this.db
        .selectFrom('article_tags')
        .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
        .select(['article_tags.article_id', 'tags.slug', 'tags.name'])
        .orderBy('tags.name')
        .execute(),
    ]);
    const tagsOf = new Map<number, { slug: string; name: string }[]>();
    for (const { article_id, slug, name } of tagRows) appendTo(tagsOf, article_id, { slug, name });
    return rows.map((row) => toArticle(row as ArticleRow, tagsOf.get(row.id) ?? []));
  }

  relatedIds(): Promise<Map<number, number[]>> {
    return storedRelatedIds(this.db, null);
  }

  findArticleBySlug(slug: string): Promise<Article | null> {
    return this.findArticle((q) => q.where('articles.slug', '=', slug));
  }

  findArticleByProvenanceId(provenanceId: string): Promise<Article | null> {
    return this.findArticle((q) => q.where('articles.provenance_id', '=', provenanceId));
  }

  async listArticles(query: ArticleListQuery): Promise<Page<ArticleSummary>> {
    let base = this.db.selectFrom('articles').where('articles.status', '=', 'published');
    if (query.categoryIds) base = base.where('articles.category_id', 'in', query.categoryIds.length ? query.categoryIds : [-1]);
    if (query.topicId !== undefined) base = base.where('articles.topic_id', '=', query.topicId);
    if (query.tagSlug !== undefined) {
      const tagSlug = query.tagSlug;
      base = base.where('articles.id', 'in', (eb) =>
        eb
          .selectFrom('article_tags')
          .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
          .select('article_tags.article_id')
          .where('tags.slug', '=', tagSlug),
      );
    }
    const direction = query.order === 'newest' ? 'desc' : 'asc';
    const [rows, count] = await Promise.all([
      base
        .leftJoin('topics', 'topics.id', 'articles.topic_id')
        .select(SUMMARY_COLUMNS)
        .orderBy('articles.published_at', direction)
        .orderBy('articles.id', direction)
        .limit(query.limit)
        .offset(query.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toSummary), total: Number(count.n) };
  }

  async neighbours(article: Article): Promise<Neighbours> {
    if (!article.category || article.publishedAt === null) return { previous: null, next: null };
    const published = article.publishedAt;
    const categoryId = article.category.id;
    // Publication date orders the category; the id breaks ties between articles of one date.
    const step = (direction: 'before' | 'after') => {
      const [comparison, order] = direction === 'before' ? (['<', 'desc'] as const) : (['>', 'asc'] as const);
      return this.publishedSummaries()
        .where('articles.category_id', '=', categoryId)
        // A row-value comparison, so both databases walk the (category, status, date, id) index
        // to the one neighbour instead of scanning the category.
        .where((eb) => eb(eb.refTuple('articles.published_at', 'articles.id'), comparison, eb.tuple(published, article.id)))
        .orderBy('articles.published_at', order)
        .orderBy('articles.id', order)
        .limit(1)
        .executeTakeFirst();
    };
    const [previous, next] = await Promise.all([step('before'), step('after')]);
    return { previous: previous ? toSummary(previous) : null, next: next ? toSummary(next) : null };
  }

  async relatedArticles(article: Article, limit: number): Promise<ArticleSummary[]> {
    const rows = await this.publishedSummaries()
      .innerJoin('related', 'related.related_id', 'articles.id')
      .where('related.article_id', '=', article.id)
      .orderBy('related.position')
      .limit(limit)
      .execute();
    return rows.map(toSummary);
  }

  async findTopicBySlug(slug: string): Promise<Topic | null> {
    const row = await this.db
      .selectFrom('topics')
      .selectAll('topics')
      .select((eb) =>
        eb
          .selectFrom('articles')
          .select(eb.fn.countAll().as('n'))
          .whereRef('articles.topic_id', '=', 'topics.id')
          .where('articles.status', '=', 'published')
          .as('article_count'),
      )
      .where('topics.slug', '=', slug)
      .executeTakeFirst();
    return row ? toTopic({ ...row, article_count: row.article_count ?? 0 }) : null;
  }

  async listTopics(): Promise<Topic[]> {
    const [rows, counts] = await Promise.all([
      this.db.selectFrom('topics').selectAll().orderBy('id').execute(),
      this.db
        .selectFrom('articles')
        .select(['topic_id', (eb) => eb.fn.countAll().as('n')])
        .where('status', '=', 'published')
        .groupBy('topic_id')
        .execute(),
    ]);
    const countOf = new Map(counts.map((row) => [row.topic_id, Number(row.n)]));
    return rows.map((row) => toTopic({ ...row, article_count: countOf.get(row.id) ?? 0 }));
  }

  async topicIndex(): Promise<TopicIndexEntry[]> {
    const rows = await this.db
      .selectFrom('topics')
      .innerJoin('articles', 'articles.topic_id', 'topics.id')
      .select(['topics.slug', 'topics.name', 'topics.synonyms', (eb) => eb.fn.countAll().as('n')])
      .where('articles.status', '=', 'published')
      .groupBy(['topics.id', 'topics.slug', 'topics.name', 'topics.synonyms'])
      .execute();
    return rows
      .map((row) => ({
        slug: row.slug,
        name: row.name,
        synonyms: parseJson<string[]>(row.synonyms, []),
        articleCount: Number(row.n),
      }))
      .sort((a, b) => compareNames(a.name, b.name));
  }

  async topicArticles(topicId: number): Promise<ArticleSummary[]> {
    const rows = await this.publishedSummaries()
      .where('articles.topic_id', '=', topicId)
      .orderBy('articles.id')
      .execute();
    return rows.map(toSummary);
  }

  async listCategories(): Promise<CategoryNode[]> {
    const rows = await this.db
      .selectFrom('categories')
      .selectAll('categories')
      .select((eb) =>
        eb
          .selectFrom('articles')
          .select(eb.fn.countAll().as('n'))
          .whereRef('articles.category_id', '=', 'categories.id')
          .where('articles.status', '=', 'published')
          .as('article_count'),
      )
      .orderBy('categories.name')
      .execute();
    return rollUpCounts(rows.map((row) => toCategory({ ...row, article_count: row.article_count ?? 0 })));
  }

  async findCategoryBySlug(slug: string): Promise<CategoryNode | null> {
    const all = await this.listCategories();
    return all.find((category) => category.slug === slug) ?? null;
  }

  async categoryTrail(categoryId: number): Promise<CategorySummary[]> {
    const rows = await this.db.selectFrom('categories').select(['id', 'slug', 'name', 'parent_id']).execute();
    return categoryTrail(rows.map((row) => ({ ...row, parentId: row.parent_id })), categoryId).map(({ id, slug, name }) => ({ id, slug, name }));
  }

  siteState(): Promise<SiteState> {
    // One read transaction: the revision and the rows describe the same moment.
    return this.db.transaction().execute(async (trx) => {
      const revision = await readRevision(trx);
      const rows = await trx
        .selectFrom('articles')
        .select(STATE_COLUMNS)
        .where('status', '=', 'published')
        .orderBy('id')
        .execute();
      return { ...revision, articles: await withTagSlugs(trx, rows, null) };
    });
  }

  changesSince(since: number): Promise<SiteChanges> {
    return this.db.transaction().execute(async (trx) => {
      const revision = await readRevision(trx);
      const [rows, lists, topics, categories] = await Promise.all([
        trx
          .selectFrom('articles')
          .select(STATE_COLUMNS)
          .where('revision', '>', since)
          .orderBy('id')
          .execute(),
        trx.selectFrom('articles').select('id').where('list_revision', '>', since).orderBy('id').execute(),
        trx.selectFrom('topics').select('id').where('revision', '>', since).orderBy('id').execute(),
        trx.selectFrom('categories').select('id').where('revision', '>', since).limit(1).execute(),
      ]);
      const articles = await withTagSlugs(trx, rows, rows.map((row) => row.id));
      return {
        ...revision,
        articles: articles.map((article, i) => ({ ...article, published: rows[i]!.status === 'published' })),
        lists: lists.map((row) => row.id),
        topics: topics.map((row) => row.id),
        categoriesChanged: categories.length > 0,
      };
    });
  }

  async findTagBySlug(slug: string): Promise<{ slug: string; name: string; articleCount: number } | null> {
    const row = await this.db
      .selectFrom('tags')
      .innerJoin('article_tags', 'article_tags.tag_id', 'tags.id')
      .innerJoin('articles', 'articles.id', 'article_tags.article_id')
      .select(['tags.slug', 'tags.name', (eb) => eb.fn.countAll().as('n')])
      .where('tags.slug', '=', slug)
      .where('articles.status', '=', 'published')
      .groupBy(['tags.slug', 'tags.name'])
      .executeTakeFirst();
    return row ? { slug: row.slug, name: row.name, articleCount: Number(row.n) } : null;
  }

  async sitemapEntries(offset: number, limit: number): Promise<SitemapEntry[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select(['slug', 'published_at', 'updated_at', 'last_reviewed_at'])
      .where('status', '=', 'published')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((row) => ({
      path: paths.article(row.slug),
      lastModified: latestDate(row.updated_at, row.last_reviewed_at, row.published_at),
    }));
  }

  async countPublished(): Promise<number> {
    const row = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async stats(): Promise<StoreStats> {
    const count = async (table: 'articles' | 'topics' | 'categories' | 'tags') =>
      Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const articleCounts = await this.db
      .selectFrom('articles')
      .select([
        (eb) => eb.fn.sum<number>(eb.case().when('status', '=', 'published').then(1).else(0).end()).as('published'),
        (eb) => eb.fn.sum<number>('has_answer').as('answered'),
      ])
      .executeTakeFirstOrThrow();
    const bySource = await this.db
      .selectFrom('articles')
      .select(['source_site', (eb) => eb.fn.countAll().as('n')])
      .groupBy('source_site')
      .orderBy('source_site')
      .execute();
    return {
      articles: await count('articles'),
      publishedArticles: Number(articleCounts.published ?? 0),
      answeredArticles: Number(articleCounts.answered ?? 0),
      topics: await count('topics'),
      categories: await count('categories'),
      tags: await count('tags'),
      articlesBySource: Object.fromEntries(bySource.map((row) => [row.source_site, Number(row.n)])),
    };
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('articles').select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

function latestDate(...dates: (string | null)[]): string | null {
  const present = dates.filter((date): date is string => date !== null).sort();
  return present.at(-1) ?? null;
}

async function readRevision(trx: Transaction<Database>): Promise<ContentRevision> {
  const row = await trx.selectFrom('content_state').select(['site_id', 'revision']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { siteId: row.site_id, revision: Number(row.revision) };
}

/** What an ArticleState is made of (withTagSlugs). */
const STATE_COLUMNS = ['id', 'slug', 'category_id', 'topic_id', 'published_at', 'updated_at', 'last_reviewed_at', 'status'] as const;

interface StateRow {
  id: number;
  slug: string;
  category_id: number | null;
  topic_id: number | null;
  published_at: string | null;
  updated_at: string | null;
  last_reviewed_at: string | null;
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
  }));
}
