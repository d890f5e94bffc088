import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MARK_END, MARK_START } from '../../search/search-index.js';
import type { SearchHit, SearchResponse } from '../../search/search-service.js';
import { renderErrorPage } from './error-page.js';
import { makeCategory, makeSite, makeSummary, XSS_TITLE } from './fixtures.js';
import { highlightParts } from './highlight.js';
import { renderHomePage } from './home-page.js';
import { count, decodeEntities, elementWith, textOf, urlAttributes } from './html-probe.js';
import { pagePath } from './pagination.js';
import { renderSearchPage, searchPath, type SearchPageData } from './search-page.js';

const site = makeSite();

function makeHit(id: number, overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    articleId: id,
    slug: `article-${id}`,
    title: `Article number ${id}`,
    topic: { name: 'anaemia', slug: 'anaemia' },
    questionType: 'symptoms',
    category: { name: 'Blood', slug: 'blood' },
    source: 'MedlinePlus',
    provenanceId: `medquad:${id}`,
    hasAnswer: true,
    score: 1,
    snippet: `People with ${MARK_START}anaemia${MARK_END} often feel ${MARK_START}tired${MARK_END}.`,
    ...overrides,
  };
}

function makeResponse(overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    query: 'anaemia tired',
    truncated: false,
    total: 25,
    limit: 10,
    offset: 10,
    hits: [makeHit(11), makeHit(12, { hasAnswer: false, source: 'NIDDK', questionType: 'treatment' })],
    facets: {
      category: [
        { value: 'blood', label: 'Blood', count: 20 },
        { value: 'blood/anaemia', label: 'Anaemia', count: 5 },
      ],
      type: [
        { value: 'symptoms', label: 'symptoms', count: 15 },
        { value: 'treatment', label: 'treatment', count: 10 },
      ],
      source: [
        { value: 'MedlinePlus', label: 'MedlinePlus', count: 22 },
        { value: 'NIDDK', label: 'NIDDK', count: 3 },
      ],
    },
    didYouMean: null,
    understood: {
      topics: [{ name: 'anaemia', slug: 'anaemia', matched: 'anaemia' }],
      questionTypes: ['symptoms'],
      corrections: [],
      terms: ['anaemia', 'tired'],
    },
    ...overrides,
  };
}

function render(data: Partial<SearchPageData> = {}, s = site): string {
  return renderSearchPage(s, {
    q: 'anaemia tired',
    filters: {},
    response: makeResponse(),
    pageNumber: 2,
    pageCount: 3,
    ...data,
  });
}

const facets = (html: string) => elementWith(html, 'aside', 'aria-labelledby="facets-heading"') ?? '';
const pagination = (html: string) => elementWith(html, 'nav', 'aria-label="Pagination"') ?? '';
const results = (html: string) => elementWith(html, 'ol', 'class="search-result-list"') ?? '';
const hrefs = (fragment: string) => urlAttributes(fragment);
const params = (url: string) => Object.fromEntries(new URL(url, 'https://x.example').searchParams);

describe('highlightParts', () => {
  it('turns marker pairs into marked parts and drops the markers', () => {
    assert.deepEqual(highlightParts(`a ${MARK_START}b${MARK_END} c`), [
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
      { text: ' c', marked: false },
    ]);
  });

  it('tolerates stray, nested and unclosed markers', () => {
    assert.deepEqual(highlightParts(`${MARK_END}x${MARK_START}${MARK_START}y${MARK_END}${MARK_END}z${MARK_START}w`), [
      { text: 'x', marked: false },
      { text: 'y', marked: true },
      { text: 'z', marked: false },
      { text: 'w', marked: true },
    ]);
    assert.deepEqual(highlightParts(`${MARK_START}${MARK_END}`), []);
  });
});

