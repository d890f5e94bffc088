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
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};
// Helmet's other headers, all off (HSTS belongs to whatever terminates TLS).
const NOT_SENT = [
  'strict-transport-security',
  'cross-origin-embedder-policy',
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

  it('a URL the framework cannot decode (/%ff) gets the site\'s 400 page with the site\'s headers, naming no framework', async () => {
    for (const [url, type] of [['/%ff', /^text\/html/], ['/articles/%ff%fe', /^text\/html/], ['/api/%ff', /^application\/json/]] as const) {
      const response = await fetch(`${site.origin}${url}`);
      const body = await response.text();
      assert.equal(response.status, 400, url);
      assert.match(String(response.headers.get('content-type')), type, url);
      for (const [name, value] of Object.entries(EXPECTED)) assert.equal(response.headers.get(name), value, `${name} of ${url}`);
      assert.equal(response.headers.get('cache-control'), 'no-store', url);
      assert.doesNotMatch(body, /fastify|FST_/i, url);
    }
    const page = await (await fetch(`${site.origin}/%ff`)).text();
    assert.match(page, /<html lang="en"/, 'the site\'s own error page');
    const json = (await (await fetch(`${site.origin}/api/%ff`)).json()) as { error: { code: string; status: number } };
    assert.deepEqual([json.error.code, json.error.status], ['BAD_REQUEST', 400]);
  });
});
