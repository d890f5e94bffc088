import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

interface ErrorJson {
  error: { code: string; status: number; message: string };
}

describe('route schemas check query strings and paths', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite({ pageCache: false });
  });
  after(async () => {
    await site?.close();
  });

  const get = (url: string) => site.app.inject({ url });

  it('answers a bad API parameter with a JSON 400 that names the field', async () => {
    const cases: [string, string][] = [
      ['/api/articles?limit=500', 'query parameter "limit" must be at most 100'],
      ['/api/articles?limit=0', 'query parameter "limit" must be at least 1'],
      ['/api/articles?limit=ten', 'query parameter "limit" must be a whole number'],
      ['/api/articles?offset=-1', 'query parameter "offset" must be at least 0'],
      ['/api/articles?tag=a&tag=b', 'query parameter "tag" must be given once'],
      ['/api/search?q=a&q=b', 'query parameter "q" must be given once'],
      [`/api/search?q=pain&category=${'x'.repeat(201)}`, 'query parameter "category" must be at most 200 characters'],
      ['/api/suggest?q=a&q=b', 'query parameter "q" must be given once'],
    ];
    for (const [url, message] of cases) {
      const response = await get(url);
      assert.equal(response.statusCode, 400, url);
      assert.match(String(response.headers['content-type']), /^application\/json/, url);
      assert.deepEqual(response.json(), { error: { code: 'BAD_REQUEST', status: 400, message } } satisfies ErrorJson, url);
    }
  });

  it('answers a bad page parameter with the friendly 400 page', async () => {
    for (const url of ['/categories/womens-health?page=abc', '/categories/womens-health/page/abc', '/tags/miscarriage?page=0', '/tags/miscarriage/page/1.5', '/search?q=pain&page=x']) {
      const response = await get(url);
      assert.equal(response.statusCode, 400, url);
      assert.match(String(response.headers['content-type']), /^text\/html/, url);
      assert.match(response.body, /We could not read that address/, url);
      assert.doesNotMatch(response.body, /must be|parameter/, url);
    }
  });

  it('keeps the defaults: page 1, 20 API items from the first', async () => {
    const list = (await get('/api/articles')).json() as { limit: number; offset: number; items: unknown[] };
    assert.deepEqual([list.limit, list.offset, list.items.length], [20, 0, 20]);
    const window = (await get('/api/articles?limit=5&offset=45')).json() as { limit: number; offset: number; items: unknown[] };
    assert.deepEqual([window.limit, window.offset, window.items.length], [5, 45, 4]);
    assert.equal((await get('/tags/miscarriage')).statusCode, 200);
    assert.equal((await get('/tags/miscarriage?page=1')).statusCode, 200);
    assert.equal((await get('/search?q=pain')).statusCode, 200);
  });

  it('reads an empty number as absent, as before the schemas: its default, not a 400', async () => {
    for (const url of ['/tags/miscarriage?page=', '/categories/womens-health?page=', '/search?q=pain&page=']) {
      assert.equal((await get(url)).statusCode, 200, url);
    }
    const list = (await get('/api/articles?limit=&offset=')).json() as { limit: number; offset: number };
    assert.deepEqual([list.limit, list.offset], [20, 0]);
  });

  it('answers a refused asset path as not found, telling nothing about what exists', async () => {
    const response = await get('/assets/..%2f..%2fpackage.json');
    assert.equal(response.statusCode, 404);
    assert.doesNotMatch(response.body, /healthpress|dependencies/);
  });

  it('keeps 404 for pages and names that do not exist', async () => {
    for (const url of [
      '/categories/womens-health?page=2',
      '/categories/womens-health/page/2',
      // Page 1 has one address, and a page is asked for one way only.
      '/categories/womens-health/page/1',
      '/tags/miscarriage/page/1',
      '/tags/miscarriage/page/2?page=2',
      '/health-a-z/zz',
      '/sitemaps/articles-x.xml',
      '/sitemaps/articles-2.xml',
    ]) {
      assert.equal((await get(url)).statusCode, 404, url);
    }
  });
});
