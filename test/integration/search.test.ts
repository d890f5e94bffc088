import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

interface ApiResponse {
  total: number;
  results: { id: number; slug: string; title: string; score: number; provenanceId: string; snippet: string; signals?: { name: string }[] }[];
  didYouMean: string | null;
  understood: { topics: { slug: string }[]; questionTypes: string[] };
  facets: { category: { value: string; count: number }[]; type: { value: string }[]; source: { value: string }[] };
}

describe('search over the demo site', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  const api = async (query: string) => {
    const response = await fetch(`${site.origin}/api/search?${query}`);
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    return (await response.json()) as ApiResponse;
  };

  it('answers a question with the article that answers it, with ids, scores and provenance', async () => {
    const body = await api(`q=${encodeURIComponent('what causes back pain after a miscarriage?')}`);
    const first = body.results[0]!;
    assert.equal(first.slug, 'causes-of-back-pain-after-a-miscarriage');
    assert.equal(first.provenanceId, 'markdown:causes-of-back-pain-after-a-miscarriage');
    assert.equal(typeof first.id, 'number');
    assert.ok(first.score > 0);
    assert.ok(body.understood.topics.some((t) => t.slug === 'miscarriage'));
    assert.ok(body.understood.questionTypes.includes('causes'));
  });

  it('gives each result a snippet of its own text (regression: every result once showed the first one\'s)', async () => {
    const body = await api(`q=${encodeURIComponent('back pain after miscarriage')}&limit=5`);
    assert.ok(body.results.length >= 3);
    assert.equal(new Set(body.results.map((r) => r.snippet)).size, body.results.length, 'snippets differ');
  });

  it('understands lay words and misspellings', async () => {
    const lay = await api(`q=${encodeURIComponent('my doctor says my blood sugar is too high, what are the signs of diabetes')}`);
    assert.ok(lay.results.slice(0, 3).some((r) => r.slug === 'symptoms-of-type-2-diabetes'), JSON.stringify(lay.results.slice(0, 3).map((r) => r.slug)));
    const typo = await api(`q=${encodeURIComponent('miscarrage symptoms')}`);
    assert.equal(typo.didYouMean, 'miscarriage symptoms');
    assert.equal(typo.results[0]?.slug, 'symptoms-of-miscarriage');
  });

  it('explains each result on request', async () => {
    const body = await api(`q=${encodeURIComponent('how is high blood pressure treated')}&explain=1`);
    const names = body.results[0]!.signals!.map((s) => s.name);
    assert.ok(names.includes('text') && names.includes('topic'), names.join(','));
  });

  it('filters by facet and pages with limit and offset', async () => {
    const all = await api(`q=pain&limit=3`);
    assert.equal(all.results.length, 3);
    const category = all.facets.category[0]!;
    const filtered = await api(`q=pain&category=${encodeURIComponent(category.value)}&limit=50`);
    assert.ok(filtered.total <= all.total && filtered.total > 0);
    const second = await api(`q=pain&limit=3&offset=3`);
    assert.ok(!second.results.some((r) => all.results.some((a) => a.id === r.id)), 'page 2 repeats nothing from page 1');
  });

  it('renders the search page with highlighted snippets, facets and no index', async () => {
    const response = await fetch(`${site.origin}/search?q=${encodeURIComponent('back pain after miscarriage')}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-robots-tag'), 'noindex');
    const page = await response.text();
    assert.match(page, /href="\/articles\/causes-of-back-pain-after-a-miscarriage"/);
    assert.match(page, /<mark>/);
    assert.match(page, /name="robots" content="noindex"/);
  });

  it('suggests the A–Z index when nothing matches', async () => {
    const page = await (await fetch(`${site.origin}/search?q=zzzzqqqq`)).text();
    assert.match(page, /href="\/health-a-z\/?"/);
  });

  it('suggests topics and questions as the reader types', async () => {
    const response = await fetch(`${site.origin}/api/suggest?q=misc`);
    const body = (await response.json()) as { suggestions: { kind: string; label: string; path: string }[] };
    assert.ok(body.suggestions.some((s) => s.kind === 'topic' && s.path === '/topics/miscarriage'));
  });

  it('keeps suggesting once the reader types a question: the topic its last words start (they vanished at "what causes b…")', async () => {
    const suggest = async (q: string) =>
      ((await (await fetch(`${site.origin}/api/suggest?q=${encodeURIComponent(q)}`)).json()) as { suggestions: { kind: string; path: string }[] }).suggestions;
    assert.ok((await suggest('what causes misc')).some((s) => s.kind === 'topic' && s.path === '/topics/miscarriage'));
    assert.ok((await suggest('back pain after a misc')).some((s) => s.path === '/topics/miscarriage'));
    assert.deepEqual((await suggest('what is a')).filter((s) => s.kind === 'topic'), [], 'a lone question word names no topic');
  });

  it('refuses an empty API query with a clear error', async () => {
    const response = await fetch(`${site.origin}/api/search?q=%20`);
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /^q:/);
  });
});

describe('search rate limit', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite({ searchPerMinute: 5 });
  });
  after(async () => {
    await site?.close();
  });

  it('answers 429 past the per-client limit, on the API and the page', async () => {
    const responses: Response[] = [];
    for (let i = 0; i < 7; i++) responses.push(await fetch(`${site.origin}/api/search?q=pain${i}`));
    assert.deepEqual(responses.slice(0, 5).map((r) => r.status), [200, 200, 200, 200, 200]);
    assert.equal(responses[6]?.status, 429);
    const refused = (await responses[6]!.json()) as { error: { code: string; status: number; message: string } };
    assert.equal(refused.error.code, 'RATE_LIMITED');
    assert.equal(refused.error.status, 429);
    assert.match(refused.error.message, /^Too many searches: please wait \d+ seconds/);
    const page = await fetch(`${site.origin}/search?q=pain`);
    assert.equal(page.status, 429);
    assert.ok(page.headers.get('retry-after'));
    assert.match(await page.text(), /Too many searches/);
    assert.equal((await fetch(`${site.origin}/`)).status, 200, 'reading is never limited');
  });
});
