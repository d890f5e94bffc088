import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../content/article.js';
import type { Neighbours } from '../published-catalogue.js';
import { renderArticlePage } from './article-page.js';
import { makeArticle, makeSite, makeSummary, XSS_TITLE } from './fixtures.js';
import { count, elementWith, jsonLdBlocks, textOf, urlAttributes } from './html-probe.js';

const site = makeSite();
const noNeighbours: Neighbours = { previous: null, next: null };

function render(article: Partial<Article> = {}, extra: { neighbours?: Neighbours; related?: number } = {}) {
  return renderArticlePage(site, {
    article: makeArticle(article),
    breadcrumbs: [
      { name: 'Home', path: '/' },
      { name: 'Blood', path: '/categories/blood' },
      { name: article.title ?? 'What is anaemia?', path: '/articles/what-is-anaemia' },
    ],
    neighbours: extra.neighbours ?? noNeighbours,
    related: Array.from({ length: extra.related ?? 0 }, (_, i) => makeSummary(100 + i)),
  });
}

type JsonLd = Record<string, unknown> & { about?: { '@type': string; name: string } };

describe('article page', () => {
  it('escapes a hostile title everywhere it appears, JSON-LD included', () => {
    const html = render({ title: XSS_TITLE });
    assert.ok(!html.includes('<script>alert(1)'), 'raw script tag must not appear');
    assert.ok(html.includes('<h1>Is &lt;script>alert(1)&lt;/script> safe?</h1>'));
    assert.match(html, /<title>Is &lt;script>alert\(1\)&lt;\/script> safe\? · healthpress<\/title>/);
    const [ld] = jsonLdBlocks(html) as JsonLd[];
    assert.equal(ld?.name, XSS_TITLE, 'JSON-LD keeps the real title after parsing');
    assert.equal(count(html, /<\/script>/), 1, 'only the JSON-LD element itself closes a script');
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    assert.ok(!script.includes('<'), 'no markup can start inside the JSON-LD text');
  });

  it('says so when no review date is recorded, instead of hiding it', () => {
    assert.ok(render({ lastReviewedAt: null }).includes('No review date recorded'));
    assert.ok(!render({ lastReviewedAt: '2026-03-12' }).includes('No review date recorded'));
  });

  it('has MedicalWebPage JSON-LD with review dates, topic and citations', () => {
    const [ld, ...rest] = jsonLdBlocks(render()) as JsonLd[];
    assert.equal(rest.length, 0);
    assert.equal(ld?.['@type'], 'MedicalWebPage');
    assert.equal(ld?.lastReviewed, '2026-03-12');
    assert.equal(ld?.dateModified, '2026-01-20T10:00:00Z');
    assert.equal(ld?.datePublished, '2025-11-02T09:30:00Z');
    assert.deepEqual(ld?.about, { '@type': 'MedicalCondition', name: 'Anaemia' });
    assert.equal(ld?.url, 'https://health.example/sub/articles/what-is-anaemia');
    assert.equal((ld?.citation as unknown[]).length, 2);
    assert.ok(JSON.stringify(ld?.isBasedOn).includes('MedQuAD'));
  });

  it('types what the page is about by its topic\'s semantic group: a pregnancy is no MedicalCondition', () => {
    const about = (semanticGroup: string | null) => (jsonLdBlocks(render({ topic: { id: 8, slug: 'pregnancy', name: 'Pregnancy', semanticGroup } })) as JsonLd[])[0]?.about;
    assert.deepEqual(about('Physiology'), { '@type': 'MedicalEntity', name: 'Pregnancy' });
    assert.equal(about('Chemicals & Drugs')?.['@type'], 'Drug');
    assert.equal(about(null)?.['@type'], 'MedicalEntity');
  });

  it('names the site as publisher and gives the licence as a URL, or none when it is not one', () => {
    const ld = (article: Partial<Article>, siteOverrides = {}) => (jsonLdBlocks(renderArticlePage(makeSite(siteOverrides), {
      article: makeArticle(article), breadcrumbs: [], neighbours: noNeighbours, related: [],
    })) as JsonLd[])[0]!;
    assert.deepEqual(ld({}).publisher, { '@type': 'Organization', name: 'healthpress', url: 'https://health.example/sub/' });
    const medquad = { id: 'medquad:1_CancerGov_QA/0000001#1', sourceSite: 'cancer.gov', sourceUrl: null, licence: 'CC BY 4.0' };
    assert.equal(ld({ provenance: medquad }).license, 'https://creativecommons.org/licenses/by/4.0/');
    assert.equal(ld({}).license, undefined, 'a licence in words only ("Public domain …") is no URL');
    const own = { id: 'newsroom:1', sourceSite: 'healthpress', sourceUrl: null, licence: 'healthpress' };
    assert.equal(ld({ provenance: own }, { licenceUrl: 'https://health.example/terms' }).license, 'https://health.example/terms', 'the site\'s own content: the site\'s licence');
    assert.equal(ld({ provenance: own }).license, undefined, 'no site licence set: none');
  });

  it('leaves about out of the JSON-LD when the article has no topic', () => {
    const [ld] = jsonLdBlocks(render({ topic: null })) as JsonLd[];
    assert.equal(ld?.about, undefined);
  });

  it('has canonical and Open Graph tags', () => {
    const html = render();
    assert.ok(html.includes('<link rel="canonical" href="https://health.example/sub/articles/what-is-anaemia"/>'));
    assert.ok(html.includes('<meta property="og:type" content="article"/>'));
    assert.ok(html.includes('<meta property="og:url" content="https://health.example/sub/articles/what-is-anaemia"/>'));
    assert.ok(html.includes('<meta property="og:site_name" content="healthpress"/>'));
    const description = /<meta property="og:description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.ok(description.length > 0 && Array.from(description).length <= 160);
  });

  it('shows topic, question type and readable dates in <time> elements', () => {
    const html = render();
    assert.ok(html.includes('href="/sub/topics/anaemia"'));
    assert.ok(html.includes('Overview'));
    assert.ok(html.includes('Last reviewed <time datetime="2026-03-12">12 March 2026</time>'));
    assert.ok(html.includes('Updated <time datetime="2026-01-20T10:00:00.000Z">20 January 2026</time>'));
    assert.ok(html.includes('Published <time datetime="2025-11-02T09:30:00.000Z">2 November 2025</time>'));
  });

  it('labels sample content, and only sample content', () => {
    const notice = 'Sample content written for the healthpress demo — not medical advice.';
    assert.ok(render({ isSample: true }).includes(notice));
    assert.ok(!render({ isSample: false }).includes(notice));
  });

  it('points to the source when the answer was withheld', () => {
    const html = render({ hasAnswer: false, bodyHtml: '' });
    const notice = elementWith(html, 'div', 'class="notice notice--info"') ?? '';
    assert.match(notice, /not reproduced on this site/);
    assert.ok(notice.includes('href="https://medlineplus.gov/anemia.html"'));
    assert.ok(!html.includes('article__body'));
  });

  it('inserts the sanitised body as HTML', () => {
    assert.ok(render().includes('<h2>Symptoms</h2><p>Tiredness and <a href="https://example.org/x">'));
  });

  it('lists sources as links, drops non-http URLs, and credits provenance and MedQuAD', () => {
    const html = render();
    const sources = elementWith(html, 'section', 'class="sources"') ?? '';
    assert.ok(sources.includes('<a href="https://medlineplus.gov/anemia.html">Anemia</a>'));
    assert.ok(!html.includes('javascript:'), 'a javascript: source URL must not become a link');
    assert.ok(textOf(sources).includes('Bad source'));
    assert.ok(textOf(sources).includes('Licence: Public domain (U.S. government work)'));
    assert.ok(textOf(sources).includes('MedQuAD, Ben Abacha & Demner-Fushman, 2019, CC BY 4.0'));
    assert.ok(html.includes('data-provenance-id="medquad:1_CancerGov_QA/0000001#1"'), 'for editors, tools and the API');
    assert.ok(!textOf(sources).includes('Content ID') && !textOf(sources).includes('medquad:1_CancerGov_QA'), 'issue 14: readers are not shown our internal id');
  });

  it('does not credit MedQuAD for other sources', () => {
    const html = render({ provenance: { id: 'sample:1', sourceSite: 'healthpress', sourceUrl: null, licence: 'CC BY 4.0' } });
    assert.ok(!html.includes('MedQuAD'));
    assert.ok(html.includes('data-provenance-id="sample:1"'));
  });

  it('links tags', () => {
    assert.ok(render().includes('<a href="/sub/tags/fatigue">Fatigue</a>'));
  });
});

