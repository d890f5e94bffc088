import type { FastifyReply, FastifyRequest, FastifySchemaValidationError, HookHandlerDoneFunction } from 'fastify';
import { AppError, badRequest } from '../errors.js';

/**
 * What each route accepts in its query string and path, as JSON schemas that Fastify checks (with
 * its built-in Ajv) before the handler runs. Ajv turns numbers given as text into numbers, as
 * `Number()` would ("2", " 2", "2.0"), and fills in defaults; an empty number (`?page=`) is
 * absent (`dropEmptyNumbers`), as it was before the schemas; a value it cannot accept is a 400
 * naming the field (see `schemaErrorFormatter`).
 */

export const PAGE_SIZE = 20;
const API_MAX_LIMIT = 100;
const API_DEFAULT_LIMIT = 20;
const MAX_PAGE = 1_000_000;
const MAX_FILTER_LENGTH = 200;
/** Past any list's end, and within what both databases take as an OFFSET (1e19 was a 500). */
export const API_MAX_OFFSET = 1_000_000_000;

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

const pageNumber = { type: 'integer', minimum: 1, maximum: MAX_PAGE } as const;
const text = { type: 'string' } as const;

/** `?page=N` of a listing; absent is page 1. */
export interface PageQuery {
  page: number;
}
export const pageQuery = { type: 'object', properties: { page: { ...pageNumber, default: 1 } } } as const;

/**
 * `?page=N` where a listing also answers `/page/N`: left without a default, so the route can tell
 * a page asked twice (`/page/2?page=3`) from one asked once.
 */
export interface OptionalPageQuery {
  page?: number;
}
export const optionalPageQuery = { type: 'object', properties: { page: pageNumber } } as const;

export interface SlugParams {
  slug: string;
}
export const slugParams = { type: 'object', properties: { slug: text }, required: ['slug'] } as const;

/** `/tags/:slug/page/:n`, the static export's address of a listing's page N. */
export interface SlugPageParams {
  slug: string;
  n: number;
}
export const slugPageParams = { type: 'object', properties: { slug: text, n: pageNumber }, required: ['slug', 'n'] } as const;

/** `/page/N` read out of a category path by the route itself (a category slug may hold '/'). */
export const pathPageParams = { type: 'object', properties: { n: pageNumber }, required: ['n'] } as const;

/** The rest of the path after a wildcard route's prefix (category slugs hold '/'). */
export interface WildcardParams {
  '*': string;
}
export const wildcardParams = { type: 'object', properties: { '*': text }, required: ['*'] } as const;

/** The API's window on a list. */
export interface ApiWindowQuery {
  limit: number;
  offset: number;
}
const apiWindow = {
  limit: { type: 'integer', minimum: 1, maximum: API_MAX_LIMIT, default: API_DEFAULT_LIMIT },
  offset: { type: 'integer', minimum: 0, maximum: API_MAX_OFFSET, default: 0 },
} as const;

export interface ArticleListApiQuery extends ApiWindowQuery {
  category?: string;
  tag?: string;
  topic?: string;
  provenance?: string;
}
export const articleListApiQuery = {
  type: 'object',
  properties: { ...apiWindow, category: text, tag: text, topic: text, provenance: text },
} as const;

/** What a reader typed, and the facets they chose; an empty filter is no filter. */
export interface SearchTextQuery {
  q?: string;
  category?: string;
  type?: string;
  source?: string;
}
const filter = { type: 'string', maxLength: MAX_FILTER_LENGTH } as const;
const searchText = { q: text, category: filter, type: filter, source: filter } as const;

export type SearchPageQuery = SearchTextQuery & PageQuery;
export const searchPageQuery = { type: 'object', properties: { ...searchText, page: { ...pageNumber, default: 1 } } } as const;

export interface SearchApiQuery extends SearchTextQuery, ApiWindowQuery {
  /** `1` or `true` asks for each hit's ranking signals. */
  explain?: string;
}
export const searchApiQuery = { type: 'object', properties: { ...searchText, ...apiWindow, explain: text } } as const;

export interface SuggestQuery {
  q?: string;
}
export const suggestQuery = { type: 'object', properties: { q: text } } as const;

/** The part of a request a schema checks, as Fastify names it. */
type HttpPart = 'body' | 'headers' | 'params' | 'querystring';

const PART_NAMES: Record<HttpPart, string> = { querystring: 'query parameter', params: 'path parameter', headers: 'header', body: 'body field' };

/**
 * A failed schema as a 400 that names the field: `query parameter "page" must be at least 1`.
 * Installed as the app's `schemaErrorFormatter`; the first problem is the message, all are details.
 */
