import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ArticleSummary } from '../../content/article.js';
import { normalizeQuestionType, questionTypeLabel } from '../../content/question-types.js';
import { notFound } from '../../errors.js';
import { RECOMMENDED_LIST_LENGTH } from '../../related/list-length.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import { categoryTrail, descendantIds } from '../../content/category.js';
import { isCanonicalPositiveInteger, splitListingPath, withoutTrailingSlashes } from '../listing-path.js';
import {
  type OptionalPageQuery,
  type PageQuery,
  type SlugPageParams,
  type SlugParams,
  type WildcardParams,
  PAGE_SIZE,
  optionalPageQuery,
  pageCount,
  pageQuery,
  pathPageParams,
  schemaErrorFormatter,
  slugPageParams,
  slugParams,
  wildcardParams,
} from '../route-schemas.js';
import {
  type SiteContext,
  parseAzLetterSlug,
  paths,
  selectAzEntries,
  renderArticlePage,
  renderGonePage,
  sitePath,
  renderAzIndexPage,
  renderCategoryPage,
  renderArticlesIndexPage,
  renderCategoriesIndexPage,
  renderHomePage,
  renderTagPage,
  renderTopicPage,
} from '../views/index.js';

// Browsers recheck after a minute; a CDN in front may keep a page 5 minutes and serve it stale
// while it refetches. The server's own page cache is invalidated on every write, so revalidation
// is cheap (304 against the ETag).
const PAGE_CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

/** Reader pages: validate the path, load from the published catalogue, hand plain data to a view. */
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

    app.get('/articles/', async (_request, reply) => {
      const latest = await catalogue.listArticles({ order: 'newest', limit: 10, offset: 0 });
      return reply.type('text/html; charset=utf-8').send(renderArticlesIndexPage(site, { latest: latest.items, total: latest.total }));
    });

    app.get<{ Params: SlugParams }>('/articles/:slug', { schema: { params: slugParams } }, async (request, reply) => {
      const article = await catalogue.findArticleBySlug(request.params.slug);
      if (!article) {
        const moved = await catalogue.redirectFor(paths.article(request.params.slug));
        if (moved) return movedPermanently(reply, sitePath(site, moved));
        const retired = await catalogue.retiredArticle(request.params.slug);
        if (retired) return reply.code(410).type('text/html; charset=utf-8').send(renderGonePage(site, retired));
        throw notFound(`article "${request.params.slug}"`);
      }
      const [trail, neighbours, related] = await Promise.all([
        article.category ? catalogue.categoryTrail(article.category.id) : [],
        catalogue.neighbours(article),
        catalogue.relatedArticles(article, RECOMMENDED_LIST_LENGTH),
      ]);
      const html = renderArticlePage(site, {
        article,
        neighbours,
        related,
        breadcrumbs: [
          { name: 'Home', path: paths.home() },
          ...trail.map((c) => ({ name: c.name, path: paths.category(c.slug) })),
          { name: article.title, path: paths.article(article.slug) },
        ],
      });
      return reply.type('text/html; charset=utf-8').send(html);
    });

    app.get<{ Params: SlugParams }>('/topics/:slug', { schema: { params: slugParams } }, async (request, reply) => {
      const topic = await catalogue.findTopicBySlug(request.params.slug);
      if (!topic) {
        const moved = await catalogue.redirectFor(paths.topic(request.params.slug));
        if (moved) return movedPermanently(reply, sitePath(site, moved) + queryOf(request));
      }
      if (!topic || topic.articleCount === 0) throw notFound(`topic "${request.params.slug}"`);
      const articles = await catalogue.topicArticles(topic.id);
      const html = renderTopicPage(site, {
        topic,
        groups: groupByQuestionType(articles),
        breadcrumbs: [
          { name: 'Home', path: paths.home() },
          { name: 'Health A–Z', path: paths.azWithoutSlash() },
          { name: topic.name, path: paths.topic(topic.slug) },
        ],
      });
      return reply.type('text/html; charset=utf-8').send(html);
    });

    const categoryPage = { params: wildcardParams, querystring: optionalPageQuery };
    const categoriesIndex = async (reply: FastifyReply) =>
      reply.type('text/html; charset=utf-8').send(renderCategoriesIndexPage(site, { categories: await catalogue.listCategories() }));
    app.get('/categories/', (_request, reply) => categoriesIndex(reply));

    app.get<{ Params: WildcardParams; Querystring: OptionalPageQuery }>('/categories/*', { schema: categoryPage }, async (request, reply) => {
      // A category slug may hold '/', so a trailing /page/N (the static export's page URLs) is
      // split off here and checked against the schema a /page/:n route would have.
      const { slug, pathPage } = splitListingPath(request.params['*']);
      // `/categories/` followed by more slashes is the index too, as any path is without its extra slashes.
      if (slug === '' && pathPage === undefined) return categoriesIndex(reply);
      const [category, categories] = await Promise.all([catalogue.findCategoryBySlug(slug), catalogue.listCategories()]);
      if (!category) {
        // A category whose slug changed (or its parent's): its pages, page N included, moved with it.
        const moved = await catalogue.redirectFor(paths.category(slug));
        if (moved) return movedPermanently(reply, sitePath(site, pathPage === undefined ? moved : paths.listingPage(moved, validPathPage(request, pathPage))) + queryOf(request));
        throw notFound(`category "${slug}"`);
      }
      const pageNumber = listingPageNumber(pathPage === undefined ? undefined : validPathPage(request, pathPage), request.query.page);
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
          { name: 'Home', path: paths.home() },
          ...categoryTrail(categories, category.id).map((c) => ({ name: c.name, path: paths.category(c.slug) })),
        ],
        subcategories: categories.filter((c) => c.parentId === category.id),
        page,
        pageNumber,
        pageCount: pages,
        basePathForPages: paths.category(category.slug),
      });
      return reply.type('text/html; charset=utf-8').send(html);
    });

    const tagPage = async (slug: string, pageNumber: number, reply: FastifyReply) => {
      const tag = await catalogue.findTagBySlug(slug);
      if (!tag) throw notFound(`tag "${slug}"`);
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
    app.get<{ Params: SlugParams; Querystring: PageQuery }>('/tags/:slug', { schema: { params: slugParams, querystring: pageQuery } }, (request, reply) =>
      tagPage(request.params.slug, request.query.page, reply),
    );
    app.get<{ Params: SlugPageParams; Querystring: OptionalPageQuery }>(
      '/tags/:slug/page/:n',
      { schema: { params: slugPageParams, querystring: optionalPageQuery } },
      (request, reply) => {
        const raw = lastPathSegment(request);
        if (!isCanonicalPositiveInteger(raw)) throw notFound(`page "${raw}"`);
        return tagPage(request.params.slug, listingPageNumber(request.params.n, request.query.page), reply);
      },
    );

    app.get('/health-a-z', async (_request, reply) => {
      const selection = selectAzEntries(await catalogue.topicIndex(), null);
      return reply.type('text/html; charset=utf-8').send(renderAzIndexPage(site, selection));
    });
    app.get<{ Params: { letter: string } }>('/health-a-z/:letter', { schema: { params: azLetterParams } }, async (request, reply) => {
      const letter = parseAzLetterSlug(request.params.letter);
      const selection = letter === null ? null : selectAzEntries(await catalogue.topicIndex(), letter);
      if (!selection || selection.entries.length === 0) throw notFound(`A–Z letter "${request.params.letter}"`);
      return reply.type('text/html; charset=utf-8').send(renderAzIndexPage(site, selection));
    });
  };
}