describe('previous and next links', () => {
  const nav = (html: string) => elementWith(html, 'nav', 'aria-label="Previous and next articles"');

  it('shows both titles with rel links in the middle of a sequence', () => {
    const html = render({}, { neighbours: { previous: makeSummary(2), next: makeSummary(3) } });
    const block = nav(html) ?? '';
    assert.match(block, /<a href="\/sub\/articles\/article-2" rel="prev">[\s\S]*Article number 2/);
    assert.match(block, /<a href="\/sub\/articles\/article-3" rel="next">[\s\S]*Article number 3/);
  });

  it('renders nothing for a missing end', () => {
    const first = nav(render({}, { neighbours: { previous: null, next: makeSummary(3) } })) ?? '';
    assert.ok(!first.includes('rel="prev"') && first.includes('rel="next"'));
    const last = nav(render({}, { neighbours: { previous: makeSummary(2), next: null } })) ?? '';
    assert.ok(last.includes('rel="prev"') && !last.includes('rel="next"'));
    assert.equal(nav(render()), null);
  });
});

describe('Recommended block', () => {
  const block = (html: string) => elementWith(html, 'section', 'aria-labelledby="recommended-heading"');

  it('shows at most 13 titles, each linked with an excerpt no longer than the site setting', () => {
    const section = block(render({}, { related: 20 })) ?? '';
    assert.ok(section.includes('<h2 id="recommended-heading">Recommended</h2>'));
    assert.equal(count(section, /<li class="recommended__item">/), 13);
    const excerpts = [...section.matchAll(/<p class="recommended__excerpt">([^<]*)<\/p>/g)].map((m) => textOf(m[1] ?? ''));
    assert.equal(excerpts.length, 13);
    for (const text of excerpts) {
      assert.ok(Array.from(text).length <= site.excerptLength, `"${text}" is longer than ${site.excerptLength}`);
      assert.ok(text.endsWith('…'));
    }
    assert.ok(section.includes('<a href="/sub/articles/article-100">Article number 100</a>'));
  });

  it('follows a different excerpt length', () => {
    const html = renderArticlePage(makeSite({ excerptLength: 20 }), {
      article: makeArticle(), breadcrumbs: [], neighbours: noNeighbours, related: [makeSummary(5)],
    });
    const text = /<p class="recommended__excerpt">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
    assert.ok(text.length > 0 && Array.from(text).length <= 20);
  });

  it('is left out when there is nothing to recommend', () => {
    assert.equal(block(render({}, { related: 0 })), null);
  });

  it('keeps every internal link under the base path', () => {
    for (const url of urlAttributes(render({}, { related: 3 }))) {
      if (url.startsWith('/')) assert.ok(url.startsWith('/sub/'), url);
    }
  });
});

