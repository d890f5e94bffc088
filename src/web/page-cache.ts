import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';

/**
 * The in-memory page cache: rendered public pages, each stored once as the body and its gzip and
 * brotli versions, so a hit costs a map lookup and a socket write — no rendering, no compressing.
 * Pure data structure (plus compression); the HTTP wiring is in page-cache-hooks.ts.
 */

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedPage {
  /** The ETag's opaque part: a hash of the content version and the body. */
  tag: string;
  /** Full response headers per encoding (stored headers + etag, vary, encoding, length), built once. */
  headers: Record<Encoding, Record<string, string>>;
  /** Headers of a 304: the same validators and caching rules, no body. */
  notModified: Record<string, string>;
  bodies: Record<Encoding, Buffer>;
  bytes: number;
}

export interface PageCacheLimits {
  maxBytes: number;
  maxEntries: number;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

// On the demo article page (12,017 bytes) quality 5 gives 3,331 bytes in 0.17 ms, quality 11 gives
// 2,878 bytes in 9.8 ms: 14 % smaller for ~60× the time, paid on every miss (docs/benchmarks.md).
export const BROTLI_QUALITY = 5;
export const GZIP_LEVEL = 6;
// Rough per-entry cost of the key, headers and objects, so many tiny entries still count.
const ENTRY_OVERHEAD = 1024;

/** Least recently used pages are evicted first; bounded in entries and in bytes. */
export class PageCache {
  private readonly entries: LRUCache<string, CachedPage> | null;

  constructor(limits: PageCacheLimits) {
    // A page larger than the whole cache is never stored (lru-cache's maxEntrySize defaults to maxSize).
    this.entries = limits.maxEntries < 1 || limits.maxBytes < 1
      ? null
      : new LRUCache({ max: limits.maxEntries, maxSize: limits.maxBytes, sizeCalculation: (page) => page.bytes });
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  get bytes(): number {
    return this.entries?.calculatedSize ?? 0;
  }

  get(key: string): CachedPage | undefined {
    return this.entries?.get(key);
  }

  set(key: string, page: CachedPage): void {
    this.entries?.set(key, page);
  }

  delete(key: string): void {
    this.entries?.delete(key);
  }

  clear(): void {
    this.entries?.clear();
  }
}

export interface CompressedBody {
  /** The ETag's opaque part: a hash of the content version and the body. */
  tag: string;
  bodies: Record<Encoding, Buffer>;
}

/**
 * Compresses the body once in both encodings, in libuv's thread pool, so the event loop keeps
 * serving hits meanwhile.
 */
export async function compressBody(body: Buffer, version: string): Promise<CompressedBody> {
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: GZIP_LEVEL }),
    brotliAsync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
  const tag = createHash('sha256').update(version).update('\0').update(body).digest('base64url').slice(0, 27);
  return { tag, bodies: { identity: body, gzip: gz, br } };
}

/** Builds, once, every header set a hit will write: the page's stored headers plus the per-encoding ones. */
export function finishPage({ tag, bodies }: CompressedBody, stored: Record<string, string>): CachedPage {
  const headersFor = (encoding: Encoding): Record<string, string> => ({
    ...stored,
    etag: etagFor(tag, encoding),
    vary: 'accept-encoding',
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    'content-length': String(bodies[encoding].length),
  });
  const notModified: Record<string, string> = { vary: 'accept-encoding' };
  for (const name of ['cache-control', 'content-type']) if (stored[name]) notModified[name] = stored[name];
  return {
    tag,
    headers: { identity: headersFor('identity'), gzip: headersFor('gzip'), br: headersFor('br') },
    notModified,
    bodies,
    bytes: bodies.identity.length + bodies.gzip.length + bodies.br.length + ENTRY_OVERHEAD,
  };
}

/**
 * Each encoding is its own representation, so its strong ETag differs (RFC 9110 §8.8.3); they
 * share the opaque part, so a validator from any of them revalidates the page.
 */
export function etagFor(tag: string, encoding: Encoding): string {
  return encoding === 'identity' ? `"${tag}"` : `"${tag}-${encoding === 'gzip' ? 'gz' : 'br'}"`;
}

/** If-None-Match uses the weak comparison: `W/` is ignored, `*` matches any current page. */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  for (const raw of header.split(',')) {
    const candidate = raw.trim().replace(/^W\//, '');
    if (candidate === '*') return true;
    const opaque = candidate.replace(/^"|"$/g, '').replace(/-(gz|br)$/, '');
    if (opaque === tag) return true;
  }
  return false;
}

/**
 * The accepted encoding with the highest weight, brotli winning a tie (it is smaller); q=0 refuses
 * an encoding, and identity is always acceptable here (RFC 9110 §12.5.3).
 */
export function chooseEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  let br: number | undefined;
  let gz: number | undefined;
  let any: number | undefined;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (name === 'br') br = weight;
    else if (name === 'gzip' || name === 'x-gzip') gz = weight;
    else if (name === '*') any = weight;
  }
  const brWeight = br ?? any ?? 0;
  const gzWeight = gz ?? any ?? 0;
  if (brWeight > 0 && brWeight >= gzWeight) return 'br';
  return gzWeight > 0 ? 'gzip' : 'identity';
}

/** The query parameters the cached routes read; anything else changes nothing on the page. */
const MEANINGFUL_PARAMETERS = new Set(['page', 'limit', 'offset', 'category', 'tag', 'topic', 'provenance']);

/**
 * Parameters that campaign and click tracking append to links (docs/serving.md lists them): no page
 * reads them, so a URL carrying them is the page of the URL without them, served from the same entry.
 * Every `utm_` parameter counts (utm_source, utm_medium, utm_campaign, utm_term, utm_content, utm_id…).
 */
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'li_fat_id',
  'mc_cid', 'mc_eid', '_ga', '_gl',
]);

export function isTrackingParameter(name: string): boolean {
  return name.startsWith('utm_') || TRACKING_PARAMETERS.has(name);
}

/**
 * The key a URL's response is stored under, or null when it may not be stored. Tracking parameters
 * are dropped, so `/articles/flu?utm_source=news` shares `/articles/flu`'s entry. Any other
 * parameter ("?junk=1", a parameter given twice) is answered but not stored: otherwise every
 * variation would take a cache entry and push real pages out.
 */
export function cacheKeyOf(url: string): string | null {
  const question = url.indexOf('?');
  if (question === -1) return url;
  const kept = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of new URLSearchParams(url.slice(question + 1))) {
    if (isTrackingParameter(key)) dropped = true;
    else if (!MEANINGFUL_PARAMETERS.has(key) || kept.has(key)) return null;
    else kept.append(key, value);
  }
  // Unchanged when nothing was dropped, so a listing URL is its own key as sent.
  if (!dropped) return url;
  const query = kept.toString();
  return query === '' ? url.slice(0, question) : `${url.slice(0, question)}?${query}`;
}