/** The 301 every moved address answers (the redirects table: articles, topics, categories). */
function movedPermanently(reply: FastifyReply, location: string) {
  return reply.code(301).header('location', location).send();
}

/** The request's query string (with its '?'), kept across a redirect: `?page=2` of a moved listing. */
/** The last segment of the request's path as the URL wrote it (before the schema made a number of it). */
function lastPathSegment(request: FastifyRequest): string {
  const path = withoutTrailingSlashes(request.url.split('?', 1)[0]!);
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

function queryOf(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at === -1 ? '' : request.url.slice(at);
}

// Any letter is looked up: one the index does not have is a 404 (a page that does not exist), not a 400.
const azLetterParams = { type: 'object', properties: { letter: { type: 'string' } }, required: ['letter'] } as const;

/**
 * Page N of a listing as `/page/N` (the static export's URLs) or `?page=N`. `/page/1` is not a
 * URL any page links to, so it is a 404 rather than a second address for page 1; so is a page
 * asked for both ways.
 */
function listingPageNumber(fromPath: number | undefined, fromQuery: number | undefined): number {
  if (fromPath === undefined) return fromQuery ?? 1;
  if (fromPath === 1 || fromQuery !== undefined) throw notFound(`page "${fromPath}"`);
  return fromPath;
}

/** The N of a `/page/N` the route split off a path itself, checked by `pathPageParams`. */
function validPathPage(request: FastifyRequest, raw: string): number {
  // One address per page: /page/02, /page/2.0 or /page/+2 would be copies of /page/2.
  if (raw.trim() !== '' && Number.isFinite(Number(raw)) && !isCanonicalPositiveInteger(raw)) throw notFound(`page "${raw}"`);
  const validate = request.compileValidationSchema(pathPageParams, 'params');
  const params: { n: unknown } = { n: raw };
  if (!validate(params)) throw schemaErrorFormatter(validate.errors ?? [], 'params');
  return params.n as number;
}

/**
 * One group per question type in its canonical spelling (a database written before the spelling
 * was settled may hold `genetic_changes` beside "genetic changes"); the view puts them in reading order.
 */
function groupByQuestionType(articles: ArticleSummary[]) {
  const groups = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    const key = normalizeQuestionType(article.questionType) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), article]);
  }
  return [...groups.entries()]
    .map(([type, items]) => ({ questionType: type || null, label: questionTypeLabel(type || null), articles: items }));
}
