import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { addTestUser, assertAxeClean as axeClean, type BrowserSessions, startBrowserSite } from '../../src/testing/admin-browser.js';
import { chromiumAvailable, CHROMIUM_PATH } from '../../src/testing/browser.js';
import type { RunningSite } from '../../src/testing/demo-site.js';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;

describe('the newsroom in Chromium: autosave, the browser copy, review, conflicts, restore, hostile input', { skip }, () => {
  let site: RunningSite;
  let sessions: BrowserSessions;
  let close = async () => {};
  /** A signed-in browser of its own (cookies apart). */
  const signedIn = (email: string) => sessions.signedIn(email);
  const status = (page: Page) => page.locator('[data-editor-status]');
  /** admin.js's own "Saved at 21:14 · revision 3" (the server-rendered status ends "by you"). */
  const autosaved = (page: Page) => status(page).getByText(/^Saved at .* · revision \d+$/).waitFor({ timeout: 8000 });
  const body = (page: Page) => page.locator('textarea[name="bodyMarkdown"]');
  async function apiArticle(id: string): Promise<{ revision: number; status: string; fields: { bodyMarkdown: string; title: string } }> {
    return (await site.ports.newsroom.workingCopy(Number(id)).then((copy) => ({ revision: copy!.working.number, status: copy!.state, fields: copy!.working.fields })));
  }

  async function until(check: () => Promise<boolean>, what: string) {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`waited 10 s for: ${what}`);
  }
  let editorId = 0;

  before(async () => {
    ({ site, sessions, close } = await startBrowserSite({ admin: { clinicalReview: 'off' } }));
    for (const role of ['contributor', 'editor', 'admin'] as const) {
      const id = await addTestUser(site, `${role}@example.org`, role, `Sample ${role}`);
      if (role === 'editor') editorId = id;
    }
  });
  after(() => close());

  let articleId = '';
  let slug = '';

  it('the pages around signing in pass axe: sign-in (with a failed attempt), signed out, a refusal', async () => {
    const page = await sessions.newPage();
    await page.goto(`${site.origin}/admin/sign-in`);
    await axeClean(page, 'sign-in');
    await page.fill('input[name="email"]', 'contributor@example.org');
    await page.fill('input[name="password"]', 'not the right password at all');
    await page.locator('main button[type="submit"]').click();
    await page.getByRole('alert').first().waitFor();
    await axeClean(page, 'sign-in after a failed attempt');
    const contributor = await signedIn('contributor@example.org');
    const refused = await contributor.goto(`${site.origin}/admin/users`);
    assert.equal(refused?.status(), 403);
    await axeClean(contributor, 'the 403 page');
    await contributor.goto(`${site.origin}/admin`);
    await contributor.getByRole('button', { name: 'Sign out', exact: true }).click();
    await contributor.waitForURL(/\/admin\/signed-out$/);
    await axeClean(contributor, 'signed out');
  });

  it('a contributor writes a draft: autosave, reload with nothing lost, the browser copy after a refused save, submit', async () => {
    const page = await signedIn('contributor@example.org');
    await page.goto(`${site.origin}/admin/articles/new`);
    // Topic suggestions from the server as the writer types (what a site with thousands of topics relies on).
    await page.locator('input[name="topic"]').pressSequentially('somn');
    await page.waitForFunction(() => Array.from((document.querySelector('input[name="topic"]') as HTMLInputElement).list!.options, (o) => o.value).join('|') === 'Insomnia');
    await page.fill('input[name="topic"]', '');
    await page.fill('input[name="title"]', 'Sample: looking after a blister');
    await body(page).fill('Leave a blister to heal.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    articleId = /\/admin\/articles\/(\d+)$/.exec(page.url())![1]!;
    slug = await page.inputValue('input[name="slug"]');

    // Autosave: typing, then nothing; the live preview follows the typing.
    await body(page).fill('Leave a blister to heal. Cover it with a soft plaster.');
    await page.locator('[data-editor-preview]').getByText('Cover it with a soft plaster.').waitFor({ timeout: 5000 });
    await autosaved(page);
    await page.reload();
    assert.equal(await body(page).inputValue(), 'Leave a blister to heal. Cover it with a soft plaster.', 'the autosave kept it');

    // The server refuses (here: the network fails): the text stays in this browser and is offered back after a reload.
    await page.route('**/api/admin/articles/*', (route) => (route.request().method() === 'PUT' ? route.abort() : route.continue()));
    await body(page).fill('Leave a blister to heal. Cover it with a soft plaster. Do not pop it.');
    await status(page).getByText(/kept in this browser/).waitFor({ timeout: 8000 });
    await page.unroute('**/api/admin/articles/*');
    await page.reload();
    assert.equal(await body(page).inputValue(), 'Leave a blister to heal. Cover it with a soft plaster.', 'the server has the last saved text');
    await page.locator('[data-editor-copy-banner]').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Restore them' }).click();
    assert.equal(await body(page).inputValue(), 'Leave a blister to heal. Cover it with a soft plaster. Do not pop it.', 'the browser copy is offered back');
    await autosaved(page);
    assert.match((await apiArticle(articleId)).fields.bodyMarkdown, /Do not pop it\.$/);
    await axeClean(page, 'editor with a restored copy');

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    assert.equal((await apiArticle(articleId)).status, 'in_review');
    assert.equal((await page.request.get(`${site.origin}/articles/${slug}`)).status(), 404, 'still nothing for readers');
  });

  it('an editor previews, edits and publishes it, and readers see it', async () => {
    const page = await signedIn('editor@example.org');
    await page.goto(`${site.origin}/admin/articles/${articleId}/preview`);
    assert.match(await page.locator('main').innerText(), /Preview of revision \d+ — not published[\s\S]*Do not pop it\./);
    await axeClean(page, 'preview');
    await page.goto(`${site.origin}/admin/articles/${articleId}`);
    await page.getByRole('button', { name: 'Create preview link' }).click();
    const shared = await page.locator('#new-preview-link').inputValue();
    const outsider = await sessions.newPage();
    await outsider.goto(shared);
    assert.match(await outsider.locator('main').innerText(), /Preview of revision \d+ — not published[\s\S]*Do not pop it\./, 'a shared link opens without an account');
    await axeClean(outsider, 'shared preview');
    await outsider.context().close();
    await page.goto(`${site.origin}/admin/articles/${articleId}`);
    await body(page).fill('Leave a blister to heal. Cover it with a soft plaster. Do not pop it. See a doctor if it looks infected.');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    await page.goto(`${site.origin}/articles/${slug}`);
    assert.match(await page.locator('main').innerText(), /See a doctor if it looks infected\./);
  });

  it('two browsers edit one article: the second save gets the conflict view and keeps its text', async () => {
    const editor = await signedIn('editor@example.org');
    const admin = await signedIn('admin@example.org');
    // The contributor's tab from the first journey still holds the soft lock: the editor takes it over, as offered.
    await editor.goto(`${site.origin}/admin/articles/${articleId}`);
    const lockBanner = editor.locator('[data-editor-lock-banner]');
    if (await lockBanner.isVisible()) {
      assert.match(await lockBanner.innerText(), /Sample contributor is editing this article/);
      await editor.getByRole('button', { name: 'Take over' }).click();
      await editor.waitForURL(/\/admin\/articles\/\d+$/);
    }
    await until(async () => (await site.ports.newsroom.workingCopy(Number(articleId)))?.lock?.userId === editorId, 'the editor holds the lock');
    await admin.goto(`${site.origin}/admin/articles/${articleId}`);
    await admin.getByText('Sample editor is editing this article', { exact: true }).waitFor();
    await axeClean(admin, 'editor with the lock banner');

    await admin.fill('input[name="title"]', 'Sample: looking after a blister on the foot');
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.waitForURL(/\/admin\/articles\/\d+$/);

    const mine = 'Blisters heal by themselves within a week. Keep them covered.';
    await body(editor).fill(mine);
    await editor.locator('[data-editor-conflict-banner]').waitFor({ state: 'visible', timeout: 8000 });
    await editor.getByRole('button', { name: 'Compare the two versions' }).click();
    await editor.getByRole('heading', { name: 'What would you like to do?' }).waitFor();
    assert.match(await editor.locator('#mine-copy').inputValue(), /Blisters heal by themselves within a week/, 'my text is on the conflict page');
    assert.match(await editor.locator('main').innerText(), /looking after a blister on the foot/, 'their change is shown too');
    await axeClean(editor, 'conflict page');
    await editor.getByRole('button', { name: 'Save my version' }).click();
    await editor.waitForURL(/\/admin\/articles\/\d+$/);
    assert.equal(await body(editor).inputValue(), mine);
    const stored = await apiArticle(articleId);
    assert.equal(stored.fields.bodyMarkdown, mine, 'nothing typed was lost');
    assert.equal(await editor.locator('[data-editor-conflict-banner]').isVisible(), false);
  });

  it('restores an older revision as a new one; readers keep the live version until it is published', async () => {
    const page = await signedIn('editor@example.org');
    await page.goto(`${site.origin}/admin/articles/${articleId}/revisions`);
    await axeClean(page, 'revisions');
    await page.getByRole('button', { name: 'Compare the chosen revisions' }).click();
    await page.getByRole('heading', { name: /compared with revision/ }).waitFor();
    await axeClean(page, 'comparison');
    await page.goto(`${site.origin}/admin/articles/${articleId}/revisions`);
    await page.getByRole('button', { name: 'Restore this revision (1)' }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    assert.equal(await body(page).inputValue(), 'Leave a blister to heal.');
    await page.goto(`${site.origin}/articles/${slug}`);
    assert.match(await page.locator('main').innerText(), /See a doctor if it looks infected\./, 'the live revision stays until published');
  });

  it('hostile input in every editor field runs nowhere: the editor, the live preview, the preview page, the reader page', async () => {
    const page = await signedIn('editor@example.org');
    const ran: string[] = [];
    await page.exposeFunction('__hostile', (which: string) => void ran.push(which));
    page.on('dialog', (dialog) => { ran.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
    await page.goto(`${site.origin}/admin`);
    await page.evaluate('__hostile("probe")');
    assert.deepEqual(ran, ['probe'], 'the detector itself works');
    ran.length = 0;
    const payloads = [
      '<script>__hostile("script")</script>',
      '<img src=x onerror="__hostile(\'img\')">',
      '"><svg onload="__hostile(\'svg\')">',
      "' autofocus onfocus='__hostile(\"attr\")",
      '<iframe srcdoc="<script>parent.__hostile(\'iframe\')</script>"></iframe>',
      '<details open ontoggle="__hostile(\'details\')">x</details>',
      '[link](javascript:__hostile("md-link"))',
      '<a href="javascript:__hostile(\'a\')">a</a>',
      '</textarea><script>__hostile("textarea")</script>',
    ];
    const hostile = payloads.join(' ');
    await page.goto(`${site.origin}/admin/articles/new`);
    await page.fill('input[name="title"]', `Sample: hostile ${payloads[1]}`);
    await page.fill('input[name="topic"]', `Sample topic ${payloads[2]}`);
    await page.fill('input[name="tags"]', `sample, ${payloads[3]}`);
    await page.fill('textarea[name="summary"]', hostile);
    await body(page).fill(`# Heading\n\n${payloads.join('\n\n')}`);
    await page.fill('input[name="author"]', payloads[0]!);
    await page.fill('input[name="sourceTitle"] >> nth=0', payloads[4]!);
    await page.fill('input[name="sourcePublisher"] >> nth=0', payloads[5]!);
    await page.fill('input[name="sourceUrl"] >> nth=0', 'https://example.org/?q="><script>__hostile("url")</script>');
    await page.fill('input[name="revisionNote"]', payloads[8]!);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    const id = /\/admin\/articles\/(\d+)$/.exec(page.url())![1]!;
    await page.locator('[data-editor-preview] h1').waitFor();
    await body(page).fill(`${await body(page).inputValue()}\n\n${payloads[6]}`); // the live preview pane renders it
    await autosaved(page);
    for (const path of [`/admin/articles/${id}`, `/admin/articles/${id}/preview`, `/admin/articles/${id}/revisions`]) {
      await page.goto(`${site.origin}${path}`);
      await page.waitForTimeout(300);
    }
    await page.goto(`${site.origin}/admin/articles/${id}`);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    const readerSlug = await page.inputValue('input[name="slug"]');
    await page.goto(`${site.origin}/articles/${readerSlug}`);
    assert.match(await page.locator('h1').innerText(), /Sample: hostile <img src=x onerror=/, 'shown as text');
    await page.waitForTimeout(300);
    for (const link of await page.locator('a').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      assert.doesNotMatch(href, /^\s*javascript:/i, 'no javascript: link reaches readers');
    }
    assert.deepEqual(ran, [], `hostile input ran: ${ran.join(', ')}`);

    const csp = (await page.request.get(`${site.origin}/admin/articles/${id}`)).headers()['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    assert.match(scriptSrc, /^script-src 'self'/, csp);
    assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval/, "the admin's CSP allows no inline script");
  });
});