export function schemaErrorFormatter(errors: FastifySchemaValidationError[], part: HttpPart): AppError {
  const problems = errors.map((error) => describeProblem(error, PART_NAMES[part]));
  return badRequest(problems[0] ?? `${part}: not valid`, problems);
}

function describeProblem(error: FastifySchemaValidationError, partName: string): string {
  const missing = error.params.missingProperty;
  const field = typeof missing === 'string' ? missing : error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return `${partName} "${field}" ${requirement(error)}`;
}

function requirement(error: FastifySchemaValidationError): string {
  const { limit, type } = error.params;
  switch (error.keyword) {
    case 'type':
      // A text field fails its type only when given twice (?q=a&q=b arrives as a list).
      return type === 'integer' ? 'must be a whole number' : 'must be given once';
    case 'minimum':
      return `must be at least ${String(limit)}`;
    case 'maximum':
      return `must be at most ${String(limit)}`;
    case 'maxLength':
      return `must be at most ${String(limit)} characters`;
    case 'required':
      return 'is required';
    default:
      return error.message ?? 'is not valid';
  }
}

/**
 * A preValidation hook: an empty numeric query parameter (`?page=`, `?offset=`) counts as absent,
 * so it takes its default as it always did (a search form sent with an empty box, a trimmed link),
 * instead of failing as "not a whole number". Text fields keep their empty value.
 */
export function dropEmptyNumbers(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void {
  const schema = request.routeOptions.schema?.querystring as { properties?: Record<string, { type?: unknown }> } | undefined;
  const query = request.query as Record<string, unknown> | undefined;
  if (schema?.properties && query) {
    for (const [name, value] of Object.entries(query)) if (value === '' && schema.properties[name]?.type === 'integer') delete query[name];
  }
  done();
}

/** The largest id or count any column takes on both databases (PostgreSQL's integer). */
export const MAX_INTEGER_PARAMETER = 2_147_483_647;

type PropertySchemas = Record<string, { type?: unknown; maximum?: unknown }>;

/**
 * Route config of the search routes: what a reader typed in `q` is cleaned by the search itself
 * (control characters removed, src/search/query-analysis.ts) and answered, NUL included.
 */
export const SEARCH_TEXT_CONFIG = { freeText: ['q'] };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Query parameters the route cleans itself: `screenParameters` lets a NUL in them through. */
    freeText?: string[];
  }
}

/**
 * A preValidation hook on every route, for what the schemas alone let through to the database
 * (a 500 before issue 14):
 * - a query parameter the route does not declare is dropped (the page is the same whatever it
 *   says, as the page cache assumes), so a handler never meets one given twice as a list;
 * - a NUL character in a path or query parameter is a 400 naming it: PostgreSQL cannot hold NUL
 *   in text and failed the query (14 routes), and no slug, filter or search has one;
 * - a whole number past what the columns take (`/api/admin/articles/1e19`) is a 400 naming it,
 *   for every integer in a path, query or body whose schema sets no lower maximum.
 */
export function screenParameters(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void {
  const schema = request.routeOptions.schema as Partial<Record<HttpPart, { properties?: PropertySchemas }>> | undefined;
  const query = request.query as Record<string, unknown> | undefined;
  const declared = schema?.querystring?.properties;
  const freeText = request.routeOptions.config?.freeText ?? [];
  if (declared && query && typeof query === 'object') {
    for (const name of Object.keys(query)) if (!(name in declared)) delete query[name];
  }
  for (const part of ['params', 'querystring', 'body'] as const) {
    const values = part === 'params' ? request.params : part === 'querystring' ? query : request.body;
    if (!values || typeof values !== 'object' || Array.isArray(values)) continue;
    const properties = schema?.[part]?.properties ?? {};
    for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
      const texts = Array.isArray(value) ? value : [value];
      if (part !== 'body' && !(part === 'querystring' && freeText.includes(name)) && texts.some((text) => typeof text === 'string' && text.includes('\u0000'))) {
        done(badRequest(`${PART_NAMES[part]} "${name}" must not contain a NUL character (%00)`));
        return;
      }
      const property = properties[name];
      if (property?.type !== 'integer' || (typeof property.maximum === 'number' && property.maximum <= MAX_INTEGER_PARAMETER)) continue;
      if (texts.some((text) => (typeof text === 'string' || typeof text === 'number') && Number(text) > MAX_INTEGER_PARAMETER)) {
        done(badRequest(`${PART_NAMES[part]} "${name}" must be at most ${MAX_INTEGER_PARAMETER}`));
        return;
      }
    }
  }
  done();
}
