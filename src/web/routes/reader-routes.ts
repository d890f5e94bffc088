import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ArticleSummary } from '../../content/article.js';
import { questionTypeLabel, questionTypeRank } from '../../content/question-types.js';
import { notFound } from '../../errors.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import { categoryTrail, descendantIds } from '../../content/category.js';
import { PAGE_SIZE, pageCount, parsePageNumber } from '../paging.js';
import {
  RECOMMENDED_LIMIT,
  type SiteContext,
  parseAzLetterSlug,
  selectAzEntries,
  renderArticlePage,
  renderAzIndexPage,
  renderCategoryPage,
  renderHomePage,
  renderTagPage,
  renderTopicPage,
} from '../views/index.js';

// Browsers recheck after a minute; a CDN in front may keep a page 5 minutes and serve it stale
// while it refetches. The server's own page cache is invalidated on every write, so revalidation
// is cheap (304 against the ETag).
const PAGE_CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

/** Reader pages: validate the path, load from the store, hand plain data to a view. */
export function readerRoutes(catalogue: PublishedCatalogue, site: SiteContext) {
  return async (app: FastifyInstance): Promise<void> => {
    app.addHook('onSend', async (_request, reply, payload) => {
      if (reply.statusCode === 200 && !reply.hasHeader('cache-control')) reply.header('cache-control', PAGE_CACHE);
      return payload;
    });

    app.get('/', async (_request, reply) => {
      const [categories, latest, index] = await Promise.all([
        catalogue.listCategories(),
        catalogue.listArticles({ order: 'newest', limit: 10, offset: 0 }),
        catalogue.topicIndex(),
      ]);
      const html = renderHomePage(site, {
        topCategories: categories.filter((c) => c.parentId === null),
        allCategories: categories,
        latest: latest.items,
        letters: selectAzEntries(index, null).letters,
        stats: { articles: latest.total, topics: index.length },
      });
      return reply.type('text/html; charset=utf-8').send(html);
    });

    app.get<{ Params: { slug: string } }>('/articles/:slug', async (request, reply) => {
      const article = await catalogue.findArticleBySlug(request.params.slug);
      if (!article) throw notFound(`article "${request.params.slug}"`);
      const [trail, neighbours, related] = await Promise.all([
        article.category ? catalogue.categoryTrail(article.category.id) : [],
        catalogue.neighbours(article),
        catalogue.relatedArticles(article, RECOMMENDED_LIMIT),
      ]);
      const html = renderArticlePage(site, {
        article,
        neighbours,
        related,
        breadcrumbs: [
          { name: 'Home', path: '/' },
          ...trail.map((c) => ({ name: c.name, path: `/categories/${c.slug}` })),
          { name: article.title, path: `/articles/${article.slug}` },
        ],
      });
      return reply.type('text/html; charset=utf-8').send(html);
    });

    app.get<{ Params: { slug: string } }>('/topics/:slug', async (request, reply) => {
      const topic = await catalogue.findTopicBySlug(request.params.slug);
      if (!topic || topic.articleCount === 0) throw notFound(`topic "${request.params.slug}"`);
      const articles = await catalogue.topicArticles(topic.id);
      const html = renderTopicPage(site, {
        topic,
        groups: groupByQuestionType(articles),
        breadcrumbs: [
          { name: 'Home', path: '/' },
          { name: 'Health A–Z', path: '/health-a-z' },
          { name: topic.name, path: `/topics/${topic.slug}` },
        ],
      });
      return reply.type('text/html; charset=utf-8').send(html);
    });

    app.get<{ Params: { '*': string }; Querystring: { page?: string } }>('/categories/*', async (request, reply) => {
      // A category slug may hold '/', so a trailing /page/N (the static export's page URLs) is read here.
      const [, rest = '', pathPage] = /^(.*?)(?:\/page\/([^/]+))?\/*$/.exec(request.params['*']) ?? [];
      const slug = rest;
      const categories = await catalogue.listCategories();
      const category = categories.find((c) => c.slug === slug);
      if (!category) throw notFound(`category "${slug}"`);
      const pageNumber = parsePathOrQueryPage(pathPage, request.query.page);
      const page = await catalogue.listArticles({
        categoryIds: descendantIds(categories, category.id),
        order: 'newest',
        limit: PAGE_SIZE,
        offset: (pageNumber - 1) * PAGE_SIZE,
      });
      const pages = pageCount(page.total);
      if (pageNumber > pages) throw notFound(`page ${pageNumber} of category "${slug}"`);
      const html = renderCategoryPage(site, {
        category,
        breadcrumbs: [
          { name: 'Home', path: '/' },
          ...categoryTrail(categories, category.id).map((c) => ({ name: c.name, path: `/categories/${c.slug}` })),
        ],
        subcategories: categories.filter((c) => c.parentId === category.id),
        page,
        pageNumber,
        pageCount: pages,
        basePathForPages: `/categories/${category.slug}`,
      });
      return reply.type('text/html; charset=utf-8').send(html);
    });

    const tagPage = async (request: FastifyRequest<{ Params: { slug: string; n?: string }; Querystring: { page?: string } }>, reply: FastifyReply) => {
      const tag = await catalogue.findTagBySlug(request.params.slug);
      if (!tag) throw notFound(`tag "${request.params.slug}"`);
      const pageNumber = parsePathOrQueryPage(request.params.n, request.query.page);
      const page = await catalogue.listArticles({
        tagSlug: tag.slug,
        order: 'newest',
        limit: PAGE_SIZE,
        offset: (pageNumber - 1) * PAGE_SIZE,
      });
      const pages = pageCount(page.total);
      if (pageNumber > pages) throw notFound(`page ${pageNumber} of tag "${tag.slug}"`);
      return reply.type('text/html; charset=utf-8').send(renderTagPage(site, { tag, page, pageNumber, pageCount: pages }));
    };
    app.get('/tags/:slug', tagPage);
    app.get('/tags/:slug/page/:n', tagPage);

    app.get('/health-a-z', async (_request, reply) => {
      const selection = selectAzEntries(await catalogue.topicIndex(), null);
      return reply.type('text/html; charset=utf-8').send(renderAzIndexPage(site, selection));
    });
    app.get<{ Params: { letter: string } }>('/health-a-z/:letter', async (request, reply) => {
      const letter = parseAzLetterSlug(request.params.letter);
      const selection = letter === null ? null : selectAzEntries(await catalogue.topicIndex(), letter);
      if (!selection || selection.entries.length === 0) throw notFound(`A–Z letter "${request.params.letter}"`);
      return reply.type('text/html; charset=utf-8').send(renderAzIndexPage(site, selection));
    });
  };
}

/**
 * Page N of a listing as `/page/N` (the static export's URLs) or `?page=N`. `/page/1` is not a
 * URL any page links to, so it is a 404 rather than a second address for page 1.
 */
function parsePathOrQueryPage(fromPath: string | undefined, fromQuery: string | undefined): number {
  if (fromPath === undefined) return parsePageNumber(fromQuery);
  const n = parsePageNumber(fromPath);
  if (n === 1 || fromQuery !== undefined) throw notFound(`page "${fromPath}"`);
  return n;
}

function groupByQuestionType(articles: ArticleSummary[]) {
  const groups = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    const key = article.questionType ?? '';
    groups.set(key, [...(groups.get(key) ?? []), article]);
  }
  return [...groups.entries()]
    .map(([type, items]) => ({ questionType: type || null, label: questionTypeLabel(type || null), articles: items }))
    .sort((a, b) => questionTypeRank(a.questionType) - questionTypeRank(b.questionType) || a.label.localeCompare(b.label));
}
