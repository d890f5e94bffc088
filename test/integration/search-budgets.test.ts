import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PROXY = '203.0.113.7';

/** One search through the proxy at PROXY for the reader at `reader` (X-Forwarded-For). */
async function searchAs(site: RunningSite, reader: string, path = '/api/search?q=pain'): Promise<number> {
  const response = await site.app.inject({ method: 'GET', url: path, remoteAddress: PROXY, headers: { 'x-forwarded-for': reader } });
  return response.statusCode;
}

async function statuses(site: RunningSite, reader: string, count: number, path?: string): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i++) result.push(await searchAs(site, reader, path));
  return result;
}

describe('search budgets behind a proxy (HEALTHPRESS_TRUST_PROXY)', () => {
  it('with trustProxy on, two readers behind one proxy have separate search budgets', async () => {
    const site = await startDemoSite({ searchPerMinute: 3, trustProxy: [PROXY] });
    try {
      assert.deepEqual(await statuses(site, '198.51.100.1', 4), [200, 200, 200, 429]);
      assert.deepEqual(await statuses(site, '198.51.100.2', 3), [200, 200, 200], 'the second reader has a budget of their own');
    } finally {
      await site.close();
    }
  });

  it('with trustProxy off (the default), everyone behind the proxy shares its one budget', async () => {
    const site = await startDemoSite({ searchPerMinute: 3 });
    try {
      assert.deepEqual(await statuses(site, '198.51.100.1', 3), [200, 200, 200]);
      assert.deepEqual(await statuses(site, '198.51.100.2', 1), [429], 'X-Forwarded-For is not believed');
    } finally {
      await site.close();
    }
  });
});

describe('suggestions have a budget of their own', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite({ searchPerMinute: 3, suggestPerMinute: 6 });
  });
  after(async () => {
    await site?.close();
  });

  it('typing (suggestions) spends nothing of the search budget, and has the higher budget it is given', async () => {
    assert.deepEqual(await statuses(site, 'ignored', 6, '/api/suggest?q=back'), [200, 200, 200, 200, 200, 200]);
    assert.deepEqual(await statuses(site, 'ignored', 4), [200, 200, 200, 429], 'searches still have all three');
    assert.deepEqual(await statuses(site, 'ignored', 1, '/api/suggest?q=back'), [429], 'and suggestions stop at theirs');
  });
});

describe('search responses are compressed', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const path of ['/search?q=back+pain', '/api/search?q=back+pain']) {
    it(`${path}: brotli or gzip as the client accepts, decompressing to the plain response`, async () => {
      const plain = await site.app.inject({ method: 'GET', url: path });
      assert.equal(plain.statusCode, 200);
      assert.equal(plain.headers['content-encoding'], undefined);
      for (const [accept, encoding, decode] of [['br', 'br', brotliDecompressSync], ['gzip', 'gzip', gunzipSync]] as const) {
        const response = await site.app.inject({ method: 'GET', url: path, headers: { 'accept-encoding': accept } });
        assert.equal(response.headers['content-encoding'], encoding, accept);
        assert.match(String(response.headers.vary), /accept-encoding/i);
        assert.ok(response.rawPayload.length < plain.rawPayload.length / 2, `${encoding} is smaller`);
        assert.equal(decode(response.rawPayload).toString(), plain.body);
      }
    });
  }
});
