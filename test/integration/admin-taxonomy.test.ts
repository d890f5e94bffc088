import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'tulip-kettle-orbit-9';

describe('topics, categories and tags in the admin (demo site, SQLite file, page cache on)', () => {
  let site: RunningSite;
  const tokens = { editor: '', contributor: '' };
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });
  const form = async (url: string, who: keyof typeof tokens, body: Record<string, string>) =>
    await site.app.inject({ method: 'POST', url, headers: { ...as(who), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(body).toString() });
  const page = async (url: string, who?: keyof typeof tokens) => await site.app.inject({ url, headers: who ? as(who) : {} });
  /** The id in the rename form whose name field holds `name` (each form is searched on its own). */
  const idOf = (body: string, kind: string, name: string): number => {
    const form = body.split('<form').find((f) => f.includes(`/admin/taxonomy/${kind}/`) && f.includes(`value="${name}"`));
    return Number(form && /\/(\d+)\/rename"/.exec(form)?.[1]);
  };

  before(async () => {
    site = await startDemoSite({ admin: { clinicalReview: 'off' } });
    const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
    for (const role of ['editor', 'contributor'] as const) {
      const user = await addUser(context, CLI, { email: `${role}@example.org`, role, password: PASSWORD, name: `Sample ${role}` });
      tokens[role] = (await createToken(context, CLI, { user: user.id })).token;
    }
  });
  after(async () => site?.close());

  it('is for editors: a contributor gets 403 on the page and on every change', async () => {
    assert.equal((await page('/admin/taxonomy', 'contributor')).statusCode, 403);
    assert.equal((await form('/admin/taxonomy/topics/1/rename', 'contributor', { name: 'Anything' })).statusCode, 403);
    assert.equal((await form('/admin/taxonomy/categories', 'contributor', { name: 'Anything' })).statusCode, 403);
  });

  it('renames a topic: readers see the new name at once at the same address, and typing either name picks it', async () => {
    const before = await page('/topics/insomnia');
    assert.match(before.body, /<h1[^>]*>Insomnia/);
    const listing = await page('/admin/taxonomy?q=insom', 'editor');
    assert.equal(listing.statusCode, 200);
    const id = idOf(listing.body, 'topics', 'Insomnia');
    assert.ok(id > 0, 'the filtered list has the topic');
    assert.doesNotMatch(listing.body, /value="Flu"/, 'the name filter narrows the list');

    const renamed = await form(`/admin/taxonomy/topics/${id}/rename`, 'editor', { name: 'Sleeplessness (insomnia)' });
    assert.equal(renamed.statusCode, 303);
    assert.match(new URL(String(renamed.headers.location), 'http://x').searchParams.get('done') ?? '', /Renamed the topic to “Sleeplessness \(insomnia\)”/);
    const after = await page('/topics/insomnia');
    assert.equal(after.statusCode, 200, 'the address stays');
    assert.match(after.body, /Sleeplessness \(insomnia\)/, 'the page cache let the new name through');

    const clash = await form(`/admin/taxonomy/topics/${id}/rename`, 'editor', { name: 'flu' });
    assert.equal(clash.statusCode, 422);
    assert.match(clash.body, /is already the name of another topic/);
    assert.match(clash.body, /value="flu"/, 'what was typed is kept');

    const created = await site.app.inject({
      method: 'POST', url: '/api/admin/articles', headers: { ...as('editor'), 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'Sample: a note on sleeplessness', body: 'Text.', topic: 'Sleeplessness (insomnia)' }),
    });
    assert.equal(created.statusCode, 201);
    assert.equal((await site.app.inject({ method: 'POST', url: `/api/admin/articles/${JSON.parse(created.body).id}/publish`, headers: { ...as('editor'), 'content-type': 'application/json' }, payload: '{}' })).statusCode, 200);
    assert.match((await page('/topics/insomnia')).body, /a note on sleeplessness/, 'filed under the renamed topic, not a new one');
  });

  it('renames a category and a tag, adds a category, and the editor files articles under them by their names', async () => {
    const listing = await page('/admin/taxonomy', 'editor');
    const sleep = idOf(listing.body, 'categories', 'Sleep');
    assert.ok(sleep > 0);
    assert.equal((await form(`/admin/taxonomy/categories/${sleep}/rename`, 'editor', { name: 'Sleep and rest' })).statusCode, 303);
    const category = await page('/categories/mental-health/sleep');
    assert.equal(category.statusCode, 200);
    assert.match(category.body, /Sleep and rest/);
    assert.equal((await form(`/admin/taxonomy/categories/${sleep}/rename`, 'editor', { name: '   ' })).statusCode, 422, 'a name is required');

    const mentalHealth = Number(/<option value="(\d+)">Mental health<\/option>/.exec(listing.body)?.[1]);
    assert.equal((await form('/admin/taxonomy/categories', 'editor', { name: 'Stress', parentId: String(mentalHealth), description: 'Sample: coping with stress.' })).statusCode, 303);
    const duplicate = await form('/admin/taxonomy/categories', 'editor', { name: 'stress', parentId: String(mentalHealth) });
    assert.equal(duplicate.statusCode, 422);
    assert.match(duplicate.body, /already the name of another category at that level/);

    const editor = await page('/admin/articles/new', 'editor');
    assert.match(editor.body, /<option value="Mental health \/ Sleep and rest">/);
    assert.match(editor.body, /<option value="Mental health \/ Stress">/);
    for (const categoryPath of [['Mental health', 'Sleep and rest'], ['Mental health', 'Stress']]) {
      const created = await site.app.inject({
        method: 'POST', url: '/api/admin/articles', headers: { ...as('editor'), 'content-type': 'application/json' },
        payload: JSON.stringify({ title: `Sample: filed under ${categoryPath[1]}`, body: 'Text.', categoryPath }),
      });
      assert.equal(created.statusCode, 201, created.body);
    }

    const tags = await page('/admin/taxonomy?q=self', 'editor');
    const selfCare = idOf(tags.body, 'tags', 'self-care');
    assert.ok(selfCare > 0, 'the tag is listed');
    assert.equal((await form(`/admin/taxonomy/tags/${selfCare}/rename`, 'editor', { name: 'Looking after yourself' })).statusCode, 303);
    assert.match((await page('/tags/self-care')).body, /Looking after yourself/);

    const audit = await site.ports.accounts.audit.list({ limit: 50, offset: 0 });
    const actions = audit.events.map((e) => e.action);
    assert.ok(actions.includes('taxonomy.renamed') && actions.includes('taxonomy.category-created'), actions.join(', '));
  });
});
