import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';
import { FIXED_NOW, articleInput, writeInputs } from '../../src/testing/factories.js';

const CATEGORY = '/categories/bones-joints-and-muscles/back-and-spine';

/**
 * Issue 14: tiny requests that cost a lot. A run of slashes was parsed by a backtracking regular
 * expression (timed in bench/slash-paths.mjs; here the answers are checked); a query the page
 * does not read bypassed the cache, so `/sitemap.xml?r=<random>` rendered and compressed the
 * sitemap every time; non-canonical numbers (`articles-1e0.xml`) were each another copy.
 */
describe('tiny requests that cost a lot (issue 14)', () => {
  let site: RunningSite;
  before(async () => {
    // Checked once a minute: a write made by the test stays unseen, so a hit is told from a render.
    site = await startDemoSite({ pageCache: { checkEveryMs: 60_000 } });
  });
  after(async () => {
    await site?.close();
  });
  const get = (url: string) => site.app.inject({ method: 'GET', url });

  it('a run of 20,000 slashes after /categories/ or a category answers as the path without them', async () => {
    const slashes = '/'.repeat(20_000);
    for (const [path, same] of [
      [`/categories/${slashes}`, '/categories/'],
      [`${CATEGORY}${slashes}`, CATEGORY],
      [`${CATEGORY}/page/1${slashes}`, `${CATEGORY}/page/1`],
      [`/api${CATEGORY}${slashes}`, `/api${CATEGORY}`],
      [`/api/categories/${slashes}x`, '/api/categories/x'],
    ] as const) {
      const [a, b] = [await get(path), await get(same)];
      assert.equal(a.statusCode, b.statusCode, `${same} + slashes`);
      if (b.statusCode === 200) assert.equal(a.body, b.body, `${same} + slashes`);
    }
    assert.equal((await get(`${CATEGORY}${slashes}`)).statusCode, 200);
  });

  it('a page that reads no query parameter is the same cached page whatever the query (/sitemap.xml?r=random)', async () => {
    const urls = ['/sitemap.xml', '/feed.xml', '/api/categories', CATEGORY];
    const first = new Map<string, string>();
    for (const url of urls) first.set(url, (await get(url)).body);
    // Unseen by the cache until its next check: a render would show it, a hit does not.
    await writeInputs(site.ports.ingest, [articleInput({ title: 'Written while the cache holds the sitemap', slug: 'written-while-cached' })], FIXED_NOW);
    for (const url of urls) {
      for (const query of ['?r=1', '?r=2&utm_source=x', '?page=1&junk=%ff']) {
        const response = await get(`${url}${query}`);
        assert.equal(response.statusCode, 200, `${url}${query}`);
        assert.equal(response.body, first.get(url), `${url}${query} is the cached ${url}`);
      }
    }
  });

  it('non-canonical numbers in paths are 404, not another copy of the page', async () => {
    assert.equal((await get('/sitemaps/articles-1.xml')).statusCode, 200);
    for (const part of ['01', '1e0', '0x1', '+1', '1.0', ' 1', '%201', '1%20']) {
      assert.equal((await get(`/sitemaps/articles-${part}.xml`)).statusCode, 404, `articles-${part}.xml`);
    }
    for (const page of ['02', '2e0', '+2', '0x2', '2.0']) {
      assert.equal((await get(`${CATEGORY}/page/${page}`)).statusCode, 404, `${CATEGORY}/page/${page}`);
      assert.equal((await get(`/tags/back-pain/page/${page}`)).statusCode, 404, `/tags/back-pain/page/${page}`);
    }
  });
});