describe('search page: results', () => {
  const html = render();

  it('is a noindex page titled after the query, with no canonical link', () => {
    assert.ok(html.includes('<meta name="robots" content="noindex"/>'));
    assert.ok(!html.includes('rel="canonical"'));
    assert.match(html, /<title>Search: anaemia tired \(page 2 of 3\) · healthpress<\/title>/);
    assert.ok(html.includes('<h1>Search</h1>'));
  });

  it('keeps the query in a labelled search input that posts to the search page', () => {
    const form = elementWith(html, 'form', 'class="search-form search-form--page"') ?? '';
    assert.ok(form.includes('action="/sub/search"') && form.includes('method="get"'));
    assert.match(form, /<label class="search-form__label" for="search-q">[^<]+<\/label>/);
    const input = /<input[^>]*id="search-q"[^>]*>/.exec(form)?.[0] ?? '';
    for (const attribute of ['type="search"', 'name="q"', 'value="anaemia tired"', 'autocomplete="off"', 'maxlength="4000"']) {
      assert.ok(input.includes(attribute), `${attribute} in ${input}`);
    }
    assert.ok(input.includes('data-suggest-url="/sub/api/suggest"'));
    assert.ok(form.includes('<button class="search-form__button" type="submit">Search</button>'));
    assert.ok(!form.includes('type="hidden"'), 'a new query starts without filters');
  });

  it('loads the suggestion script as an external, deferred file', () => {
    assert.ok(html.includes('<script src="/sub/assets/search-suggest.js?v=abc123" defer></script>'));
    assert.equal(count(html, /<script\b/), 1);
  });

  it('counts the results and lists them in order, continuing the numbering', () => {
    assert.match(textOf(elementWith(html, 'h2', 'id="results-heading"') ?? ''), /^25 results for “anaemia tired”$/);
    assert.ok(html.includes('<ol class="search-result-list" start="11">'));
    assert.equal(count(results(html), /<li class="search-result">/), 2);
    assert.ok(results(html).includes('<a href="/sub/articles/article-11">Article number 11</a>'));
    assert.ok(textOf(html).includes('Showing 11–12 of 25'));
  });

  it('shows topic, type of answer and source, and flags answers only on the source site', () => {
    const [first, second] = results(html).split('<li class="search-result">').slice(1);
    assert.equal(textOf(/<p class="search-result__meta">.*?<\/p>/.exec(first ?? '')?.[0] ?? ''), 'AnaemiaSymptomsFrom MedlinePlus');
    assert.ok(!first?.includes('Answer on the source site'));
    assert.ok(second?.includes('<span class="search-result__linkout">Answer on the source site</span>'));
    assert.ok(second?.includes('Treatment'));
  });

  it('marks the matched words of the snippet', () => {
    assert.ok(html.includes('<p class="search-result__snippet">People with <mark>anaemia</mark> often feel <mark>tired</mark>.</p>'));
    assert.ok(!html.includes(MARK_START) && !html.includes(MARK_END));
  });

  it('says what it understood, linking the topic', () => {
    const understood = elementWith(html, 'p', 'class="search-understood"') ?? '';
    // The kind of answer ranks, it does not filter: the words say "first", never "answer:" (issue 14).
    assert.equal(textOf(understood), 'Showing results about Anaemia; answers on symptoms first');
    assert.ok(understood.includes('<a href="/sub/topics/anaemia">Anaemia</a>'));
  });

  it('puts the facets in a labelled aside, with counts and the type labels readers know', () => {
    const aside = facets(html);
    assert.ok(aside.includes('<h2 id="facets-heading">Filter results</h2>'));
    assert.deepEqual([...aside.matchAll(/<h3 id="[^"]+">([^<]+)<\/h3>/g)].map((m) => m[1]), ['Category', 'Type of answer', 'Source']);
    assert.match(aside, /<a class="search-facet__link" href="[^"]*type=symptoms"[^>]*>Symptoms <span class="count">\(15\)<\/span><\/a>/);
    assert.ok(!aside.includes('aria-current'), 'nothing is active without filters');
    assert.ok(!aside.includes('search-facet__clear'));
  });

  it('paginates with the query in every page link, page 1 without a page number', () => {
    const nav = pagination(html);
    const links = hrefs(nav);
    assert.ok(links.length >= 3);
    for (const link of links) {
      assert.ok(link.startsWith('/sub/search?q=anaemia+tired'), link);
    }
    assert.ok(nav.includes('href="/sub/search?q=anaemia+tired" rel="prev"'));
    assert.ok(nav.includes('href="/sub/search?q=anaemia+tired&amp;page=3" rel="next"'));
  });
});

describe('search page: filters', () => {
  const filters = { category: 'blood/anaemia', source: 'NIDDK' };
  const html = render({ q: 'anaemia & iron', filters });

  it('facet links set their filter, keeping the query and the other filters', () => {
    const links = hrefs(facets(html)).map(params);
    const symptoms = links.find((p) => p.type === 'symptoms');
    assert.deepEqual(symptoms, { q: 'anaemia & iron', category: 'blood/anaemia', type: 'symptoms', source: 'NIDDK' });
    const blood = links.find((p) => p.category === 'blood');
    assert.deepEqual(blood, { q: 'anaemia & iron', category: 'blood', source: 'NIDDK' });
    assert.ok(links.every((p) => p.q === 'anaemia & iron' && p.page === undefined));
  });

  it('marks the active values and offers to clear each filter', () => {
    const aside = facets(html);
    assert.equal(count(aside, /aria-current="true"/), 2);
    assert.match(aside, /href="[^"]*category=blood%2Fanaemia[^"]*" aria-current="true">Anaemia /);
    const clears = [...aside.matchAll(/<a class="search-facet__clear" href="([^"]*)">Clear<span class="visually-hidden"> ([^<]*)<\/span><\/a>/g)];
    assert.deepEqual(clears.map((m) => m[2]), ['category filter', 'source filter']);
    assert.deepEqual(params(decodeEntities(clears[0]?.[1] ?? '')), { q: 'anaemia & iron', source: 'NIDDK' });
    assert.deepEqual(params(decodeEntities(clears[1]?.[1] ?? '')), { q: 'anaemia & iron', category: 'blood/anaemia' });
  });

  it('names the active filters beside the count, with a way to clear them all', () => {
    const active = elementWith(html, 'p', 'class="search-active-filters"') ?? '';
    assert.equal(textOf(active), 'Filtered by Category: Anaemia; Source: NIDDK. Clear all filters');
    assert.ok(active.includes('href="/sub/search?q=anaemia+%26+iron"'));
  });

  it('keeps the query and the filters in the pagination links', () => {
    for (const link of hrefs(pagination(html))) {
      const p = params(link);
      assert.equal(p.q, 'anaemia & iron');
      assert.equal(p.category, 'blood/anaemia');
      assert.equal(p.source, 'NIDDK');
    }
    assert.ok(pagination(html).includes('href="/sub/search?q=anaemia+%26+iron&amp;category=blood%2Fanaemia&amp;source=NIDDK&amp;page=3"'));
  });

  it('still shows an active filter that matched nothing, so it can be cleared', () => {
    const page = render({ filters: { type: 'outlook' } });
    assert.match(facets(page), /aria-current="true">Outlook <span class="count">\(0\)<\/span>/);
  });

  it('folds long facet lists but never hides the active value', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ value: `source-${i}`, label: `Source ${i}`, count: 10 - i }));
    const page = render({ filters: { source: 'source-9' }, response: makeResponse({ facets: { ...makeResponse().facets, source: many } }) });
    const aside = facets(page);
    const details = elementWith(aside, 'details', 'class="search-facet__more"') ?? '';
    assert.ok(textOf(details).startsWith('4 more source filters'));
    assert.ok(!details.includes('source-9'), 'the active value is shown before the fold');
    assert.match(aside, /source=source-9" aria-current="true"/);
  });
});

