import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderArticlePage } from './article-page.js';
import { renderAzIndexPage } from './az-index-page.js';
import { selectAzEntries } from './az.js';
import { renderCategoryPage } from './category-page.js';
import { renderErrorPage } from './error-page.js';
import { makeArticle, makeCategory, makeIndexEntry, makeSite, makeSummary, makeTopic } from './fixtures.js';
import { renderHomePage } from './home-page.js';
import { count, urlAttributes } from './html-probe.js';
import type { SiteContext } from './site.js';
import { renderTagPage } from './tag-page.js';
import { renderTopicPage } from './topic-page.js';

/** One of every page, filled enough that every kind of link appears. */
function everyPage(site: SiteContext): [string, string][] {
  const summaries = [1, 2, 3].map((id) => makeSummary(id));
  const index = ['Acne', 'Asthma', 'Back pain', '22q11 deletion'].map((name) => makeIndexEntry(name, { synonyms: ['Other name'] }));
  const categories = [makeCategory(1), makeCategory(2, { parentId: 1, slug: 'category-1/category-2' })];
  const page = { items: summaries, total: 30 };
  return [
    ['home', renderHomePage(site, { topCategories: [categories[0]!], allCategories: categories, latest: summaries, letters: ['A', 'B', '#'], stats: { articles: 3, topics: 4 } })],
    ['article', renderArticlePage(site, {
      article: makeArticle(),
      breadcrumbs: [{ name: 'Home', path: '/' }, { name: 'What is anaemia?', path: '/articles/what-is-anaemia' }],
      neighbours: { previous: makeSummary(8), next: makeSummary(9) },
      related: summaries,
    })],
    ['topic', renderTopicPage(site, {
      topic: makeTopic(),
      breadcrumbs: [{ name: 'Home', path: '/' }, { name: 'Anaemia', path: '/topics/anaemia' }],
      groups: [{ questionType: 'information', label: 'Overview', articles: summaries }, { questionType: 'symptoms', label: 'Symptoms', articles: summaries }],
    })],
    ['category', renderCategoryPage(site, {
      category: categories[0]!, breadcrumbs: [{ name: 'Home', path: '/' }, { name: 'Category 1', path: '/categories/category-1' }],
      subcategories: [categories[1]!], page, pageNumber: 2, pageCount: 3, basePathForPages: '/categories/category-1',
    })],
    ['tag', renderTagPage(site, { tag: { slug: 'blood', name: 'Blood', articleCount: 30 }, page, pageNumber: 2, pageCount: 3 })],
    ['a-z', renderAzIndexPage(site, selectAzEntries(index, null))],
    ['a-z letter', renderAzIndexPage(site, selectAzEntries(index, 'A'))],
    ['404', renderErrorPage(site, { status: 404 })],
    ['500', renderErrorPage(site, { status: 500 })],
  ];
}

describe('every page', () => {
  for (const [name, html] of everyPage(makeSite())) {
    describe(name, () => {
      it('is a complete English document with the shared head', () => {
        assert.ok(html.startsWith('<!doctype html><html lang="en">'));
        assert.ok(html.includes('<meta charset="utf-8"/>'));
        assert.ok(html.includes('<meta name="viewport" content="width=device-width, initial-scale=1"/>'));
        assert.match(html, /<title>[^<]+ · healthpress<\/title>/);
        assert.match(html, /<meta name="description" content="[^"]+"\/>/);
        assert.ok(html.includes('<link rel="stylesheet" href="/sub/assets/site.css?v=abc123"/>'));
        assert.ok(html.includes('<link rel="icon" type="image/svg+xml" href="/sub/assets/favicon.svg?v=abc123"/>'));
        assert.match(html, /<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="\/sub\/feed.xml"\/>/);
      });

      it('starts with a skip link to #main and has the landmarks', () => {
        const body = html.slice(html.indexOf('<body>'));
        assert.ok(body.startsWith('<body><a class="skip-link" href="#main">Skip to main content</a>'));
        assert.equal(count(html, /<main id="main"/), 1);
        assert.equal(count(html, /<header class="site-header"/), 1);
        assert.equal(count(html, /<nav class="site-nav" aria-label="Main"/), 1);
        assert.equal(count(html, /<footer class="site-footer"/), 1);
        assert.ok(html.includes('Health information on this site is for general education and is not a substitute for advice from a doctor.'));
        assert.ok(html.includes('href="/sub/sitemap.xml"'));
      });

      it('has one h1 and never skips a heading level', () => {
        const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
        assert.equal(levels.filter((level) => level === 1).length, 1);
        assert.equal(levels[0], 1);
        levels.reduce((previous, level) => {
          assert.ok(level <= previous + 1, `h${previous} followed by h${level}`);
          return level;
        });
      });

      it('puts the base path in front of every root-relative href and src', () => {
        const urls = urlAttributes(html).filter((url) => url.startsWith('/'));
        assert.ok(urls.length > 3);
        for (const url of urls) assert.ok(url === '/sub' || url.startsWith('/sub/'), `${url} lacks the base path`);
      });
    });
  }

  it('makes no protocol-relative links when there is no base path', () => {
    for (const [name, html] of everyPage(makeSite({ basePath: '', baseUrl: 'http://localhost:3000' }))) {
      for (const url of urlAttributes(html)) assert.ok(!url.startsWith('//'), `${name}: ${url}`);
      assert.ok(html.includes('href="/assets/site.css?v=abc123"'), name);
    }
  });
});
