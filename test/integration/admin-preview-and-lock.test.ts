import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'tulip-kettle-orbit-9';
type Who = 'admin' | 'editor' | 'contributor' | 'other';

describe('the newsroom over HTTP: previews, comparing revisions, the soft edit lock (demo site, SQLite file)', () => {
  let site: RunningSite;
  const tokens: Record<Who, string> = { admin: '', editor: '', contributor: '', other: '' };
  const context = () => ({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' });
  const request = async (method: string, url: string, who: Who, body?: unknown, form = false) => {
    const response = await site.app.inject({
      method: method as 'GET', url,
      headers: { authorization: `Bearer ${tokens[who]}`, ...(body === undefined ? {} : { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' }) },
      ...(body === undefined ? {} : { payload: form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body) }),
    });
    return { status: response.statusCode, body: response.body, headers: response.headers, json: () => JSON.parse(response.body) as Record<string, any> };
  };

  before(async () => {
    site = await startDemoSite({ admin: { clinicalReview: 'off' } });
    for (const role of ['admin', 'editor', 'contributor'] as const) {
      const user = await addUser(context(), CLI, { email: `${role}@example.org`, role, password: PASSWORD, name: `Sample ${role}` });
      tokens[role] = (await createToken(context(), CLI, { user: user.id })).token;
    }
    const other = await addUser(context(), CLI, { email: 'other@example.org', role: 'contributor', password: PASSWORD, name: 'Sample other' });
    tokens.other = (await createToken(context(), CLI, { user: other.id })).token;
  });
  after(async () => site?.close());

  it('previews the working revision as the reader page, sanitized, noindex, never cached, only for those who may view it', async () => {
    const created = await request('POST', '/api/admin/articles', 'contributor', {
      title: 'Sample: a preview of hand washing', body: 'Wash for **twenty seconds**.\n\n<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">', tags: ['Sample tag'],
    });
    assert.equal(created.status, 201, created.body);
    const { id, slug } = created.json();

    const page = await request('GET', `/admin/articles/${id}/preview`, 'contributor');
    assert.equal(page.status, 200, page.body);
    assert.match(page.body, /<strong>twenty seconds<\/strong>/, 'the body goes through the reader renderer');
    assert.match(page.body, /Preview of revision 1/);
    assert.match(page.body, /<meta name="robots" content="noindex"/);
    assert.match(page.body, new RegExp(`href="/tags/sample-tag"`), 'tags link where the store will put them');
    assert.doesNotMatch(page.body, /<script>window|<img[^>]*onerror/, 'the script and the handler are shown as text, never run');
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.equal((await site.app.inject(`/articles/${slug}`)).statusCode, 404, 'a preview publishes nothing');

    assert.equal((await request('GET', `/admin/articles/${id}/preview`, 'other')).status, 403, 'another contributor cannot preview a draft that is not theirs');

    const editor = await request('GET', `/admin/articles/${id}`, 'contributor');
    assert.match(editor.body, /data-editor-preview[^>]*>[\s\S]*<strong>twenty seconds<\/strong>/, 'the editor opens with the preview of the saved version');
  });

  it('renders unsaved fields for the live preview pane without saving them', async () => {
    const created = await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: unsaved preview', body: 'Saved text.' });
    const { id, revision } = created.json();
    const pane = await request('POST', `/admin/articles/${id}/preview`, 'editor', { title: 'Sample: typed but not saved', bodyMarkdown: 'Typed *text*.', tags: 'one, two' }, true);
    assert.equal(pane.status, 200, pane.body);
    assert.match(pane.body, /^<article class="article"/, 'the article view alone, for the pane');
    assert.match(pane.body, /<h1>Sample: typed but not saved<\/h1>/);
    assert.match(pane.body, /<em>text<\/em>/);
    const stored = (await request('GET', `/api/admin/articles/${id}`, 'editor')).json();
    assert.equal(stored.revision, revision, 'a preview costs no revision');
    assert.equal(stored.fields.bodyMarkdown, 'Saved text.');
  });

  it('shows who holds the soft lock, opens read-only, and tells the first editor when someone takes over', async () => {
    const { id } = (await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: a locked article', body: 'Text.' })).json();
    assert.deepEqual((await request('POST', `/api/admin/articles/${id}/lock`, 'editor', {})).json(), { mine: true });

    const adminView = await request('GET', `/admin/articles/${id}`, 'admin');
    assert.match(adminView.body, /<strong>Sample editor is editing this article<\/strong>/);
    const readOnly = await request('GET', `/admin/articles/${id}?mode=read-only`, 'admin');
    assert.match(readOnly.body, /Read-only\.<\/strong> Sample editor is editing this article\./);
    assert.match(readOnly.body, /<fieldset class="editor__fieldset" disabled/);

    const adminBeat = await request('POST', `/api/admin/articles/${id}/lock`, 'admin', {});
    assert.deepEqual(adminBeat.json(), { mine: false, takenOver: false, holder: { name: 'Sample editor', lastSeenSecondsAgo: null } }, 'a heartbeat never takes a held lock');
    const takeOver = await request('POST', `/admin/articles/${id}/take-over`, 'admin', {}, true);
    assert.equal(takeOver.status, 303);

    const editorBeat = (await request('POST', `/api/admin/articles/${id}/lock`, 'editor', {})).json();
    assert.equal(editorBeat.mine, false);
    assert.equal(editorBeat.takenOver, true, 'the first editor is told');
    assert.equal(editorBeat.holder.name, 'Sample admin');
    assert.match((await request('GET', `/admin/articles/${id}`, 'editor')).body, /Sample admin took over editing this article\./);
    assert.equal((await request('POST', `/admin/articles/${id}/take-over`, 'contributor', {}, true)).status, 403, 'a contributor cannot take over an editor\'s article');
  });
  it('compares any two revisions word by word, names who made them, and restores an older one as a new revision', async () => {
    const { id, revision: first } = (await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: compared', body: 'Drink water when thirsty.' })).json();
    const second = (await request('PUT', `/api/admin/articles/${id}`, 'editor', { baseRevision: first, body: 'Drink water often, before you feel thirsty.' })).json().revision;
    const list = await request('GET', `/admin/articles/${id}/revisions`, 'editor');
    assert.match(list.body, /<td>Sample editor<\/td>/, 'revisions name their author');

    for (const [from, to] of [[first, second], [second, first]]) {
      const page = await request('GET', `/admin/articles/${id}/compare?from=${from}&to=${to}`, 'editor');
      assert.equal(page.status, 200, page.body);
      assert.match(page.body, new RegExp(`Revision ${first} compared with revision ${second}`), 'the older one first, whichever order was asked');
      assert.match(page.body, /<del><span class="visually-hidden">\[removed: <\/span>[^<]*when/);
      assert.match(page.body, /<ins><span class="visually-hidden">\[added: <\/span>[^<]*often/);
    }
    assert.equal((await request('GET', `/admin/articles/${id}/compare?from=${first}&to=99`, 'editor')).status, 404);
    assert.equal((await request('GET', `/admin/articles/${id}/compare?from=${first}`, 'editor')).status, 400, 'both ends are required');
    assert.equal((await request('GET', `/admin/articles/${id}/compare?from=${first}&to=${second}`, 'contributor')).status, 403, "a contributor cannot read an editor's draft");

    const restored = await request('POST', `/admin/articles/${id}/revisions/${first}/restore`, 'editor', {}, true);
    assert.equal(restored.status, 303);
    const now = (await request('GET', `/api/admin/articles/${id}`, 'editor')).json();
    assert.equal(now.fields.bodyMarkdown, 'Drink water when thirsty.');
    assert.ok(now.revision > second, 'a restore is a new revision; the newer one stays in the history');
  });
  it('shares a preview with someone without an account through a link that can be revoked', async () => {
    const { id, revision } = (await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: shared before publishing', body: 'First wording.' })).json();
    const made = await request('POST', `/admin/articles/${id}/preview-links`, 'editor', { expiresIn: '7d' }, true);
    assert.equal(made.status, 200, made.body);
    const url = /id="new-preview-link"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*id="new-preview-link"/.exec(made.body);
    assert.ok(url, made.body.slice(made.body.indexOf("share-preview"), made.body.indexOf("share-preview") + 1500));
    const shared = new URL((url[1] ?? url[2])!);
    assert.match(shared.pathname, /^\/preview\/[A-Za-z0-9_-]{43}$/);
    assert.match(made.body, /Link ending <code>…[A-Za-z0-9_-]{6}<\/code>/, 'listed by its last characters only');

    const anonymous = async () => await site.app.inject(shared.pathname);
    const page = await anonymous();
    assert.equal(page.statusCode, 200, page.body);
    assert.match(page.body, /First wording\./);
    assert.match(page.body, /Preview of revision \d+ — not published/);
    assert.doesNotMatch(page.body, /Back to the editor/, 'no way into the admin from a shared link');
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.equal(page.headers['x-robots-tag'], 'noindex');

    await request('PUT', `/api/admin/articles/${id}`, 'editor', { baseRevision: revision, body: 'Second wording.' });
    assert.match((await anonymous()).body, /Second wording\./, 'the link shows the latest saved revision');

    const linkId = Number(/preview-links\/(\d+)\/revoke/.exec(made.body)?.[1]);
    assert.equal((await request('POST', `/admin/articles/${id}/preview-links/${linkId}/revoke`, 'contributor', {}, true)).status, 403);
    assert.equal((await request('POST', `/admin/articles/${id}/preview-links/${linkId}/revoke`, 'editor', {}, true)).status, 303);
    const revoked = await anonymous();
    assert.equal(revoked.statusCode, 404, 'revoked: gone at once');
    assert.doesNotMatch(revoked.body, /Second wording/);
    assert.equal((await site.app.inject('/preview/not-a-real-token')).statusCode, 404);
    assert.equal((await request('POST', `/admin/articles/${id}/preview-links/${linkId}/revoke`, 'editor', {}, true)).status, 404, 'a revoked link cannot be revoked again');

    const own = (await request('POST', '/api/admin/articles', 'contributor', { title: 'Sample: a contributor draft to share', body: 'Text.' })).json();
    const refused = await request('POST', `/admin/articles/${own.id}/preview-links`, 'contributor', { expiresIn: '1d' }, true);
    assert.equal(refused.status, 403, 'contributors do not share previews (policy: article.share-preview)');
    const events = await site.ports.accounts.audit.list({ limit: 50, offset: 0 });
    const actions = events.events.map((e) => e.action);
    assert.ok(actions.includes('article.preview-link-created') && actions.includes('article.preview-link-revoked'), actions.join(', '));
  });
  it('deletes after asking: a contributor their own draft, an editor a published article (gone from readers at once)', async () => {
    const draft = (await request('POST', '/api/admin/articles', 'contributor', { title: 'Sample: a draft to throw away', body: 'Text.' })).json();
    const ask = await request('GET', `/admin/articles/${draft.id}/delete`, 'contributor');
    assert.equal(ask.status, 200);
    assert.match(ask.body, /Delete “Sample: a draft to throw away”\?/);
    assert.match(ask.body, /never been published/);
    assert.equal((await request('GET', `/admin/articles/${draft.id}/delete`, 'other')).status, 403, "not another contributor's draft");
    assert.equal((await request('POST', `/admin/articles/${draft.id}/delete`, 'other', {}, true)).status, 403);
    const deleted = await request('POST', `/admin/articles/${draft.id}/delete`, 'contributor', {}, true);
    assert.equal(deleted.status, 303);
    assert.equal(deleted.headers.location, `/admin/articles?deleted=${draft.id}`);
    assert.match((await request('GET', `/admin/articles?deleted=${draft.id}`, 'contributor')).body, /The article was deleted\./);
    assert.equal((await request('GET', `/api/admin/articles/${draft.id}`, 'contributor')).status, 404);
    assert.equal((await site.app.inject(`/articles/${draft.slug}`)).statusCode, 404, 'a deleted draft was never public: a plain 404 that names nothing');

    const live = (await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: published then deleted', body: 'Text for readers.' })).json();
    assert.equal((await request('POST', `/api/admin/articles/${live.id}/publish`, 'editor', {})).status, 200);
    assert.equal((await site.app.inject(`/articles/${live.slug}`)).statusCode, 200);
    assert.equal((await request('GET', `/admin/articles/${live.id}/delete`, 'contributor')).status, 403, 'contributors never delete published articles');
    assert.match((await request('GET', `/admin/articles/${live.id}/delete`, 'editor')).body, /Readers will no longer find it/);
    assert.equal((await request('POST', `/admin/articles/${live.id}/delete`, 'editor', {}, true)).status, 303);
    const gone = await site.app.inject(`/articles/${live.slug}`);
    assert.equal(gone.statusCode, 410, 'gone from readers, and said so: 410, not 404');
    assert.match(gone.body, /This page is no longer available/);
    assert.match(gone.body, /“Sample: published then deleted” has been removed/);
    assert.match(gone.body, /<meta name="robots" content="noindex"/);
  });

  it('moves a published article to a new slug: the old address answers 301 to the new one', async () => {
    const live = (await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: sore feet after walking', body: 'Rest and good shoes help.' })).json();
    assert.equal((await request('POST', `/api/admin/articles/${live.id}/publish`, 'editor', {})).status, 200);
    const { revision } = (await request('GET', `/api/admin/articles/${live.id}`, 'editor')).json();
    const saved = await request('PUT', `/api/admin/articles/${live.id}`, 'editor', { baseRevision: revision, slug: 'sore-feet' });
    assert.equal(saved.status, 200, saved.body);
    assert.equal((await site.app.inject(`/articles/${live.slug}`)).statusCode, 200, 'readers keep the live address until the change is published');
    assert.equal((await request('POST', `/api/admin/articles/${live.id}/publish`, 'editor', {})).status, 200);
    const moved = await site.app.inject(`/articles/${live.slug}`);
    assert.equal(moved.statusCode, 301);
    assert.equal(moved.headers.location, '/articles/sore-feet');
    assert.equal((await site.app.inject('/articles/sore-feet')).statusCode, 200);
    const taken = await request('PUT', `/api/admin/articles/${live.id}`, 'editor', { baseRevision: saved.json().revision + 1, slug: 'causes-of-back-pain-after-a-miscarriage' });
    assert.equal(taken.status, 422, 'a slug another article holds is refused by name');
    assert.match(taken.body, /slug: \\"causes-of-back-pain-after-a-miscarriage\\" is taken/);
  });

  it('an unpublished article answers 410 Gone with a link to its topic; a draft never published stays a plain 404', async () => {
    const live = (await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: withdrawn advice on sleep', body: 'Old advice.', topic: 'Insomnia' })).json();
    assert.equal((await request('POST', `/api/admin/articles/${live.id}/publish`, 'editor', {})).status, 200);
    assert.equal((await request('POST', `/api/admin/articles/${live.id}/unpublish`, 'editor', {})).status, 200);
    const gone = await site.app.inject(`/articles/${live.slug}`);
    assert.equal(gone.statusCode, 410);
    assert.match(gone.body, /<a href="\/topics\/insomnia">read our other pages about Insomnia<\/a>/);
    assert.notEqual(gone.headers['cache-control'], 'public, max-age=300', 'not cached as a page');
    const draft = (await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: never published', body: 'Text.' })).json();
    assert.equal((await site.app.inject(`/articles/${draft.slug}`)).statusCode, 404);
    assert.equal((await request('POST', `/api/admin/articles/${live.id}/publish`, 'editor', {})).status, 200);
    assert.equal((await site.app.inject(`/articles/${live.slug}`)).statusCode, 200, 'published again: back at its address');
  });
});