describe('search page: corrections and empty results', () => {
  it('links "did you mean" to a search for the corrected query and says what it corrected', () => {
    const html = render({
      q: 'anemai',
      filters: { type: 'symptoms' },
      response: makeResponse({ didYouMean: 'anaemia', understood: { ...makeResponse().understood, corrections: [{ from: 'anemai', to: 'anaemia' }] } }),
    });
    const didYouMean = elementWith(html, 'p', 'class="search-didyoumean"') ?? '';
    assert.equal(didYouMean, '<p class="search-didyoumean">Did you mean <a href="/sub/search?q=anaemia">anaemia</a>?</p>');
    assert.ok(textOf(html).includes('We read “anemai” as “anaemia”.'));
  });

  it('suggests what to try when nothing matched, the Health A–Z among it', () => {
    const html = render({ q: 'zzzq', pageNumber: 1, pageCount: 0, response: makeResponse({ total: 0, hits: [], offset: 0, didYouMean: 'buzz', understood: { topics: [], questionTypes: [], corrections: [], terms: [] } }) });
    assert.ok(html.includes('<h2 id="results-heading">No articles matched “zzzq”</h2>'));
    const text = textOf(html);
    assert.ok(text.includes('check the spelling'));
    assert.ok(text.includes('use fewer words'));
    assert.ok(html.includes('<a href="/sub/health-a-z/">Health A–Z</a>'));
    assert.ok(html.includes('<a href="/sub/search?q=buzz">buzz</a>'));
    assert.equal(facets(html), '', 'no facets for nothing');
    assert.equal(pagination(html), '');
    assert.ok(!html.includes('search-result-list'));
  });

  it('offers to drop the filters when the filters emptied the result', () => {
    const html = render({ q: 'iron', filters: { source: 'NIDDK' }, response: makeResponse({ total: 0, hits: [], offset: 0 }) });
    assert.ok(html.includes('No articles matched “iron” with these filters'));
    assert.ok(html.includes('<a href="/sub/search?q=iron">search again without filters</a>'));
    assert.notEqual(facets(html), '', 'the facets stay, so a filter can be changed');
  });

  it('says when a long question was cut', () => {
    assert.ok(render({ response: makeResponse({ truncated: true }) }).includes('only its first part was used'));
  });
});

