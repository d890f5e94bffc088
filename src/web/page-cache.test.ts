import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type CachedPage, PageCache, chooseEncoding, compressBody, etagFor, cacheKeyOf, finishPage, matchesIfNoneMatch } from './page-cache.js';

const page = (bytes: number): CachedPage => ({
  tag: 't',
  headers: { identity: {}, gzip: {}, br: {} },
  notModified: {},
  bodies: { identity: Buffer.alloc(0), gzip: Buffer.alloc(0), br: Buffer.alloc(0) },
  bytes,
});

describe('PageCache (LRU bounded in bytes and entries)', () => {
  it('evicts the least recently used entry when over the byte bound', () => {
    const cache = new PageCache({ maxBytes: 300, maxEntries: 100 });
    cache.set('/a', page(100));
    cache.set('/b', page(100));
    cache.set('/c', page(100));
    assert.ok(cache.get('/a'), 'touching /a makes /b the oldest');
    cache.set('/d', page(100));
    assert.equal(cache.get('/b'), undefined);
    assert.ok(cache.get('/a') && cache.get('/c') && cache.get('/d'));
    assert.equal(cache.bytes, 300);
  });

  it('evicts when over the entry bound, and never keeps a page larger than the whole cache', () => {
    const cache = new PageCache({ maxBytes: 1000, maxEntries: 2 });
    cache.set('/a', page(10));
    cache.set('/b', page(10));
    cache.set('/c', page(10));
    assert.equal(cache.size, 2);
    assert.equal(cache.get('/a'), undefined);
    cache.set('/huge', page(1001));
    assert.equal(cache.get('/huge'), undefined);
    assert.equal(cache.size, 2);
  });

  it('replacing a key counts its bytes once; clear empties', () => {
    const cache = new PageCache({ maxBytes: 1000, maxEntries: 10 });
    cache.set('/a', page(100));
    cache.set('/a', page(200));
    assert.equal(cache.bytes, 200);
    cache.clear();
    assert.equal(cache.size, 0);
    assert.equal(cache.bytes, 0);
  });
});

describe('compressBody and finishPage', () => {
  it('gzip and brotli bodies decompress to the body; headers carry length, encoding, ETag and Vary', async () => {
    const body = Buffer.from('<p>Back pain after a miscarriage</p>'.repeat(200));
    const prepared = finishPage(await compressBody(body, 'v1'), { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public' });
    assert.deepEqual(gunzipSync(prepared.bodies.gzip), body);
    assert.deepEqual(brotliDecompressSync(prepared.bodies.br), body);
    assert.ok(prepared.bodies.br.length < body.length / 5);
    assert.equal(prepared.headers.br['content-encoding'], 'br');
    assert.equal(prepared.headers.gzip['content-length'], String(prepared.bodies.gzip.length));
    assert.equal(prepared.headers.identity['content-encoding'], undefined);
    assert.equal(prepared.headers.identity.vary, 'accept-encoding');
    assert.equal(prepared.headers.identity['content-type'], 'text/html; charset=utf-8');
    assert.notEqual(prepared.headers.identity.etag, prepared.headers.gzip.etag, 'each encoding is its own representation');
  });

  it('the ETag changes with the content version and with the body', async () => {
    const body = Buffer.from('same');
    const a = await compressBody(body, 'v1');
    assert.equal((await compressBody(body, 'v1')).tag, a.tag);
    assert.notEqual((await compressBody(body, 'v2')).tag, a.tag);
    assert.notEqual((await compressBody(Buffer.from('other'), 'v1')).tag, a.tag);
  });
});

describe('conditional requests and content negotiation', () => {
  it('If-None-Match matches any encoding of the page, weak or strong, in a list, or *', () => {
    assert.equal(matchesIfNoneMatch(etagFor('abc', 'identity'), 'abc'), true);
    assert.equal(matchesIfNoneMatch(`"x", W/${etagFor('abc', 'gzip')}`, 'abc'), true);
    assert.equal(matchesIfNoneMatch(etagFor('abc', 'br'), 'abc'), true);
    assert.equal(matchesIfNoneMatch('*', 'abc'), true);
    assert.equal(matchesIfNoneMatch('"abd"', 'abc'), false);
    assert.equal(matchesIfNoneMatch(undefined, 'abc'), false);
  });

  const cases: [string | undefined, string][] = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.2, gzip;q=0.8', 'gzip'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['GZIP', 'gzip'],
  ];
  for (const [header, expected] of cases) {
    it(`Accept-Encoding ${JSON.stringify(header)} → ${expected}`, () => {
      assert.equal(chooseEncoding(header), expected);
    });
  }
});

describe('cacheKeyOf', () => {
  it('stores plain paths and the parameters the pages read under the URL as sent', () => {
    assert.equal(cacheKeyOf('/articles/flu'), '/articles/flu');
    assert.equal(cacheKeyOf('/categories/womens-health?page=2'), '/categories/womens-health?page=2');
    assert.equal(cacheKeyOf('/api/articles?limit=5&offset=10&tag=flu'), '/api/articles?limit=5&offset=10&tag=flu');
  });
  it('tracking parameters share the clean URL\'s entry', () => {
    assert.equal(cacheKeyOf('/articles/flu?utm_source=news&utm_medium=email'), '/articles/flu');
    assert.equal(cacheKeyOf('/articles/flu?fbclid=IwAR0abc'), '/articles/flu');
    for (const name of ['gclid', 'msclkid', 'mc_cid', 'mc_eid', '_ga', 'utm_campaign']) {
      assert.equal(cacheKeyOf(`/topics/flu?${name}=x`), '/topics/flu', name);
    }
    assert.equal(cacheKeyOf('/categories/x?utm_source=a&page=2&gclid=b'), '/categories/x?page=2');
  });
  it('does not store junk or repeated parameters, which would push real pages out', () => {
    assert.equal(cacheKeyOf('/articles/flu?junk=1'), null);
    assert.equal(cacheKeyOf('/articles/flu?utm_source=news&junk=1'), null);
    assert.equal(cacheKeyOf('/categories/x?page=2&page=3'), null);
  });
});
