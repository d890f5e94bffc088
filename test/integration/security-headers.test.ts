import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

// What every response carried before helmet (web/security-headers.ts set them by hand), directive by directive.
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];
const EXPECTED = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  // helmet's form: the directives joined by ';' (the hand-written header had '; ').
  'content-security-policy': CSP_DIRECTIVES.join(';'),
};
// Helmet's other headers, all off: none of them was sent before.
const NOT_SENT = [
  'strict-transport-security',
  'cross-origin-embedder-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
  'x-powered-by',
];

describe('security headers (@fastify/helmet)', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  it('sends the same headers on every kind of response, a page-cache hit included', async () => {
    const urls = [
      '/',
      '/', // the second is a hit, replayed from the page cache
      '/articles/causes-of-back-pain-after-a-miscarriage',
      '/articles/no-such-article',
      '/categories/womens-health?page=abc',
      '/search?q=pain',
      '/api/articles',
      '/api/articles/no-such-article',
      '/api/search?q=pain',
      '/sitemap.xml',
      '/feed.xml',
      '/robots.txt',
      '/assets/site.css',
    ];
    for (const url of urls) {
      const response = await fetch(`${site.origin}${url}`);
      await response.arrayBuffer();
      for (const [name, value] of Object.entries(EXPECTED)) assert.equal(response.headers.get(name), value, `${name} of ${url}`);
      for (const name of NOT_SENT) assert.equal(response.headers.get(name), null, `${name} of ${url}`);
    }
  });
});
