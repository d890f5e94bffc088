import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';
import { FIXED_NOW, articleInput, writeInputs } from '../../src/testing/factories.js';

const ARTICLE = '/articles/causes-of-back-pain-after-a-miscarriage';

// Node's fetch decompresses on its own; these tests need the bytes as sent.
async function raw(site: RunningSite, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await site.app.inject({ method: method as 'GET', url: path, headers });
  return { status: response.statusCode, headers: response.headers, body: response.rawPayload };
}

async function apiTotal(site: RunningSite): Promise<number> {
  const response = await raw(site, '/api/articles?limit=1');
  assert.equal(response.status, 200);
  return (JSON.parse(response.body.toString()) as { total: number }).total;
}

describe('page cache: validators, encodings and headers (demo site, checked on every request)', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  it('gzip and brotli bodies decompress to the identity body, with Vary and Content-Length', async () => {
    const identity = await raw(site, ARTICLE);
    assert.equal(identity.status, 200);
    assert.equal(identity.headers['content-encoding'], undefined);
    for (const [accept, encoding, decode] of [
      ['gzip', 'gzip', gunzipSync],
      ['gzip, deflate, br', 'br', brotliDecompressSync],
    ] as const) {
      const response = await raw(site, ARTICLE, { 'accept-encoding': accept });
      assert.equal(response.headers['content-encoding'], encoding);
      assert.equal(response.headers.vary, 'accept-encoding');
      assert.equal(Number(response.headers['content-length']), response.body.length);
      assert.ok(response.body.length < identity.body.length / 2, `${encoding} is smaller`);
      assert.deepEqual(decode(response.body), identity.body);
    }
  });

  it('a hit carries the same body, ETag, security headers and CDN caching as the miss', async () => {
    const first = await raw(site, '/topics/miscarriage', { 'accept-encoding': 'br' });
    const second = await raw(site, '/topics/miscarriage', { 'accept-encoding': 'br' });
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers.etag, first.headers.etag);
    assert.match(String(second.headers.etag), /^"[\w-]+"$/, 'a strong ETag');
    for (const name of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'content-type', 'cache-control']) {
      assert.equal(second.headers[name], first.headers[name], name);
      assert.ok(second.headers[name], `${name} present`);
    }
    assert.match(String(second.headers['cache-control']), /s-maxage=\d+/);
  });

  it('answers If-None-Match with 304 and no body, for any encoding of the page', async () => {
    const page = await raw(site, ARTICLE, { 'accept-encoding': 'gzip' });
    const etag = String(page.headers.etag);
    for (const accept of ['gzip', 'br', '']) {
      const again = await raw(site, ARTICLE, { 'if-none-match': etag, 'accept-encoding': accept });
      assert.equal(again.status, 304, accept);
      assert.equal(again.body.length, 0);
      assert.ok(again.headers.etag);
    }
    assert.equal((await raw(site, ARTICLE, { 'if-none-match': '"something-else"' })).status, 200);
  });

  it('HEAD answers with the headers and no body', async () => {
    await raw(site, '/health-a-z');
    const head = await raw(site, '/health-a-z', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.ok(Number(head.headers['content-length']) > 0);
  });

  it('caches the feed, the sitemap and the JSON API, each with its own type', async () => {
    for (const [path, type] of [
      ['/feed.xml', /atom\+xml/],
      ['/sitemap.xml', /xml/],
      ['/robots.txt', /text\/plain/],
      ['/api/topics', /json/],
    ] as const) {
      await raw(site, path);
      const hit = await raw(site, path);
      assert.equal(hit.status, 200, path);
      assert.match(String(hit.headers['content-type']), type, path);
      assert.ok(hit.headers.etag, `${path} has an ETag`);
    }
  });

  it('tracking parameters (utm_*, fbclid…) get the clean URL\'s cached, compressed page', async () => {
    const clean = await raw(site, '/topics/miscarriage', { 'accept-encoding': 'br' });
    assert.equal(clean.status, 200);
    for (const query of ['?utm_source=newsletter&utm_medium=email', '?fbclid=IwAR0xyz', '?gclid=abc&utm_campaign=flu']) {
      const tracked = await raw(site, `/topics/miscarriage${query}`, { 'accept-encoding': 'br' });
      assert.equal(tracked.status, 200, query);
      assert.equal(tracked.headers['content-encoding'], 'br', query);
      assert.equal(tracked.headers.etag, clean.headers.etag, `${query}: the same stored page`);
      assert.deepEqual(tracked.body, clean.body, query);
    }
  });

  it('never caches search, suggestions or error pages', async () => {
    for (const path of ['/search?q=back+pain', '/api/search?q=back+pain', '/api/suggest?q=back', '/articles/no-such-article', '/api/articles/no-such', '/nowhere']) {
      await raw(site, path);
      const again = await raw(site, path, { 'accept-encoding': 'br' });
      assert.equal(again.headers.etag, undefined, path);
      // Search is compressed per response (@fastify/compress, docs/serving.md), never from the cache; error pages not at all.
      if (!path.includes('search') && !path.includes('suggest')) assert.equal(again.headers['content-encoding'], undefined, path);
    }
    assert.equal((await raw(site, '/articles/no-such-article')).status, 404);
  });

  it('sees an import, a publication and an update made through the store', async () => {
    const before = await apiTotal(site);
    const draft = articleInput({ title: 'Cache draft article', status: 'draft', publishedAt: null });
    await writeInputs(site.ports.ingest, [articleInput({ title: 'Cache imported article' })], FIXED_NOW);
    assert.equal(await apiTotal(site), before + 1, 'import');
    await writeInputs(site.ports.ingest, [draft], FIXED_NOW);
    assert.equal((await raw(site, '/articles/cache-draft-article')).status, 404);
    await writeInputs(site.ports.ingest, [{ ...draft, status: 'published', publishedAt: FIXED_NOW }], FIXED_NOW);
    assert.equal((await raw(site, '/articles/cache-draft-article')).status, 200, 'publish');
    assert.equal(await apiTotal(site), before + 2);
    await writeInputs(site.ports.ingest, [{ ...draft, status: 'published', publishedAt: FIXED_NOW, bodyMarkdown: 'A corrected paragraph.' }], FIXED_NOW);
    assert.match((await raw(site, '/articles/cache-draft-article')).body.toString(), /A corrected paragraph/, 'update');
  });

  it('sees a write committed by another connection (as a CLI import in another process would)', async () => {
    const before = await apiTotal(site);
    const { site: other } = await openSqliteSite(site.dbPath);
    try {
      await writeInputs(other.ingest, [articleInput({ title: 'Written elsewhere' })], FIXED_NOW);
    } finally {
      await other.maintenance.close();
    }
    assert.equal(await apiTotal(site), before + 1);
  });
});

