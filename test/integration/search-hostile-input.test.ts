import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const HOSTILE = [
  '"', '""', '"unterminated', "'", '*', '^', '^back', 'back*', '(', ')', '((', '))', '()', '{', '}', '[', ']', ':', 'title:', 'title:pain',
  'body:"x"', '{title body}: pain', '- pain', '+pain', 'NOT', 'AND', 'OR', 'NEAR', 'NEAR(back pain, 2)', 'back AND OR pain', 'pain NOT', 'a OR b AND c NOT d',
  'rowid:1', 'articles_fts', "'; drop table articles; --", '1=1', '%', '_', '\\', '\\"', '\u0000', '\u0000pain', '\u001b[31mred', '\u0007\u0008',
  '\ud83d', '\ude00', 'pain \ud83d pain', '😀', '👩‍⚕️🤰', '🩺 back pain after 🤕 miscarriage?', 'ｐａｉｎ', '背痛', 'ألم الظهر', 'боль в спине', 'x'.repeat(5000),
  'back pain '.repeat(1000), '?'.repeat(3000), ' ', '\t\n', '<script>alert(1)</script>', '&lt;', '%00', '%', 'NULL', 'undefined', '{"$gt":""}',
];

function randomString(seed: number): string {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pieces = ['"', '*', '^', '(', ')', ':', 'AND', 'OR', 'NOT', 'NEAR', ' ', 'pain', 'back', '\u0000', '😀', '\ud800', '-', '+', '{', '}', 'title', "'", '\\', 'é', '中'];
  const length = Math.floor(next() * 30);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += next() < 0.5 ? pieces[Math.floor(next() * pieces.length)] : String.fromCharCode(Math.floor(next() * 0xffff));
  }
  return text;
}

describe('nothing a reader types breaks search', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  it('answers every hostile and random string normally, on the API and the page', async () => {
    const inputs = [...HOSTILE, ...Array.from({ length: 3000 }, (_, i) => randomString(i + 1))];
    for (const q of inputs) {
      const encoded = encodeURIComponent(q.replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => {
        // encodeURIComponent refuses lone surrogates; send them as the replacement a browser would.
        const code = c.charCodeAt(0);
        const paired = code < 0xdc00 ? /[\udc00-\udfff]/.test(s[i + 1] ?? '') : /[\ud800-\udbff]/.test(s[i - 1] ?? '');
        return paired ? c : '\ufffd';
      }));
      const api = await site.app.inject({ url: `/api/search?q=${encoded}` });
      const blank = q.trim() === '' || /^[\s\u0000-\u001f]*$/.test(q);
      assert.ok(api.statusCode === 200 || (blank && api.statusCode === 400), `API ${api.statusCode} for ${JSON.stringify(q).slice(0, 80)}: ${api.body.slice(0, 200)}`);
      const body = api.json() as { results?: unknown[]; error?: unknown };
      assert.ok(Array.isArray(body.results) || body.error !== undefined);
    }
    for (const q of HOSTILE) {
      const page = await site.app.inject({ url: `/search?q=${encodeURIComponent(q.replace(/[\ud800-\udfff]/g, '\ufffd'))}` });
      assert.equal(page.statusCode, 200, `page for ${JSON.stringify(q).slice(0, 60)}`);
      assert.doesNotMatch(page.body, /<script>alert/);
    }
  });

  it('caps a very long message without failing and still finds its subject', async () => {
    const message = `Hello, what causes back pain after a miscarriage? ${'I have been reading a lot and I am confused. '.repeat(150)}`;
    const api = await site.app.inject({ url: `/api/search?q=${encodeURIComponent(message)}` });
    assert.equal(api.statusCode, 200);
    const body = api.json() as { truncated: boolean; results: { slug: string }[] };
    assert.equal(body.truncated, true);
    assert.equal(body.results[0]?.slug, 'causes-of-back-pain-after-a-miscarriage');
  });
});
