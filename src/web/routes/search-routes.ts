import compress from '@fastify/compress';
import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { RateLimitCounter } from '../rate-limit-counter.js';
import { sharedRateLimitStore } from '../shared-rate-limit-store.js';
import { badRequest, rateLimited } from '../../errors.js';
import { plainSnippet } from '../../search/search-index.js';
import type { SearchFilters, SearchService } from '../../search/search-service.js';
import {
  type SearchApiQuery,
  type SearchPageQuery,
  type SearchTextQuery,
  type SuggestQuery,
  PAGE_SIZE,
  SEARCH_TEXT_CONFIG,
  pageCount,
  searchApiQuery,
  searchPageQuery,
  suggestQuery,
} from '../route-schemas.js';
import { type SiteContext, absoluteUrl, paths, renderSearchPage } from '../views/index.js';

export interface SearchRouteOptions {
  /** Searches per client per minute, on the page and the API together. */
  perMinute: number;
  /** Suggestions per client per minute: a budget of their own, higher, as a reader typing a question asks for several. */
  suggestPerMinute: number;
  /**
   * Where the counts are kept: the site's database, shared by every server process (what `serve`
   * gives). Left out, each process counts in its own memory.
   */
  counter?: RateLimitCounter;
}

const WINDOW_MS = 60_000;

/**
 * The search page, the search API and suggestions as the reader types; rate-limited per client
 * (its address: the reader's own only when trustProxy says which proxy to believe, docs/serving.md),
 * and compressed (@fastify/compress), as none of them is ever stored by the page cache.
 */
export function searchRoutes(search: SearchService, site: SiteContext, options: SearchRouteOptions) {
  // Keyed on the client address, in the database or in memory; never logged with what was searched.
  const limit = (budget: string, max: number): RateLimitPluginOptions => ({
    global: true,
    max,
    timeWindow: WINDOW_MS,
    ...(options.counter ? { store: sharedRateLimitStore(options.counter, budget, WINDOW_MS) } : {}),
    errorResponseBuilder: (_request, context) =>
      rateLimited(`Too many searches: please wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`),
  });
  return async (app: FastifyInstance): Promise<void> => {
    await app.register(compress);
    // Each budget is global within its own context: the page and the API share one, suggestions have theirs.
    await app.register(async (searches) => {
      await searches.register(rateLimit, limit('search', options.perMinute));
      searchPageAndApi(searches, search, site);
    });
    await app.register(async (suggestions) => {
      await suggestions.register(rateLimit, limit('suggest', options.suggestPerMinute));
      suggestRoute(suggestions, search);
    });
  };
}

function searchPageAndApi(app: FastifyInstance, search: SearchService, site: SiteContext): void {
  app.get<{ Querystring: SearchPageQuery }>(paths.search(), { schema: { querystring: searchPageQuery }, config: SEARCH_TEXT_CONFIG }, async (request, reply) => {
    const q = (request.query.q ?? '').trim();
    const filters = filtersOf(request.query);
    const pageNumber = request.query.page;
    const response = q === '' ? null : await search.search({ q, filters, limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE });
    const html = renderSearchPage(site, {
      q,
      filters,
      response,
      pageNumber,
      pageCount: response ? pageCount(response.total) : 1,
    });
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('x-robots-tag', 'noindex')
      .send(html);
  });

  app.get<{ Querystring: SearchApiQuery }>('/api/search', { schema: { querystring: searchApiQuery }, config: SEARCH_TEXT_CONFIG }, async (request, reply) => {
    const q = (request.query.q ?? '').trim();
    if (q === '') throw badRequest('q: give a question or some words to search for');
    const { limit, offset } = request.query;
    const response = await search.search({
      q,
      limit,
      offset,
      filters: filtersOf(request.query),
      explain: request.query.explain === '1' || request.query.explain === 'true',
    });
    reply.header('cache-control', 'private, no-store');
    return {
      ...response,
      hits: undefined,
      results: response.hits.map((hit) => ({
        ...hit,
        id: hit.articleId,
        url: absoluteUrl(site, paths.article(hit.slug)),
        snippet: plainSnippet(hit.snippet),
      })),
    };
  });
}

function suggestRoute(app: FastifyInstance, search: SearchService): void {
  app.get<{ Querystring: SuggestQuery }>(paths.suggest(), { schema: { querystring: suggestQuery }, config: SEARCH_TEXT_CONFIG }, async (request, reply) => {
    const q = (request.query.q ?? '').trim().slice(0, 100);
    const suggestions = await search.suggest(q);
    reply.header('cache-control', 'public, max-age=300');
    // Paths without the base path: the page's script adds it (data-suggest-base).
    return { suggestions };
  });
}

function filtersOf(query: SearchTextQuery): SearchFilters {
  const filters: SearchFilters = {};
  for (const key of ['category', 'type', 'source'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '') filters[key] = value;
  }
  return filters;
}