describe('article page: our clinical review', () => {
  const reviewed = { lastReviewedAt: '2026-03-12T10:00:00.000Z', reviewedBy: { name: 'Dr Sample Reviewer (fictional)', credential: 'GP' }, reviewIntervalMonths: 6 };
  it('names our reviewer and the next review due (last reviewed + the article\'s interval), in the page and its JSON-LD', () => {
    const html = render(reviewed);
    assert.match(textOf(html), /Next review due\s*12 September 2026/);
    assert.match(textOf(html), /Clinically reviewed by Dr Sample Reviewer \(fictional\), GP/);
    const page = jsonLdBlocks(html).flatMap((block) => (Array.isArray(block) ? block : [block])).find((b) => (b as JsonLd)['@type'] === 'MedicalWebPage') as JsonLd;
    assert.deepEqual(page.reviewedBy, { '@type': 'Person', name: 'Dr Sample Reviewer (fictional)', jobTitle: 'GP' });
  });
  it('claims no reviewer and no next review for a page our reviewers never signed off (an import\'s own dates are provenance)', () => {
    const html = render({ lastReviewedAt: '2026-03-12', reviewedBy: null });
    assert.doesNotMatch(textOf(html), /Next review due|Clinically reviewed by/);
    assert.doesNotMatch(html, /"reviewedBy"/);
  });
});