describe('page cache: staleness bound and size bound', () => {
  it('serves the cached page until the next version check, then the new content', async () => {
    const site = await startDemoSite({ pageCache: { checkEveryMs: 1000 } });
    try {
      const before = await apiTotal(site);
      await writeInputs(site.ports.ingest, [articleInput({ title: 'Within the bound' })], FIXED_NOW);
      // Within the bound the hit is served without rendering: proof that it came from the cache.
      assert.equal(await apiTotal(site), before);
      await new Promise((resolve) => setTimeout(resolve, 1050));
      assert.equal(await apiTotal(site), before + 1);
    } finally {
      await site.close();
    }
  });

  it('a publish in the admin shows at once in the same process, even within the bound', async () => {
    const site = await startDemoSite({ pageCache: { checkEveryMs: 60_000 }, admin: { clinicalReview: 'off' } });
    try {
      const { addUser } = await import('../../src/app/accounts/manage-users.js');
      const { createToken } = await import('../../src/app/accounts/api-tokens.js');
      const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
      const editor = await addUser(context, 'cli', { email: 'editor@example.org', role: 'editor', password: 'tulip-kettle-orbit-9' });
      const { token } = await createToken(context, 'cli', { user: editor.id });
      const before = await apiTotal(site);
      const api = (url: string, body: unknown) =>
        site.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      const { id } = JSON.parse((await api('/api/admin/articles', { title: 'Sample: published in the admin', body: 'Text.' })).body) as { id: number };
      assert.equal(await apiTotal(site), before, 'a draft changes nothing readers see, and the hit is still served');
      await writeInputs(site.ports.ingest, [articleInput({ title: 'Written by another process' })], FIXED_NOW);
      assert.equal(await apiTotal(site), before, 'another writer: within the bound, the cached page');
      assert.equal((await api(`/api/admin/articles/${id}/publish`, {})).statusCode, 200);
      assert.equal(await apiTotal(site), before + 2, 'after the admin wrote, the next request checks the version');
    } finally {
      await site.close();
    }
  });

  it('evicts the least recently used page when the entry bound is reached', async () => {
    const site = await startDemoSite({ pageCache: { checkEveryMs: 60_000, maxEntries: 2 } });
    try {
      await raw(site, '/api/topics');
      await raw(site, '/api/categories');
      await raw(site, '/api/articles?limit=1');
      // A write is not seen by pages still cached (the check is a minute away), but an evicted page renders afresh.
      const total = await apiTotal(site);
      await writeInputs(site.ports.ingest, [articleInput({ title: 'After eviction' })], FIXED_NOW);
      assert.equal(await apiTotal(site), total, 'still cached');
      const topics = JSON.parse((await raw(site, '/api/topics')).body.toString()) as { items: { name: string }[] };
      assert.ok(topics.items.some((t) => t.name === 'Test topic'), 'evicted first, so rendered afresh');
    } finally {
      await site.close();
    }
  });
});
