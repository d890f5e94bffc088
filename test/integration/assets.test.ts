import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { publicDir } from '../../src/project-files.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const contentHash = (file: string) => createHash('sha256').update(readFileSync(join(publicDir, file))).digest('base64url').slice(0, 12);

describe('static assets: fingerprinted by content, compressed', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  it('pages link each asset by a hash of its current content (ASSET_VERSION = "1" never changed)', async () => {
    const home = (await site.app.inject({ method: 'GET', url: '/' })).body;
    assert.ok(home.includes(`href="/assets/site.css?v=${contentHash('site.css')}"`), 'the stylesheet');
    assert.ok(home.includes(`href="/assets/favicon.svg?v=${contentHash('favicon.svg')}"`), 'the icon');
    const search = (await site.app.inject({ method: 'GET', url: '/search' })).body;
    assert.ok(search.includes(`src="/assets/search-suggest.js?v=${contentHash('search-suggest.js')}"`), 'the suggestion script');
  });

  it('caches the current URL for a year, immutable; any other version only briefly', async () => {
    const current = await site.app.inject({ method: 'GET', url: `/assets/site.css?v=${contentHash('site.css')}` });
    assert.equal(current.headers['cache-control'], 'public, max-age=31536000, immutable');
    for (const url of ['/assets/site.css?v=1', '/assets/site.css']) {
      const other = await site.app.inject({ method: 'GET', url });
      assert.equal(other.statusCode, 200, url);
      assert.equal(other.headers['cache-control'], 'public, max-age=300', url);
    }
  });

  for (const file of ['site.css', 'search-suggest.js', 'favicon.svg']) {
    it(`sends ${file} compressed, brotli or gzip as the client accepts`, async () => {
      const url = `/assets/${file}?v=${contentHash(file)}`;
      const original = readFileSync(join(publicDir, file));
      for (const [accept, encoding, decode] of [['gzip, deflate, br', 'br', brotliDecompressSync], ['gzip', 'gzip', gunzipSync]] as const) {
        const response = await site.app.inject({ method: 'GET', url, headers: { 'accept-encoding': accept } });
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['content-encoding'], encoding, accept);
        assert.match(String(response.headers.vary), /accept-encoding/i);
        assert.deepEqual(decode(response.rawPayload), original);
      }
      const plain = await site.app.inject({ method: 'GET', url });
      assert.equal(plain.headers['content-encoding'], undefined, 'identity when nothing is accepted');
      assert.deepEqual(plain.rawPayload, original);
    });
  }
});
