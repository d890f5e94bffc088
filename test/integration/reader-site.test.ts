import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

let site: RunningSite;
before(async () => {
  site = await startDemoSite();
});
after(async () => {
  await site?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${site.origin}${path}`, { headers });

async function html(path: string): Promise<string> {
  const response = await get(path);
  assert.equal(response.status, 200, `${path} → ${response.status}`);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
  assert.match(response.headers.get('cache-control') ?? '', /public, max-age=\d+/);
  return response.text();
}

describe('reader site over HTTP (demo content, real SQLite, ephemeral port)', () => {
  it('serves the home page with categories, latest articles and the A–Z entry', async () => {
    const page = await html('/');
    assert.match(page, /<html lang="en"/);
    assert.match(page, /href="\/categories\/womens-health"/);
    assert.match(page, /href="\/health-a-z\/?"/);
    assert.match(page, /href="\/articles\/[a-z0-9-]+"/);
  });

  it('serves the article page with everything a reader needs', async () => {
    const page = await html('/articles/causes-of-back-pain-after-a-miscarriage');
    assert.match(page, /<h1[^>]*>Causes of back pain after a miscarriage<\/h1>/);
    assert.match(page, /Last reviewed/i);
    assert.match(page, /<time datetime="\d{4}-\d{2}-\d{2}/);
    assert.match(page, /Sample content/i);
    assert.match(page, /not medical advice/i);
    assert.match(page, /Sources/);
    assert.match(page, /rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/articles\/causes-of-back-pain-after-a-miscarriage"/);
    assert.match(page, /property="og:title"/);
    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page);
    assert.ok(jsonLd, 'JSON-LD present');
    const data = JSON.parse(jsonLd[1]!) as Record<string, unknown>;
    assert.equal(data['@type'], 'MedicalWebPage');
    assert.ok(data.lastReviewed, 'lastReviewed set');
    assert.ok(data.about, 'about set');
    const recommended = page.slice(page.indexOf('Recommended'));
    const links = recommended.match(/href="\/articles\/[^"]+"/g) ?? [];
    assert.ok(links.length >= 5 && links.length <= 13, `recommended links: ${links.length}`);
    assert.match(page, /rel="(prev|next)"/);
    assert.match(page, /data-provenance-id="markdown:causes-of-back-pain-after-a-miscarriage"/);
  });

  it('types what an article is about by its topic, names the publisher and gives the licence as a URL in JSON-LD', async () => {
    const ld = async (slug: string) => JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(await html(`/articles/${slug}`))![1]!) as Record<string, unknown>;
    const pregnancy = await ld('early-pregnancy-symptoms');
    assert.deepEqual(pregnancy.about, { '@type': 'MedicalEntity', name: 'Pregnancy' }, 'Physiology: no MedicalCondition');
    assert.deepEqual((await ld('causes-of-miscarriage')).about, { '@type': 'MedicalCondition', name: 'Miscarriage' }, 'Disorders');
    assert.equal(pregnancy.license, 'https://creativecommons.org/licenses/by/4.0/');
    assert.deepEqual(Object.keys(pregnancy.publisher as object), ['@type', 'name', 'url']);
    assert.equal((pregnancy.publisher as { '@type': string })['@type'], 'Organization');
  });

  it('links previous and next within the category by publication date, none at the ends', async () => {
    const api = (await (await get('/api/articles?category=womens-health/pregnancy&limit=100')).json()) as {
      items: { slug: string; publishedAt: string }[];
    };
    const oldestFirst = [...api.items].reverse();
    assert.ok(oldestFirst.length >= 8);
    const first = await html(`/articles/${oldestFirst[0]!.slug}`);
    assert.doesNotMatch(first, /rel="prev"/);
    assert.match(first, new RegExp(`rel="next"[^>]*href="/articles/${oldestFirst[1]!.slug}"|href="/articles/${oldestFirst[1]!.slug}"[^>]*rel="next"`));
    const last = await html(`/articles/${oldestFirst.at(-1)!.slug}`);
    assert.doesNotMatch(last, /rel="next"/);
  });

  it('serves topic pages grouped by question type, with synonyms', async () => {
    const page = await html('/topics/miscarriage');
    assert.match(page, /<h1[^>]*>Miscarriage<\/h1>/);
    assert.match(page, /Also called/i);
    assert.match(page, /<h2[^>]*>Causes<\/h2>/);
    assert.match(page, /<h2[^>]*>Symptoms<\/h2>/);
  });

  it('serves category pages with subcategories, and a tag page', async () => {
    const parent = await html('/categories/womens-health');
    assert.match(parent, /href="\/categories\/womens-health\/pregnancy"/);
    await html('/categories/womens-health/pregnancy');
    const tag = await html('/tags/miscarriage');
    assert.match(tag, /href="\/articles\//);
  });

  it('paginates categories and rejects pages past the end', async () => {
    assert.equal((await get('/categories/womens-health?page=99')).status, 404);
    assert.equal((await get('/categories/womens-health?page=abc')).status, 400);
  });

  it('serves the Health A–Z index with "also called" names', async () => {
    const page = await html('/health-a-z');
    assert.match(page, /href="\/topics\/miscarriage"/);
    assert.match(page, /Pregnancy loss|Spontaneous abortion/);
  });

  it('answers unknown pages with a friendly 404 and no stack trace', async () => {
    for (const path of ['/articles/no-such-article', '/topics/nothing', '/categories/nope', '/tags/none', '/nowhere']) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      const body = await response.text();
      assert.match(body, /<html lang="en"/);
      assert.match(body, /href="\/"/);
      assert.doesNotMatch(body, /at .*\.js:\d+|Error:/);
    }
  });

  it('never shows drafts', async () => {
    assert.equal((await get('/articles/checking-your-blood-pressure')).status, 404);
  });

  it('serves sitemap.xml, robots.txt and the Atom feed', async () => {
    const sitemap = await get('/sitemap.xml');
    assert.equal(sitemap.status, 200);
    assert.match(sitemap.headers.get('content-type') ?? '', /application\/xml/);
    const xml = await sitemap.text();
    assert.equal(XMLValidator.validate(xml), true);
    const urls = new XMLParser().parse(xml).urlset.url as { loc: string }[];
    assert.ok(urls.some((u) => u.loc.endsWith('/articles/causes-of-back-pain-after-a-miscarriage')));
    assert.ok(!urls.some((u) => u.loc.endsWith('/articles/checking-your-blood-pressure')), 'no drafts');

    const robots = await get('/robots.txt');
    assert.match(await robots.text(), /Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);

    const feed = await get('/feed.xml');
    assert.match(feed.headers.get('content-type') ?? '', /application\/atom\+xml/);
    const atom = await feed.text();
    assert.equal(XMLValidator.validate(atom), true);
    assert.match(atom, /<entry>/);
  });

  it('/categories/ and /articles/ are index pages (they were 404s): every category, and the ways to every article', async () => {
    const categories = await (await get('/categories/')).text();
    assert.match(categories, /<h1>Categories<\/h1>/);
    assert.match(categories, /href="\/categories\/womens-health"/);
    assert.match(categories, /<a href="\/categories\/" aria-current="page">Categories<\/a>/, 'the header\'s Categories link leads here');
    const articles = await (await get('/articles/')).text();
    assert.match(articles, /<h1>All articles<\/h1>/);
    for (const link of ['/health-a-z/', '/categories/', '/search']) assert.ok(articles.includes(`href="${link}"`), link);
    assert.match(await (await get('/')).text(), /href="\/articles\/">All articles<\/a>/);
  });

  it('one search box per page: the home and search pages use their own (a landmark), other pages the header\'s, with a placeholder', async () => {
    for (const path of ['/', '/search?q=flu']) {
      const html = await (await get(path)).text();
      assert.equal(html.match(/type="search"/g)?.length, 1, `${path}: the home page showed two boxes`);
      assert.equal(html.match(/role="search"/g)?.length, 1, `${path}: a search landmark`);
    }
    const article = await (await get('/articles/causes-of-back-pain-after-a-miscarriage')).text();
    assert.equal(article.match(/type="search"/g)?.length, 1);
    assert.match(article, /<input[^>]*id="site-search-q"[^>]*placeholder="Search health information"|<input[^>]*placeholder="Search health information"[^>]*id="site-search-q"/);
  });

  it('the sitemap lists listing pages by their canonical URLs, A–Z letters and tags included, and declares no unused namespaces', async () => {
    const xml = await (await get('/sitemap.xml')).text();
    const locs = (new XMLParser().parse(xml).urlset.url as { loc: string }[]).map((u) => new URL(u.loc).pathname);
    assert.ok(locs.includes('/health-a-z/') && !locs.includes('/health-a-z'), 'the A–Z under its canonical address');
    assert.ok(locs.some((path) => /^\/health-a-z\/[a-z]$/.test(path)), 'letter pages');
    assert.ok(locs.some((path) => path.startsWith('/tags/')), 'tag pages');
    for (const path of locs.filter((p) => p.startsWith('/tags/') || p.startsWith('/health-a-z/')).slice(0, 5)) {
      assert.equal((await get(path)).status, 200, path);
    }
    assert.doesNotMatch(xml, /xmlns:(news|image|video|xhtml)=/);
  });

  it('the Atom feed is valid RFC 4287: an author, entries updated when last changed, summaries without headings run into the text', async () => {
    const atom = await (await get('/feed.xml')).text();
    const feed = new XMLParser().parse(atom).feed as { author?: { name: string }; entry: { updated: string; published: string; summary: string; id: string }[] };
    assert.equal(feed.author?.name, 'Healthpress');
    for (const entry of feed.entry) {
      assert.ok(entry.published && entry.updated >= entry.published, `${entry.id}: updated ${entry.updated}, published ${entry.published}`);
    }
    const diabetes = feed.entry.find((entry) => entry.id.endsWith('/articles/preventing-type-2-diabetes'));
    assert.ok(diabetes, 'the demo article is in the feed');
    assert.doesNotMatch(diabetes.summary, /prevent it\. Move more/, 'the heading "Move more" does not run into the summary');
  });

  it('serves the JSON API with provenance ids', async () => {
    const list = await get('/api/articles?limit=5');
    assert.equal(list.status, 200);
    assert.match(list.headers.get('content-type') ?? '', /application\/json/);
    assert.match(list.headers.get('cache-control') ?? '', /max-age/);
    const body = (await list.json()) as { total: number; items: { provenanceId: string }[] };
    assert.equal(body.items.length, 5);
    assert.ok(body.total >= 40);
    assert.ok(body.items.every((item) => item.provenanceId.startsWith('markdown:')));

    const one = (await (await get('/api/articles/causes-of-back-pain-after-a-miscarriage')).json()) as {
      provenanceId: string; topic: { name: string }; related: unknown[];
    };
    assert.equal(one.provenanceId, 'markdown:causes-of-back-pain-after-a-miscarriage');
    assert.equal(one.topic.name, 'Miscarriage');
    assert.ok(one.related.length > 0);

    const byProvenance = (await (await get(`/api/articles?provenance=${encodeURIComponent(one.provenanceId)}`)).json()) as {
      items: { slug: string }[];
    };
    assert.equal(byProvenance.items[0]?.slug, 'causes-of-back-pain-after-a-miscarriage');

    const topics = (await (await get('/api/topics')).json()) as { items: { slug: string }[] };
    assert.ok(topics.items.some((t) => t.slug === 'miscarriage'));
    const categories = (await (await get('/api/categories')).json()) as { items: { slug: string }[] };
    assert.ok(categories.items.some((c) => c.slug === 'womens-health/pregnancy'));
    assert.equal((await get('/api/categories/womens-health/pregnancy')).status, 200);
    assert.equal((await get('/api/topics/miscarriage')).status, 200);
  });

  it('answers API errors as JSON', async () => {
    const missing = await get('/api/articles/nope');
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { error: { code: 'NOT_FOUND', status: 404, message: 'article "nope" not found' } });
    const bad = await get('/api/articles?limit=100000');
    assert.equal(bad.status, 400);
  });

  it('serves the stylesheet, at the URL pages link it by, with a long cache lifetime', async () => {
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(await (await get('/')).text())?.[1];
    assert.match(href ?? '', /^\/assets\/site\.css\?v=/);
    const css = await get(href!);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.match(css.headers.get('cache-control') ?? '', /immutable/);
  });

  it('sets security headers on pages', async () => {
    const response = await get('/');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });
});
