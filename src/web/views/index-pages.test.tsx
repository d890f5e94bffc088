import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderAzIndexPage } from './az-index-page.js';
import { azLetterOf, parseAzLetterSlug, selectAzEntries } from './az.js';
import { renderErrorPage } from './error-page.js';
import { makeCategory, makeIndexEntry, makeSite, makeSummary } from './fixtures.js';
import { renderHomePage } from './home-page.js';
import { elementWith, textOf } from './html-probe.js';

const site = makeSite();
const index = ['Back pain', 'acne', 'Asthma', '22q11 deletion', 'Ébola'].map((name) =>
  makeIndexEntry(name, { synonyms: name === 'acne' ? ['Pimples', 'Spots'] : [], articleCount: 2 }),
);

describe('A–Z helpers', () => {
  it('files names under their first letter, accents folded, others under #', () => {
    assert.deepEqual(['acne', 'Ébola', '22q11', '(x)'].map(azLetterOf), ['A', 'E', '#', '#']);
  });

  it('maps URL slugs to letters', () => {
    assert.equal(parseAzLetterSlug('b'), 'B');
    assert.equal(parseAzLetterSlug('0-9'), '#');
    assert.equal(parseAzLetterSlug('bb'), null);
  });

  it('shows everything when the index is small, else the first letter', () => {
    const all = selectAzEntries(index, null);
    assert.deepEqual(all.letters, ['A', 'B', 'E', '#']);
    assert.equal(all.currentLetter, null);
    assert.equal(all.entries.length, 5);
    const first = selectAzEntries(index, null, 2);
    assert.equal(first.currentLetter, 'A');
    assert.deepEqual(first.entries.map((e) => e.name), ['acne', 'Asthma']);
  });
});

describe('A–Z page', () => {
  it('links only letters that have topics, and the current letter is marked', () => {
    const html = renderAzIndexPage(site, selectAzEntries(index, 'A'));
    const nav = elementWith(html, 'nav', 'aria-label="Topics by letter"') ?? '';
    assert.ok(nav.includes('<a href="/sub/health-a-z/a" aria-current="page">A</a>'));
    assert.ok(nav.includes('<a href="/sub/health-a-z/b">B</a>'));
    assert.ok(nav.includes('<span class="az-nav__empty">C</span>'));
    assert.ok(nav.includes('href="/sub/health-a-z/0-9"'));
    assert.ok(html.includes('<h1>Health A–Z: A</h1>'));
    assert.ok(html.includes('<a href="/sub/topics/acne">Acne</a>'));
    assert.ok(textOf(html).includes('Also called: Pimples, Spots'));
    assert.ok(!html.includes('Back pain'));
  });

  it('groups the whole index by letter with in-page letter links', () => {
    const html = renderAzIndexPage(site, selectAzEntries(index, null));
    assert.ok(html.includes('<a href="#letter-b">B</a>'));
    assert.ok(html.includes('<h2 id="letter-0-9">Numbers and symbols</h2>'));
    assert.ok(html.includes('<link rel="canonical" href="https://health.example/sub/health-a-z/"/>'));
  });
});

describe('home page', () => {
  it('shows categories with their children, the A–Z and the latest articles', () => {
    const html = renderHomePage(site, {
      topCategories: [makeCategory(1, { name: "Women's health", slug: 'womens-health' })],
      allCategories: [makeCategory(1), makeCategory(2, { name: 'Pregnancy', slug: 'womens-health/pregnancy', parentId: 1 })],
      latest: [makeSummary(1)],
      letters: ['A'],
      stats: { articles: 1200, topics: 340 },
    });
    const categories = elementWith(html, 'section', 'id="categories"') ?? '';
    assert.ok(categories.includes(`<h3><a href="/sub/categories/womens-health">Women's health</a></h3>`));
    assert.ok(categories.includes('<a href="/sub/categories/womens-health/pregnancy">Pregnancy</a>'));
    assert.ok(html.includes('<a href="/sub/health-a-z/a">A</a>'));
    assert.ok(html.includes('1,200 articles on 340 health topics'));
    assert.ok(html.includes('href="/sub/articles/article-1"'));
  });
});

describe('error pages', () => {
  it('are friendly, unindexed and lead somewhere useful', () => {
    for (const status of [404, 500] as const) {
      const html = renderErrorPage(site, { status });
      assert.ok(html.includes('<meta name="robots" content="noindex"/>'));
      assert.ok(!html.includes('rel="canonical"'));
      assert.ok(html.includes('<a href="/sub/">go to the home page</a>'));
      assert.ok(html.includes('<a href="/sub/health-a-z/">find a topic in the Health A–Z</a>'));
    }
    assert.ok(renderErrorPage(site, { status: 404 }).includes('<h1>Page not found</h1>'));
    assert.ok(renderErrorPage(site, { status: 500 }).includes('<h1>Sorry, something went wrong</h1>'));
  });
});
