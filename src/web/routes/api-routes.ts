import type { FastifyInstance } from 'fastify';
import { type Article, type ArticleSummary, summaryOf } from '../../content/article.js';
import { notFound } from '../../errors.js';
import { RECOMMENDED_LIST_LENGTH } from '../../related/list-length.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import { descendantIds } from '../../content/category.js';
import { withoutTrailingSlashes } from '../listing-path.js';
import {
  type ArticleListApiQuery,
  type SlugParams,
  type WildcardParams,
  articleListApiQuery,
  slugParams,
  wildcardParams,
} from '../route-schemas.js';
import { completeCareCards } from '../../content/markdown.js';
import { careCardsJson } from '../views/care-card-json.js';
import { type SiteContext, absoluteUrl, paths } from '../views/index.js';

const API_CACHE = 'public, max-age=60';

/** The read-only JSON API. Every article carries its provenance id, so outside checks can find it. */
export function apiRoutes(catalogue: PublishedCatalogue, site: SiteContext) {
  const summaryJson = (a: ArticleSummary) => ({
    id: a.id,
    slug: a.slug,
    title: a.title,
    url: absoluteUrl(site, paths.article(a.slug)),
    topic: a.topicName,
    questionType: a.questionType,
    publishedAt: a.publishedAt,
    provenanceId: a.provenanceId,
    hasAnswer: a.hasAnswer,
  });

  const articleJson = (a: Article, related: ArticleSummary[]) => ({
    id: a.id,
    slug: a.slug,
    title: a.title,
    url: absoluteUrl(site, paths.article(a.slug)),
    topic: a.topic,
    category: a.category,
    tags: a.tags,
    questionType: a.questionType,
    status: a.status,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    lastReviewedAt: a.lastReviewedAt,
    author: a.author,
    sources: a.sources,
    provenance: a.provenance,
    provenanceId: a.provenance.id,
    isSample: a.isSample,
    hasAnswer: a.hasAnswer,
    bodyMarkdown: a.bodyMarkdown,
    bodyHtml: completeCareCards(a.bodyHtml, site.country),
    careCards: careCardsJson(a.bodyMarkdown, site.country),
    related: related.map(summaryJson),
  });

  return async (app: FastifyInstance): Promise<void> => {
    app.addHook('onSend', async (_request, reply, payload) => {
      if (reply.statusCode === 200) reply.header('cache-control', API_CACHE);
      return payload;
    });

    app.get<{ Querystring: ArticleListApiQuery }>(
      '/api/articles',
      { schema: { querystring: articleListApiQuery } },
      async (request) => {
        const { limit, offset } = request.query;
        if (request.query.provenance !== undefined) {
          const article = await catalogue.findArticleByProvenanceId(request.query.provenance);
          return { total: article ? 1 : 0, limit, offset, items: article ? [summaryJson(summaryOf(article))] : [] };
        }
        let categoryIds: number[] | undefined;
        if (request.query.category !== undefined) {
          const [category, categories] = await Promise.all([catalogue.findCategoryBySlug(request.query.category), catalogue.listCategories()]);
          if (!category) throw notFound(`category "${request.query.category}"`);
          categoryIds = descendantIds(categories, category.id);
        }
        let topicId: number | undefined;
        if (request.query.topic !== undefined) {
          const topic = await catalogue.findTopicBySlug(request.query.topic);
          if (!topic) throw notFound(`topic "${request.query.topic}"`);
          topicId = topic.id;
        }
        const page = await catalogue.listArticles({
          order: 'newest',
          limit,
          offset,
          ...(categoryIds ? { categoryIds } : {}),
          ...(topicId !== undefined ? { topicId } : {}),
          ...(request.query.tag !== undefined ? { tagSlug: request.query.tag } : {}),
        });
        return { total: page.total, limit, offset, items: page.items.map(summaryJson) };
      },
    );

    app.get<{ Params: SlugParams }>('/api/articles/:slug', { schema: { params: slugParams } }, async (request) => {
      const article = await catalogue.findArticleBySlug(request.params.slug);
      if (!article) throw notFound(`article "${request.params.slug}"`);
      return articleJson(article, await catalogue.relatedArticles(article, RECOMMENDED_LIST_LENGTH));
    });

    app.get('/api/topics', async () => {
      const index = await catalogue.topicIndex();
      return { total: index.length, items: index.map((t) => ({ ...t, url: absoluteUrl(site, paths.topic(t.slug)) })) };
    });

    app.get<{ Params: SlugParams }>('/api/topics/:slug', { schema: { params: slugParams } }, async (request) => {
      const topic = await catalogue.findTopicBySlug(request.params.slug);
      if (!topic) throw notFound(`topic "${request.params.slug}"`);
      const articles = await catalogue.topicArticles(topic.id);
      return { ...topic, url: absoluteUrl(site, paths.topic(topic.slug)), articles: articles.map(summaryJson) };
    });

    app.get('/api/categories', async () => {
      const categories = await catalogue.listCategories();
      return { total: categories.length, items: categories.map((c) => ({ ...c, url: absoluteUrl(site, paths.category(c.slug)) })) };
    });

    app.get<{ Params: WildcardParams }>('/api/categories/*', { schema: { params: wildcardParams } }, async (request) => {
      const slug = withoutTrailingSlashes(request.params['*']);
      const [category, categories] = await Promise.all([catalogue.findCategoryBySlug(slug), catalogue.listCategories()]);
      if (!category) throw notFound(`category "${slug}"`);
      return {
        ...category,
        url: absoluteUrl(site, paths.category(category.slug)),
        children: categories.filter((c) => c.parentId === category.id),
      };
    });
  };
}
