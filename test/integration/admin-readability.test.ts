import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { measureReadability } from '../../src/editorial/readability.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'tulip-kettle-orbit-9';
type Who = 'editor' | 'contributor' | 'other';

const PLAIN = 'Drink plenty of water. Rest.';
const HARD_SENTENCE = 'Persistent abdominal inflammation necessitates immediate medical evaluation.';
const HARD = `${PLAIN} ${HARD_SENTENCE}`;

describe('readability over HTTP: stored with each revision, the list column, the editor panel, the Admin API (demo site, SQLite file, target 6)', () => {
  let site: RunningSite;
  const tokens: Record<Who, string> = { editor: '', contributor: '', other: '' };
  const context = () => ({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' });
  const request = async (method: string, url: string, who: Who | null, body?: unknown, form = false) => {
    const response = await site.app.inject({
      method: method as 'GET', url,
      headers: {
        ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}),
        ...(body === undefined ? {} : { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' }),
      },
      ...(body === undefined ? {} : { payload: form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body) }),
    });
    return { status: response.statusCode, body: response.body, json: () => JSON.parse(response.body) as Record<string, any> };
  };
  const plain = measureReadability(PLAIN);
  const hard = measureReadability(HARD);

  before(async () => {
    site = await startDemoSite({ admin: {}, readingGrade: 6 });
    for (const role of ['editor', 'contributor'] as const) {
      const user = await addUser(context(), CLI, { email: `${role}@example.org`, role, password: PASSWORD, name: `Sample ${role}` });
      tokens[role] = (await createToken(context(), CLI, { user: user.id })).token;
    }
    const other = await addUser(context(), CLI, { email: 'other@example.org', role: 'contributor', password: PASSWORD, name: 'Sample other' });
    tokens.other = (await createToken(context(), CLI, { user: other.id })).token;
    assert.ok(plain.fleschKincaidGrade! <= 6 && hard.fleschKincaidGrade! > 6, `the passages straddle the target: ${plain.fleschKincaidGrade}, ${hard.fleschKincaidGrade}`);
  });
  after(async () => site?.close());

  it('keeps each revision\'s scores and shows the working one in the Admin API', async () => {
    const created = await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: readability of water advice', body: PLAIN });
    assert.equal(created.status, 201, created.body);
    const { id } = created.json();
    const first = (await request('GET', `/api/admin/articles/${id}`, 'editor')).json();
    assert.deepEqual(first.readability, { ...plain, target: 6 });

    const saved = await request('PUT', `/api/admin/articles/${id}`, 'editor', { baseRevision: first.revision, body: HARD });
    assert.equal(saved.status, 200, saved.body);
    const second = (await request('GET', `/api/admin/articles/${id}`, 'editor')).json();
    assert.deepEqual(second.readability, { ...hard, target: 6 });
    assert.equal(second.readability?.hardest[0]?.text, HARD_SENTENCE);

    const revisions = (await request('GET', `/api/admin/articles/${id}/revisions`, 'editor')).json().revisions as { number: number; readability: { fleschKincaidGrade: number } }[];
    assert.deepEqual(revisions.map((r) => r.readability.fleschKincaidGrade), [hard.fleschKincaidGrade, plain.fleschKincaidGrade], 'each revision keeps its own');
    const history = await request('GET', `/admin/articles/${id}/revisions`, 'editor');
    assert.match(history.body, /<th scope="col">Reading grade<\/th>/);
    for (const report of [hard, plain]) assert.match(history.body, new RegExp(`<td>${report.fleschKincaidGrade!.toFixed(1)}</td>`), 'the history shows each revision\'s grade');
    const listed = (await request('GET', `/api/admin/articles?q=${encodeURIComponent('readability of water')}`, 'editor')).json();
    assert.equal(listed.articles[0].readingGrade, hard.fleschKincaidGrade);
  });

  it('shows the grade against the target in the article list, in words', async () => {
    const created = (await request('POST', '/api/admin/articles', 'editor', { title: 'Sample: a plain list entry', body: PLAIN })).json();
    const page = await request('GET', `/admin/articles?q=${encodeURIComponent('Sample: a plain list')}`, 'editor');
    assert.equal(page.status, 200);
    assert.match(page.body, /<th scope="col">Reading grade <span class="field__hint">\(target 6\)<\/span><\/th>/);
    const row = new RegExp(`href="/admin/articles/${created.id}"[\\s\\S]*?</tr>`).exec(page.body)?.[0] ?? '';
    assert.match(row, new RegExp(`${plain.fleschKincaidGrade!.toFixed(1)} <span class="reading-grade__verdict">within target</span>`));
    const imported = await request('GET', '/admin/articles', 'editor');
    assert.match(imported.body, /—<span class="visually-hidden"> not measured<\/span>/, 'a demo article never opened in the newsroom is not measured');
  });

  it('opens the editor with the saved revision\'s panel, which works without JavaScript', async () => {
    const { id } = (await request('POST', '/api/admin/articles', 'contributor', { title: 'Sample: a hard paragraph', body: HARD })).json();
    const editor = await request('GET', `/admin/articles/${id}`, 'contributor');
    assert.equal(editor.status, 200);
    const panel = /<section class="readability"[\s\S]*?<\/section>/.exec(editor.body)?.[0] ?? '';
    assert.match(panel, /<div class="readability__score" aria-live="polite" aria-atomic="true" data-editor-readability-score>/);
    assert.match(panel, />Over target<\/span> Reading grade <strong data-editor-readability-grade>([\d.]+)<\/strong>/);
    assert.equal(/data-editor-readability-grade>([\d.]+)</.exec(panel)?.[1], hard.fleschKincaidGrade!.toFixed(1));
    assert.match(panel, /the site's target is grade 6 or\s+lower/);
    assert.match(panel, /Scores of the saved revision 1/);
    assert.match(panel, new RegExp(`<li><mark>${HARD_SENTENCE}</mark>`), 'the hardest sentence is marked');
    assert.match(panel, new RegExp(`<dt>SMOG grade</dt><dd>${hard.smogGrade!.toFixed(1)}`));
    assert.match(editor.body, new RegExp(`data-readability-url="/admin/articles/${id}/readability"`), 'admin.js finds where to ask');
  });

  it('measures unsaved fields for the panel as the author types, saving nothing, for those who may view the article only', async () => {
    const { id, revision } = (await request('POST', '/api/admin/articles', 'contributor', { title: 'Sample: typed readability', body: PLAIN })).json();
    const typed = await request('POST', `/admin/articles/${id}/readability`, 'contributor', { title: 'Sample: typed readability', bodyMarkdown: HARD }, true);
    assert.equal(typed.status, 200, typed.body);
    assert.match(typed.body, /^<section class="readability"/, 'the panel alone');
    assert.match(typed.body, /Scores of the text as typed \(not saved yet\)/);
    assert.equal(/data-editor-readability-grade>([\d.]+)</.exec(typed.body)?.[1], hard.fleschKincaidGrade!.toFixed(1));
    assert.match(typed.body, />Over target</);
    const stored = (await request('GET', `/api/admin/articles/${id}`, 'contributor')).json();
    assert.deepEqual([stored.revision, stored.readability.fleschKincaidGrade], [revision, plain.fleschKincaidGrade], 'measuring costs no revision');

    assert.equal((await request('POST', `/admin/articles/${id}/readability`, 'other', { bodyMarkdown: HARD }, true)).status, 403, 'another contributor\'s draft');
    assert.notEqual((await request('POST', `/admin/articles/${id}/readability`, null, { bodyMarkdown: HARD }, true)).status, 200, 'nobody signed in');
  });
});
