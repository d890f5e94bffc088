import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderCategoryPage } from './category-page.js';
import { makeCategory, makeSite, makeSummary, makeTopic } from './fixtures.js';
import { count, elementWith, textOf } from './html-probe.js';
import { pageWindow } from './pagination.js';
import { renderTagPage } from './tag-page.js';
import { renderTopicPage } from './topic-page.js';

const site = makeSite();
const base = '/categories/womens-health/pregnancy';

function category(pageNumber: number, pageCount: number) {
  return renderCategoryPage(site, {
    category: makeCategory(1, { name: 'Pregnancy', slug: 'womens-health/pregnancy', description: 'Health during pregnancy.' }),
    breadcrumbs: [{ name: 'Home', path: '/' }, { name: 'Pregnancy', path: base }],
    subcategories: [makeCategory(2, { name: 'Miscarriage', slug: 'womens-health/pregnancy/miscarriage', articleCount: 4 })],
    page: { items: [makeSummary(1), makeSummary(2)], total: pageCount * 2 },
    pageNumber,
    pageCount,
    basePathForPages: base,
  });
}

const pagination = (html: string) => elementWith(html, 'nav', 'aria-label="Pagination"');

describe('category page', () => {
  it('shows the description, subcategories with counts and the articles', () => {
    const html = category(1, 1);
    assert.ok(html.includes('<h1>Pregnancy</h1>'));
    assert.ok(html.includes('Health during pregnancy.'));
    assert.match(html, /<a href="\/sub\/categories\/womens-health\/pregnancy\/miscarriage">Miscarriage<\/a> <span class="count">\(4 articles\)<\/span>/);
    assert.equal(count(html, /<li class="article-list__item">/), 2);
    assert.ok(html.includes('<time datetime="2026-03-12">12 March 2026</time>'));
    assert.ok(html.includes('Anaemia'), 'topic name is shown');
  });

  it('has no pagination for a single page', () => {
    const html = category(1, 1);
    assert.equal(pagination(html), null);
    assert.ok(!html.includes('rel="prev"') && !html.includes('rel="next"'));
  });

  it('links neighbouring pages with rel in the nav and in the head', () => {
    const html = category(3, 5);
    const nav = pagination(html) ?? '';
    assert.ok(nav.includes(`<a href="/sub${base}?page=2" rel="prev">`));
    assert.ok(nav.includes(`<a href="/sub${base}?page=4" rel="next">`));
    assert.match(nav, new RegExp(`<a href="/sub${base}\\?page=3" aria-current="page">`));
    assert.ok(nav.includes(`<a href="/sub${base}">`), 'page 1 has no query string');
    const head = html.slice(0, html.indexOf('</head>'));
    assert.ok(head.includes(`<link rel="prev" href="https://health.example/sub${base}?page=2"/>`));
    assert.ok(head.includes(`<link rel="next" href="https://health.example/sub${base}?page=4"/>`));
    assert.ok(head.includes(`<link rel="canonical" href="https://health.example/sub${base}?page=3"/>`));
    assert.match(html, /<title>Pregnancy \(page 3 of 5\) · healthpress<\/title>/);
  });

  it('has no prev on the first page and no next on the last', () => {
    const first = category(1, 5);
    assert.ok(!first.includes('rel="prev"') && first.includes('rel="next"'));
    assert.ok(first.includes(`<link rel="canonical" href="https://health.example/sub${base}"/>`));
    const last = category(5, 5);
    assert.ok(last.includes('rel="prev"') && !last.includes('rel="next"'));
  });

  it('says so when there are no articles', () => {
    const html = renderCategoryPage(site, {
      category: makeCategory(1), breadcrumbs: [], subcategories: [], page: { items: [], total: 0 },
      pageNumber: 1, pageCount: 0, basePathForPages: '/categories/category-1',
    });
    assert.ok(html.includes('There are no articles in this category yet.'));
  });
});

describe('pageWindow', () => {
  it('keeps the ends and a window round the current page, marking gaps once', () => {
    assert.deepEqual(pageWindow(6, 20), [1, null, 4, 5, 6, 7, 8, null, 20]);
    assert.deepEqual(pageWindow(1, 4), [1, 2, 3, 4]);
  });
});

describe('tag page', () => {
  it('lists the tagged articles with pagination', () => {
    const html = renderTagPage(site, { tag: { slug: 'blood', name: 'Blood', articleCount: 25 }, page: { items: [makeSummary(1)], total: 25 }, pageNumber: 1, pageCount: 3 });
    assert.ok(html.includes('<h1>Blood</h1>'));
    assert.ok(html.includes('<a href="/sub/tags/blood?page=2" rel="next">'));
    assert.ok(html.includes('<link rel="next" href="https://health.example/sub/tags/blood?page=2"/>'));
    assert.ok(html.includes('<link rel="canonical" href="https://health.example/sub/tags/blood"/>'));
  });
});

describe('topic page', () => {
  const html = renderTopicPage(site, {
    topic: makeTopic(),
    breadcrumbs: [{ name: 'Home', path: '/' }, { name: 'Anaemia', path: '/topics/anaemia' }],
    groups: [
      { questionType: 'treatment', label: 'Treatment', articles: [makeSummary(3, { title: 'How is it treated?' })] },
      { questionType: 'causes', label: 'Causes', articles: [] },
      { questionType: 'information', label: 'Overview', articles: [makeSummary(1, { title: 'What is it?' })] },
      { questionType: 'symptoms', label: 'Symptoms', articles: [makeSummary(2, { title: 'What are the symptoms?' })] },
    ],
  });

  it('reads like an encyclopedia entry', () => {
    assert.ok(html.includes('<h1>Anaemia</h1>'));
    assert.ok(textOf(html).includes('Also called: Anemia, Low red blood cell count'));
    assert.ok(html.includes('A condition where you lack enough healthy red blood cells'));
    // The semantic group is our taxonomy's word, not a reader's (issue 14: "Type: Disorders"); it types JSON-LD only.
    assert.ok(!textOf(html).includes('Disorders'));
  });

  it('has one section per non-empty group, in reading order', () => {
    const headings = [...html.matchAll(/<h2 id="section-[^"]*">([^<]*)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(headings, ['Overview', 'Symptoms', 'Treatment']);
    assert.ok(html.includes('<a href="#section-symptoms">Symptoms</a>'));
    assert.ok(html.includes('<a class="article-list__title" href="/sub/articles/article-2">What are the symptoms?</a>'));
  });
});
