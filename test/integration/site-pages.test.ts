import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RESERVED_PAGE_SLUGS } from '../../src/content/article-kind.js';
import { adminApiPeople, type AdminApiCall } from '../../src/testing/admin-api-client.js';
import { registeredRoutes } from '../../src/testing/app-routes.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'sample-Pw-site-pages-2026';
type Who = 'editor' | 'contributor';

/** The first segment of every path the app routes (`/categories/*` → `categories`). */
function firstSegments(site: RunningSite): Set<string> {
  return new Set(registeredRoutes(site.app).map(({ path }) => (path.split('/')[1] ?? '').replace(/\..*$/, '').replace(/\*$/, '')));
}

/** The footer's list of site pages, as hrefs in order. */
function footerPages(html: string): string[] {
  const nav = /<nav aria-label="About this site">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

describe('site pages over HTTP (demo site with its governance, SQLite file)', () => {
  let site: RunningSite;
  let api: AdminApiCall<Who>;
  const get = (url: string) => site.app.inject({ method: 'GET', url });

  before(async () => {
    site = await startDemoSite({ admin: {}, governance: {} });
    api = await adminApiPeople(site, ['editor', 'contributor'] as const, PASSWORD);
  });
  after(async () => site?.close());

  it('serves /about, marked as sample, and every reader page links the published site pages in order from its footer', async () => {
    const about = await get('/about');
    assert.equal(about.statusCode, 200);
    assert.match(about.body, /<h1>About this site<\/h1>/);
    assert.match(about.body, /Sample content written for the healthpress demo/);
    assert.match(about.body, /<link rel="canonical" href="[^"]*\/about"/);

    const article = await get('/articles/what-is-high-blood-pressure');
    assert.equal(article.statusCode, 200);
    assert.deepEqual(footerPages(article.body), ['/about', '/editorial-policy', '/privacy', '/contact']);
    // The demo's governance: a fictional reviewer, marked as sample where readers see it.
    assert.match(article.body, /Clinically reviewed by Dr Sample Reviewer \(sample\)/);
    assert.match(article.body, /MB ChB, sample reviewer/);
    assert.match(article.body, /Next review due/);
    assert.deepEqual(footerPages((await get('/')).body), ['/about', '/editorial-policy', '/privacy', '/contact']);
  });

  it('keeps site pages out of /articles/, listings, topics, the A–Z, search, Recommended lists and the feed, but not out of the sitemap', async () => {
    assert.equal((await get('/articles/about')).statusCode, 404);
    const pages = await site.ports.catalogue.sitePages();
    const pageIds = new Set(pages.map((page) => page.id));
    const latest = await site.ports.catalogue.listArticles({ order: 'newest', limit: 100, offset: 0 });
    assert.ok(latest.items.length > 0 && latest.items.every((item) => !pageIds.has(item.id)), 'no site page among the listed articles');
    for (const item of latest.items) {
      const article = await site.ports.catalogue.findArticleBySlug(item.slug);
      const related = await site.ports.catalogue.relatedArticles(article!, 13);
      assert.ok(related.every((entry) => !pageIds.has(entry.id)), `no site page recommended under ${item.slug}`);
    }
    assert.ok((await site.ports.catalogue.topicIndex()).every((entry) => !/about this site|editorial policy|privacy|contact/i.test(entry.name)));
    const az = await get('/health-a-z/');
    assert.doesNotMatch(az.body.replace(/<footer[\s\S]*<\/footer>/, ''), /About this site|Editorial policy/);
    const search = await get('/search?q=editorial+policy+reviewer');
    assert.equal(search.statusCode, 200);
    assert.doesNotMatch(search.body.replace(/<footer[\s\S]*<\/footer>/, ''), /href="\/editorial-policy"/);
    const feed = await get('/feed.xml');
    assert.doesNotMatch(feed.body, /About this site|\/about</);
    const sitemap = await get('/sitemap.xml');
    assert.match(sitemap.body, /<loc>[^<]*\/about<\/loc>/);
    assert.match(sitemap.body, /<loc>[^<]*\/articles\/what-is-high-blood-pressure<\/loc>/);
  });

  it('refuses a site page at an address the site uses itself, naming the slug; only editors create site pages', async () => {
    const refused = await api('POST', '/articles', 'editor', { kind: 'page', title: 'Search help', slug: 'search', body: 'How to search this sample site.' });
    assert.equal(refused.status, 422);
    assert.ok(refused.json.error.details.some((detail: string) => /^slug: "search" is reserved/.test(detail)), JSON.stringify(refused.json));
    const filed = await api('POST', '/articles', 'editor', { kind: 'page', title: 'Accessibility', body: 'Sample text.', topic: 'Anything' });
    assert.equal(filed.status, 422);
    assert.ok(filed.json.error.details.includes('topic: a site page is not filed under a topic'));
    assert.equal((await api('POST', '/articles', 'contributor', { kind: 'page', title: 'Accessibility', body: 'Sample text.' })).status, 403);
  });

  it('publishes a site page without clinical sign-off while review is required, and answers 410 once it is withdrawn', async () => {
    const created = await api('POST', '/articles', 'editor', { kind: 'page', title: 'Accessibility', body: 'This sample site aims to meet WCAG 2.2 AA.' });
    assert.equal(created.status, 201);
    assert.equal((await get('/accessibility')).statusCode, 404, 'a draft is not public');
    const published = await api('POST', `/articles/${created.json.id}/publish`, 'editor', {});
    assert.equal(published.status, 200, JSON.stringify(published.json));
    assert.equal((await get('/accessibility')).statusCode, 200);
    assert.deepEqual(footerPages((await get('/about')).body), ['/about', '/editorial-policy', '/privacy', '/contact', '/accessibility']);

    assert.equal((await api('POST', `/articles/${created.json.id}/unpublish`, 'editor', {})).status, 200);
    const gone = await get('/accessibility');
    assert.equal(gone.statusCode, 410);
    assert.deepEqual(footerPages((await get('/about')).body), ['/about', '/editorial-policy', '/privacy', '/contact']);
    assert.equal((await get('/no-such-page')).statusCode, 404);
  });

  it('lists the site pages and the scheduled article in the admin', async () => {
    const list = await site.app.inject({ method: 'GET', url: '/admin/site-pages', headers: { authorization: `Bearer ${api.token('editor')}` } });
    assert.equal(list.statusCode, 200);
    for (const title of ['About this site', 'Editorial policy', 'Privacy', 'Contact']) assert.ok(list.body.includes(title), title);
    assert.equal((await site.app.inject({ method: 'GET', url: '/admin/site-pages', headers: { authorization: `Bearer ${api.token('contributor')}` } })).statusCode, 403);
    const scheduled = await api('GET', '/articles?status=scheduled', 'editor');
    assert.equal(scheduled.status, 200);
    assert.equal(scheduled.json.total, 1, JSON.stringify(scheduled.json));
    assert.equal(scheduled.json.articles[0].title, "How the articles on this sample site are reviewed");
  });

  it('reserves every first path segment the app routes itself', () => {
    const missing = [...firstSegments(site)].filter((segment) => segment !== '' && !segment.startsWith(':') && !segment.startsWith('*') && !RESERVED_PAGE_SLUGS.has(segment));
    assert.deepEqual(missing, []);
  });
});
