import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths } from './paths.js';

describe('paths', () => {
  it('encodes each slug segment and keeps a category path a path', () => {
    assert.equal(paths.article('causes-of-back-pain'), '/articles/causes-of-back-pain');
    assert.equal(paths.topic('背痛'), '/topics/%E8%83%8C%E7%97%9B');
    assert.equal(paths.category('womens-health/pregnancy'), '/categories/womens-health/pregnancy');
    assert.equal(paths.tag('a?b#c'), '/tags/a%3Fb%23c');
  });

  it('names the listing pages, A–Z letters and sitemap parts as the routes serve them', () => {
    assert.equal(paths.listingPage(paths.tag('blood'), 3), '/tags/blood/page/3');
    assert.equal(paths.azLetter('0-9'), '/health-a-z/0-9');
    assert.equal(paths.sitemapArticles(2), '/sitemaps/articles-2.xml');
  });
});