describe('search page: before a query', () => {
  const html = render({ q: '', response: null, pageNumber: 1, pageCount: 0 });

  it('shows the form with an example question and a way to the A–Z', () => {
    assert.match(html, /<title>Search · healthpress<\/title>/);
    assert.ok(!/<input[^>]*\svalue/.test(html), 'no value before a query');
    assert.match(html, /<p class="search-form__hint" id="search-hint">Ask a question in your own words, e\.g\. “[^”]+”<\/p>/);
    assert.ok(html.includes('aria-describedby="search-hint"'));
    assert.ok(html.includes('<a href="/sub/health-a-z/">Health A–Z</a>'));
    assert.ok(!html.includes('results-heading') && !html.includes('<aside'));
    assert.ok(html.includes('<meta name="robots" content="noindex"/>'));
  });
});

describe('search page: hostile input', () => {
  it('escapes the query everywhere it is echoed', () => {
    const q = '"><script>alert(1)</script>';
    const html = render({ q, response: makeResponse({ didYouMean: '<b>x</b>' }) });
    assert.ok(!html.includes('<script>alert(1)'));
    assert.ok(!html.includes('<b>x</b>'));
    assert.ok(html.includes('value="&quot;>&lt;script>alert(1)&lt;/script>"'));
    assert.equal(decodeEntities(/<input[^>]*id="search-q"[^>]*value="([^"]*)"/.exec(html)?.[1] ?? ''), q);
    assert.equal(count(html, /<\/script>/), 1, 'only the suggestion script element');
  });

  it('keeps hostile snippets and titles as text, marks and all', () => {
    const html = render({
      response: makeResponse({
        hits: [makeHit(1, { title: XSS_TITLE, snippet: `<img src=x onerror=alert(1)> ${MARK_START}<b>bold</b>${MARK_END} &amp;` })],
      }),
    });
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('<b>bold'));
    assert.ok(html.includes('<p class="search-result__snippet">&lt;img src=x onerror=alert(1)> <mark>&lt;b>bold&lt;/b></mark> &amp;amp;</p>'));
    assert.ok(html.includes('Is &lt;script>alert(1)&lt;/script> safe?'));
  });

  it('shortens a very long query in the title but keeps all of it in the form', () => {
    const q = 'why '.repeat(500).trim();
    const html = render({ q });
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    assert.ok(title.length < 140, title);
    assert.ok(title.includes('…'));
    assert.ok(html.includes(`value="${q}"`));
  });
});

