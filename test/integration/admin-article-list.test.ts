import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'tulip-kettle-orbit-9';

describe('the admin article list and the editor\'s choices (demo site, SQLite file)', () => {
  let site: RunningSite;
  let token = '';
  const page = async (url: string) => {
    const response = await site.app.inject({ url, headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, body: response.body };
  };
  /** The titles in the list's table, in order. */
  const titles = (body: string) => [...body.matchAll(/<a href="\/admin\/articles\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]!);
  const total = (body: string) => Number(/(\d+) articles?\b/.exec(body.replace(/<[^>]+>/g, ''))?.[1] ?? NaN);

  before(async () => {
    site = await startDemoSite({ admin: { clinicalReview: 'off' } });
    const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
    const editor = await addUser(context, CLI, { email: 'editor@example.org', role: 'editor', password: PASSWORD, name: 'Sample editor' });
    token = (await createToken(context, CLI, { user: editor.id })).token;
  });
  after(async () => site?.close());

  it('filters by category, question type, topic and author, each narrowing the list, and keeps the filters in the form', async () => {
    const all = await page('/admin/articles');
    assert.equal(all.status, 200);
    const everything = total(all.body);
    assert.ok(everything >= 40, `the demo site's articles: ${everything}`);
    assert.match(all.body, /<option value="womens-health\/pregnancy">Women's health \/ Pregnancy<\/option>/, 'categories by their path');

    const pregnancy = await page('/admin/articles?category=womens-health%2Fpregnancy');
    assert.ok(total(pregnancy.body) > 0 && total(pregnancy.body) < everything, `category: ${total(pregnancy.body)}`);
    assert.match(pregnancy.body, /<option value="womens-health\/pregnancy" selected>/);
    assert.match(pregnancy.body, /<td>Pregnancy<\/td>/, 'each row names its category');

    const topic = await page('/admin/articles?topic=Pregnancy');
    assert.ok(titles(topic.body).includes('Back pain in pregnancy'), titles(topic.body).join(' | '));
    assert.ok(total(topic.body) < everything);
    assert.match(topic.body, /name="topic"[^>]*value="Pregnancy"|value="Pregnancy"[^>]*name="topic"/);

    const type = await page('/admin/articles?questionType=information&category=womens-health%2Fpregnancy');
    assert.ok(total(type.body) <= total(pregnancy.body));
    const byAuthor = await page(`/admin/articles?author=${encodeURIComponent('Healthpress editorial team (sample content)')}`);
    assert.ok(total(byAuthor.body) > 0);
    assert.equal(total((await page('/admin/articles?author=Nobody%20at%20all')).body.replace(/No article matches[^<]*/, '0 articles')), 0);
    assert.equal((await page('/admin/articles?questionType=not-a-type')).status, 400, 'an unknown question type is refused by name');
  });

  it('suggests topics by part of their name to whoever may write, and to nobody else', async () => {
    const found = await site.app.inject({ url: '/api/admin/topics?q=SOMN', headers: { authorization: `Bearer ${token}` } });
    assert.equal(found.statusCode, 200);
    assert.deepEqual(JSON.parse(found.body).topics.map((t: { name: string }) => t.name), ['Insomnia']);
    assert.equal((await site.app.inject({ url: '/api/admin/topics?q=a&limit=3', headers: { authorization: `Bearer ${token}` } })).json().topics.length, 3);
    assert.equal((await site.app.inject('/api/admin/topics?q=somn')).statusCode, 401);
    assert.equal((await site.app.inject({ url: '/api/admin/topics', headers: { authorization: `Bearer ${token}` } })).statusCode, 400, 'q is required');
  });

  it('answers the review queue to editors: counted, most urgent first, an interval past the maximum refused by name', async () => {
    const get = async (url: string, auth = token) => await site.app.inject({ url, headers: { authorization: `Bearer ${auth}` } });
    const queue = await get('/api/admin/review-queue?within=3650&interval=1');
    assert.equal(queue.statusCode, 200, queue.body);
    const { items, counts } = queue.json() as { items: { status: string; due: string | null; title: string }[]; counts: Record<string, number> };
    assert.ok(items.length > 0, 'with a one-month interval and ten years ahead, every published demo article is listed');
    assert.equal(counts.neverReviewed! + counts.overdue! + counts.dueSoon!, items.length);
    const dues = items.filter((i) => i.due !== null).map((i) => i.due!);
    assert.deepEqual(dues, [...dues].sort(), 'oldest due first');
    const refused = await get('/api/admin/review-queue?interval=48');
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /interval: at most 36 months/);
    const contributor = await addUser({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' }, CLI, { email: 'writer@example.org', role: 'contributor', password: PASSWORD });
    const writer = (await createToken({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' }, CLI, { user: contributor.id })).token;
    assert.equal((await get('/api/admin/review-queue', writer)).statusCode, 403, "a contributor does not see the site's queue");
  });

  it('offers every category in the editor, and topics to pick from', async () => {
    const editor = await page('/admin/articles/new');
    assert.match(editor.body, /<option value="Women's health \/ Pregnancy">/);
    assert.match(editor.body, /<option value="Pregnancy"><\/option>/, 'topic suggestions');
    const created = await site.app.inject({
      method: 'POST', url: '/api/admin/articles', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'Sample: filed under sleep', body: 'Text.', categoryPath: ['Mental health', 'Sleep'] }),
    });
    assert.equal(created.statusCode, 201, created.body);
    const opened = await page(`/admin/articles/${JSON.parse(created.body).id}`);
    assert.match(opened.body, /<option value="Mental health \/ Sleep" selected>/);
  });
});
