import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { internalLinks } from './links.js';

const site = { baseUrl: 'https://example.org/health', basePath: '/health' };

describe('internalLinks', () => {
  it('reads href and src of a page as request paths, entities decoded, leaving other sites out', () => {
    const page = '<link rel="stylesheet" href="/health/assets/site.css?v=1"/><a href="/health/tags/a?x=1&amp;y=&#50;#top">t</a>'
      + '<img src="https://example.org/health/i.svg"><a href="https://other.example/x">o</a><a href="#main">m</a>'
      + '<a href="/elsewhere">e</a><a data-href="/health/not-a-link">d</a>';
    assert.deepEqual(internalLinks(page, 'text/html; charset=utf-8', site), ['/assets/site.css', '/tags/a?x=1&y=2', '/i.svg']);
  });

  it('reads <loc> of a sitemap and <link href> of a feed', () => {
    const sitemap = '<urlset><url><loc>https://example.org/health/a?b=1&amp;c=2</loc></url></urlset>';
    assert.deepEqual(internalLinks(sitemap, 'application/xml', site), ['/a?b=1&c=2']);
    const feed = '<feed><link rel="self" href="https://example.org/health/feed.xml"/><entry><link href="https://example.org/health/articles/x"/></entry></feed>';
    assert.deepEqual(internalLinks(feed, 'application/atom+xml', site), ['/feed.xml', '/articles/x']);
  });

  it('reads nothing from other types', () => {
    assert.deepEqual(internalLinks('a href="/health/x"', 'text/plain', site), []);
  });
});
