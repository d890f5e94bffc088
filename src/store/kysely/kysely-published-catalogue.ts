import { latestDate } from '../../content/latest-date.js';
import type { Kysely } from 'kysely';
import type { Article, ArticleSummary, CategorySummary } from '../../content/article.js';
import { type CategoryNode, categoryTrail, rollUpCounts } from '../../content/category.js';
import { type ArticleKind, parseArticleKind, pathOfKind } from '../../content/article-kind.js';
import { type Topic, compareNames } from '../../content/topic.js';
import type { ArticleListQuery, Neighbours, Page, PublishedCatalogue, RetiredArticle, SitemapEntry, SitePageLink, TopicIndexEntry } from '../../web/published-catalogue.js';
import type { Database } from '../schema.js';
import { storedRelatedIds } from './kysely-related-repository.js';
import { appendTo, type ArticleRow, SUMMARY_COLUMNS, parseJson, toArticle, toCategory, toSummary, toTopic } from './rows.js';

/**
 * The published catalogue over any Kysely dialect: SQLite for one machine, PostgreSQL when a
 * site outgrows it. The SQL is written once; dialect differences stay in the adapters that build
 * the Kysely instance.
 */
export class KyselyPublishedCatalogue implements PublishedCatalogue {
  constructor(private readonly db: Kysely<Database>) {}

  private publishedSummaries() {
    return this.db
      .selectFrom('articles')
      .leftJoin('topics', 'topics.id', 'articles.topic_id')
      .select(SUMMARY_COLUMNS)
      .where('articles.status', '=', 'published')
      .where('articles.kind', '=', 'article');
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
        'topics.semantic_group as topic_semantic_group',
        'categories.slug as category_slug',
        'categories.name as category_name',
      ])
      .where('articles.status', '=', 'published');
  }

  private async findArticle(
    filter: (q: ReturnType<KyselyPublishedCatalogue['articleRows']>) => ReturnType<KyselyPublishedCatalogue['articleRows']>,
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
    return this.findArticle((q) => q.where('articles.slug', '=', slug).where('articles.kind', '=', 'article'));
  }

  findSitePage(slug: string): Promise<Article | null> {
    return this.findArticle((q) => q.where('articles.slug', '=', slug).where('articles.kind', '=', 'page'));
  }

  async sitePages(): Promise<SitePageLink[]> {
    return this.db
      .selectFrom('articles')
      .select(['id', 'slug', 'title'])
      .where('status', '=', 'published')
      .where('kind', '=', 'page')
      .orderBy('published_at')
      .orderBy('id')
      .execute();
  }

  async redirectFor(path: string): Promise<string | null> {
    const row = await this.db.selectFrom('redirects').select('to_path').where('from_path', '=', path).executeTakeFirst();
    return row?.to_path ?? null;
  }

  async redirects(): Promise<{ from: string; to: string }[]> {
    const rows = await this.db.selectFrom('redirects').select(['from_path', 'to_path']).orderBy('from_path').execute();
    return rows.map((row) => ({ from: row.from_path, to: row.to_path }));
  }

  async retiredArticle(slug: string, kind: ArticleKind = 'article'): Promise<RetiredArticle | null> {
    const row = await this.db
      .selectFrom('articles')
      .leftJoin('topics', 'topics.id', 'articles.topic_id')
      .select(['articles.title', 'articles.topic_id', 'topics.slug as topic_slug', 'topics.name as topic_name'])
      .where('articles.slug', '=', slug)
      .where('articles.status', '<>', 'published')
      .where('articles.kind', '=', kind)
      // Readers could open it once: they may hold a link to it. A draft never public stays a 404.
      .where('articles.withdrawn_at', 'is not', null)
      .executeTakeFirst();
    if (!row) return null;
    const live = row.topic_id === null ? undefined : await this.db.selectFrom('articles').select('id').where('topic_id', '=', row.topic_id).where('status', '=', 'published').executeTakeFirst();
    return { title: row.title, topic: live && row.topic_slug && row.topic_name ? { slug: row.topic_slug, name: row.topic_name } : null };
  }

  findArticleByProvenanceId(provenanceId: string): Promise<Article | null> {
    return this.findArticle((q) => q.where('articles.provenance_id', '=', provenanceId));
  }

  async listArticles(query: ArticleListQuery): Promise<Page<ArticleSummary>> {
    // Listings (the home page, categories, tags, topics, the feed) are of health content: site pages stay out.
    let base = this.db.selectFrom('articles').where('articles.status', '=', 'published').where('articles.kind', '=', 'article');
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

  async listTags(): Promise<{ slug: string; name: string; articleCount: number }[]> {
    const rows = await this.db
      .selectFrom('tags')
      .innerJoin('article_tags', 'article_tags.tag_id', 'tags.id')
      .innerJoin('articles', 'articles.id', 'article_tags.article_id')
      .select(['tags.slug', 'tags.name', (eb) => eb.fn.countAll().as('n')])
      .where('articles.status', '=', 'published')
      .groupBy(['tags.slug', 'tags.name'])
      .orderBy('tags.slug')
      .execute();
    return rows.map((row) => ({ slug: row.slug, name: row.name, articleCount: Number(row.n) }));
  }

  async sitemapEntries(offset: number, limit: number): Promise<SitemapEntry[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select(['slug', 'kind', 'published_at', 'updated_at', 'last_reviewed_at'])
      .where('status', '=', 'published')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((row) => ({
      path: pathOfKind(parseArticleKind(row.kind), row.slug),
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
}
