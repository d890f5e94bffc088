import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type CachedPage,
  type CompressedBody,
  PageCache,
  chooseEncoding,
  compressBody,
  etagFor,
  finishPage,
  cacheKeyOf,
  matchesIfNoneMatch,
} from './page-cache.js';

export interface PageCacheOptions {
  /**
   * Changes whenever stored content may have changed — any commit, from this process or another
   * (a CLI import while the server runs). Called at most once per `checkEveryMs`, so keep it cheap.
   */
  contentVersion: () => Promise<string>;
  /** Bytes kept for all entries (body + gzip + brotli); 0 turns the cache off. */
  maxBytes: number;
  maxEntries?: number;
  /** The staleness bound: how long a write may go unseen. 0 checks on every request (tests). */
  checkEveryMs?: number;
}

export const DEFAULT_CHECK_EVERY_MS = 500;
export const DEFAULT_MAX_ENTRIES = 50_000;

// Headers of a miss that belong to that one response, not to the page a hit replays.
const PER_RESPONSE = new Set(['content-length', 'content-encoding', 'etag', 'vary', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

interface Pending {
  version: string;
  /** The URL without tracking parameters (page-cache.ts cacheKeyOf). */
  key: string;
  compressed?: CompressedBody;
}

/** The two halves of the page cache, installed on two contexts (see installPageCache). */
export interface PageCacheHooks {
  cache: PageCache;
  /** Answers hits: on the root app, before any other onRequest hook. */
  serveHits(root: FastifyInstance): void;
  /** Stores misses: on the encapsulated context of the cached routes. */
  storeMisses(pages: FastifyInstance): void;
  /**
   * This process just wrote (a publish in the admin): the next request reads the content version
   * instead of trusting the last read for up to `checkEveryMs`. Other processes still take up to that.
   */
  checkSoon(): void;
}

/**
 * Caches the 200 GET responses of the routes in one encapsulated context (`storeMisses`), so
 * routes outside it — search, assets, error pages of unknown URLs — are never stored.
 *
 * - onRequest (root, `serveHits`): a hit is written straight to the socket (hijacked), before
 *   every other hook, validation and the handler; the stored headers include the security headers
 *   the miss was sent with. Registered ahead of @fastify/helmet, whose per-request work would
 *   otherwise cost a third of a hit (44k against 69k hits/s, docs/benchmarks.md).
 * - onSend: a miss is compressed once, sent in the encoding the client accepts.
 * - onResponse: the page is stored, with the final headers every hook produced.
 */
export function installPageCache(options: PageCacheOptions): PageCacheHooks {
  const cache = new PageCache({ maxBytes: options.maxBytes, maxEntries: options.maxEntries ?? DEFAULT_MAX_ENTRIES });
  const checkEveryMs = options.checkEveryMs ?? DEFAULT_CHECK_EVERY_MS;
  const pending = new WeakMap<FastifyRequest, Pending>();
  let version: string | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<string | null> | null = null;

  // One read of the version at a time, shared by the requests that arrive meanwhile. A failed read
  // empties the cache and lets requests through uncached (they will fail or succeed on their own).
  const refresh = (): Promise<string | null> =>
    (checking ??= options
      .contentVersion()
      .then(
        (next) => next,
        () => null,
      )
      .then((next) => {
        if (next !== version) cache.clear();
        version = next;
        checkedAt = performance.now();
        checking = null;
        return next;
      }));

  const lookup = (request: FastifyRequest, reply: FastifyReply, current: string | null): boolean => {
    const key = current === null ? null : cacheKeyOf(request.url);
    if (current === null || key === null) return false;
    const page = cache.get(key);
    if (!page) {
      if (request.method === 'GET') pending.set(request, { version: current, key });
      return false;
    }
    serveHit(request, reply, page);
    return true;
  };

  const serveHits = (root: FastifyInstance) => {
    root.addHook('onRequest', (request, reply, done) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return done();
      if (version !== null && performance.now() - checkedAt < checkEveryMs) {
        if (!lookup(request, reply, version)) done();
        return;
      }
      void refresh().then((current) => {
        if (!lookup(request, reply, current)) done();
      });
    });
  };

  const storeMisses = (pages: FastifyInstance) => {
    pages.addHook('onSend', async (request, reply, payload) => {
      const entry = pending.get(request);
      if (!entry || reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
      entry.compressed = await compressBody(typeof payload === 'string' ? Buffer.from(payload) : payload, entry.version);
      const encoding = chooseEncoding(request.headers['accept-encoding']);
      reply.header('etag', etagFor(entry.compressed.tag, encoding)).header('vary', 'accept-encoding');
      if (encoding !== 'identity') reply.header('content-encoding', encoding);
      return entry.compressed.bodies[encoding];
    });

    pages.addHook('onResponse', async (request, reply) => {
      const entry = pending.get(request);
      // A page rendered under a version that has since changed may be stale: not stored.
      if (!entry?.compressed || reply.statusCode !== 200 || entry.version !== version) return;
      const stored: Record<string, string> = {};
      for (const [name, value] of Object.entries(reply.getHeaders())) {
        if (value !== undefined && !PER_RESPONSE.has(name)) stored[name] = String(value);
      }
      cache.set(entry.key, finishPage(entry.compressed, stored));
    });
  };

  const checkSoon = () => {
    checkedAt = Number.NEGATIVE_INFINITY;
  };

  return { cache, serveHits, storeMisses, checkSoon };
}

function serveHit(request: FastifyRequest, reply: FastifyReply, page: CachedPage): void {
  reply.hijack();
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  const res = reply.raw;
  if (matchesIfNoneMatch(request.headers['if-none-match'], page.tag)) {
    res.writeHead(304, { ...page.notModified, etag: etagFor(page.tag, encoding) });
    res.end();
    return;
  }
  res.writeHead(200, page.headers[encoding]);
  res.end(request.method === 'HEAD' ? undefined : page.bodies[encoding]);
}