describe('search page: structure and base path', () => {
  const pages = [
    render({ filters: { type: 'symptoms' }, response: makeResponse({ didYouMean: 'anaemia' }) }),
    render({ q: 'zzzq', response: makeResponse({ total: 0, hits: [] }) }),
    render({ q: '', response: null }),
  ];

  it('puts the base path in front of every root-relative link', () => {
    for (const html of pages) {
      const urls = urlAttributes(html).filter((url) => url.startsWith('/'));
      for (const url of urls) assert.ok(url.startsWith('/sub/'), `${url} lacks the base path`);
      for (const action of html.matchAll(/action="([^"]*)"/g)) assert.ok(action[1]?.startsWith('/sub/'));
    }
  });

  it('works without a base path too', () => {
    const html = render({}, makeSite({ basePath: '', baseUrl: 'http://localhost:3000' }));
    for (const url of urlAttributes(html)) assert.ok(!url.startsWith('//'), url);
    assert.ok(html.includes('action="/search"'));
    assert.ok(html.includes('data-suggest-url="/api/suggest"'));
    assert.ok(html.includes('href="/articles/article-11"'));
  });

  it('has one h1, never skips a heading level, and unique ids', () => {
    for (const html of pages) {
      const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      assert.equal(levels.filter((level) => level === 1).length, 1);
      levels.reduce((previous, level) => {
        assert.ok(level <= previous + 1, `h${previous} followed by h${level}`);
        return level;
      });
      const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      assert.equal(new Set(ids).size, ids.length, `duplicate id in ${ids.join(' ')}`);
    }
  });

  it('labels every input', () => {
    for (const html of pages) {
      const ids = [...html.matchAll(/<input[^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
      assert.equal(ids.length, count(html, /<input\b/), 'every input has an id');
      for (const id of ids) assert.match(html, new RegExp(`<label [^>]*for="${id}">[^<]+</label>`), `label for ${id}`);
    }
  });
});

describe('pagePath', () => {
  it('appends the page to a base that already has a query string', () => {
    assert.equal(pagePath('/search?q=x', 1), '/search?q=x');
    assert.equal(pagePath('/search?q=x', 2), '/search?q=x&page=2');
    assert.equal(pagePath('/tags/blood', 2), '/tags/blood?page=2');
    assert.equal(pagePath('/tags/blood', 1), '/tags/blood');
  });

  it('is used with searchPath, which orders the parameters', () => {
    assert.equal(searchPath('a b', { source: 'S', category: 'c/d', type: 't' }), '/search?q=a+b&category=c%2Fd&type=t&source=S');
    assert.equal(searchPath('x', { category: '' }), '/search?q=x');
  });
});

describe('header search form on every page', () => {
  const pages: [string, string][] = [
    ['search', render()],
    ['404', renderErrorPage(site, { status: 404 })],
    ['500', renderErrorPage(site, { status: 500 })],
    ['home', renderHomePage(site, { topCategories: [makeCategory(1)], allCategories: [makeCategory(1)], latest: [makeSummary(1)], letters: ['A'], stats: { articles: 1, topics: 1 } })],
  ];

  for (const [name, html] of pages.filter(([n]) => n === '404' || n === '500')) {
    it(`${name}: is a labelled search landmark in the site header`, () => {
      const header = elementWith(html, 'header', 'class="site-header"') ?? '';
      const form = elementWith(header, 'form', 'role="search"') ?? '';
      assert.ok(form.includes('action="/sub/search"') && form.includes('method="get"'));
      assert.ok(form.includes('aria-label="Site"'));
      assert.ok(form.includes('<label class="visually-hidden" for="site-search-q">Search health information</label>'));
      assert.match(form, /<input class="search-form__input" type="search" name="q" id="site-search-q" autocomplete="off" maxlength="4000"/);
      assert.match(form, /placeholder="Search health information"/, 'the hidden label\'s words are visible in the box');
      assert.ok(form.includes('<button class="search-form__button" type="submit">Search</button>'));
      assert.equal(count(html, /role="search"/), 1, 'one search landmark per page');
    });
  }

  for (const [name, html] of pages.filter(([n]) => n === 'home' || n === 'search')) {
    it(`${name}: one search box, its own, which is the page's search landmark (the home page showed two)`, () => {
      assert.equal(elementWith(elementWith(html, 'header', 'class="site-header"') ?? '', 'form', 'role="search"'), null, 'no header box');
      assert.equal(count(html, /type="search"/), 1);
      const main = elementWith(html, 'main', 'id="main"') ?? '';
      assert.match(main, /<form class="search-form search-form--page" action="\/sub\/search" method="get" role="search" aria-label="Site">/);
    });
  }

  it('404 and home offer a search box of their own, with suggestions', () => {
    for (const [name, html] of pages.filter(([n]) => n === '404' || n === 'home')) {
      const main = elementWith(html, 'main', 'id="main"') ?? '';
      assert.match(main, /<form class="search-form search-form--page" action="\/sub\/search" method="get"/, name);
      assert.match(main, /<input [^>]*data-suggest data-suggest-url="\/sub\/api\/suggest" data-suggest-base="\/sub"/, name);
      assert.ok(html.includes('src="/sub/assets/search-suggest.js?v=abc123"'), name);
    }
  });

  it('500 page loads no script', () => {
    const html = pages.find(([n]) => n === '500')?.[1] ?? '';
    assert.ok(!html.includes('<script'));
  });
});
