import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'tulip-kettle-orbit-9';

describe('a topic\'s or a category\'s new web address (demo site, SQLite file, page cache on)', () => {
  let site: RunningSite;
  const tokens = { editor: '', contributor: '' };
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });
  const get = async (url: string, who?: keyof typeof tokens) => await site.app.inject({ url, headers: who ? as(who) : {} });
  const api = async (url: string, who: keyof typeof tokens, body: unknown) => await site.app.inject({ method: 'POST', url, headers: as(who), payload: body as Record<string, unknown> });
  const form = async (url: string, who: keyof typeof tokens, body: Record<string, string>) =>
    await site.app.inject({ method: 'POST', url, headers: { ...as(who), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(body).toString() });
  /** The id in the taxonomy page's rename form whose name field holds `name`. */
  const idOf = async (kind: 'topics' | 'categories', name: string): Promise<number> => {
    const body = (await get(`/admin/taxonomy?q=${encodeURIComponent(name)}`, 'editor')).body;
    const found = body.split('<form').find((f) => f.includes(`/admin/taxonomy/${kind}/`) && f.includes(`value="${name}"`));
    const id = Number(found && /\/(\d+)\/rename"/.exec(found)?.[1]);
    assert.ok(id > 0, `the taxonomy page has the ${kind} "${name}"`);
    return id;
  };

  before(async () => {
    site = await startDemoSite({ admin: {} });
    const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
    for (const role of ['editor', 'contributor'] as const) {
      const user = await addUser(context, CLI, { email: `${role}@example.org`, role, password: PASSWORD, name: `Sample ${role}` });
      tokens[role] = (await createToken(context, CLI, { user: user.id })).token;
    }
  });
  after(async () => site?.close());

  it('moves a topic through the Admin API: the old address answers 301 to the new one, which answers 200 and is linked from its articles', async () => {
    assert.equal((await get('/topics/insomnia')).statusCode, 200, 'cached at its first address');
    const id = await idOf('topics', 'Insomnia');
    assert.equal((await api(`/api/admin/topics/${id}/slug`, 'contributor', { slug: 'sleeplessness' })).statusCode, 403, 'editors only');

    const moved = await api(`/api/admin/topics/${id}/slug`, 'editor', { slug: 'sleeplessness' });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.deepEqual(moved.json(), { kind: 'topic', id, name: 'Insomnia', slug: 'sleeplessness', redirects: [{ from: '/topics/insomnia', to: '/topics/sleeplessness' }] });
    const old = await get('/topics/insomnia');
    assert.equal(old.statusCode, 301, 'the page cache let the move through');
    assert.equal(old.headers.location, '/topics/sleeplessness');
    const now = await get('/topics/sleeplessness');
    assert.equal(now.statusCode, 200);
    assert.match(now.body, /<h1[^>]*>Insomnia/);
    assert.match((await get('/articles/causes-of-insomnia')).body, /href="\/topics\/sleeplessness"/, 'its articles link to the new address');
  });

  it('refuses a bad slug and one another topic has, naming the problem and the topic, and writes nothing', async () => {
    const id = await idOf('topics', 'Insomnia');
    const bad = await api(`/api/admin/topics/${id}/slug`, 'editor', { slug: 'Sleep Problems' });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(bad.json().error.details, ['slug: "Sleep Problems" must be lowercase letters and digits joined by hyphens (such as "sleep-problems")']);
    const taken = await api(`/api/admin/topics/${id}/slug`, 'editor', { slug: 'miscarriage' });
    assert.equal(taken.statusCode, 422);
    assert.deepEqual(taken.json().error.details, ['slug: /topics/miscarriage is already the address of the topic “Miscarriage”']);
    assert.equal((await get('/topics/sleeplessness')).statusCode, 200, 'still where it was');
    assert.equal((await api('/api/admin/topics/999999/slug', 'editor', { slug: 'nothing' })).statusCode, 404);
  });

  it('moves a category from the taxonomy page: it, its subcategories and their pages answer 301 to the new addresses', async () => {
    const id = await idOf('categories', "Women's health");
    const clash = await form(`/admin/taxonomy/categories/${id}/slug`, 'editor', { slug: 'infections' });
    assert.equal(clash.statusCode, 422);
    assert.match(clash.body, /\/categories\/infections is already the address of the category “Infections”/);
    assert.match(clash.body, /id="f-slug-category-\d+"[^>]*value="infections"|value="infections"[^>]*id="f-slug-category-\d+"/, 'what was typed is kept');

    const moved = await form(`/admin/taxonomy/categories/${id}/slug`, 'editor', { slug: 'women' });
    assert.equal(moved.statusCode, 303);
    assert.match(new URL(String(moved.headers.location), 'http://x').searchParams.get('done') ?? '', /Moved the category “Women's health” to \/categories\/women\. The old address \/categories\/womens-health and 2 of its subcategories' addresses now lead there/);
    const moves: [string, string][] = [
      ['/categories/womens-health', '/categories/women'],
      ['/categories/womens-health/pregnancy', '/categories/women/pregnancy'],
      ['/categories/womens-health/pregnancy/', '/categories/women/pregnancy'],
      ['/categories/womens-health/page/2', '/categories/women/page/2'],
      ['/categories/womens-health?page=1', '/categories/women?page=1'],
    ];
    for (const [from, to] of moves) {
      const old = await get(from);
      assert.equal(old.statusCode, 301, from);
      assert.equal(old.headers.location, to, from);
    }
    const pregnancy = await get('/categories/women/pregnancy');
    assert.equal(pregnancy.statusCode, 200);
    assert.match((await get('/articles/early-pregnancy-symptoms')).body, /href="\/categories\/women\/pregnancy"/, 'breadcrumbs lead to the new address');
    assert.equal((await get('/categories/somewhere-else')).statusCode, 404, 'an address that never was stays a 404');
  });
});
