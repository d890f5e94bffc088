import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { addTestUser, assertAxeClean, type BrowserSessions, startBrowserSite } from '../../src/testing/admin-browser.js';
import { chromiumAvailable, CHROMIUM_PATH } from '../../src/testing/browser.js';
import type { RunningSite } from '../../src/testing/demo-site.js';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;
const TITLE = 'Sample: looking after a grazed knee';
const FIRST_BODY = 'Sample text. Rinse the graze with clean water and cover it with a clean dressing.';
const CHANGED_BODY = `${FIRST_BODY}\n\nSample text added after the sign-off.`;

describe('clinical sign-off in Chromium: a reviewer signs off, an editor publishes, a later change voids the sign-off', { skip }, () => {
  let site: RunningSite;
  let sessions: BrowserSessions;
  let close = async () => {};
  let editor: Page;
  let reviewer: Page;
  let articlePath = '';
  let slug = '';

  before(async () => {
    ({ site, sessions, close } = await startBrowserSite({ admin: {} })); // clinical review required, the default
    await addTestUser(site, 'editor@example.org', 'editor', 'Sample editor');
    await addTestUser(site, 'reviewer@example.org', 'reviewer', 'Dr Sample Reviewer');
    editor = await sessions.signedIn('editor@example.org');
    reviewer = await sessions.signedIn('reviewer@example.org');
  });
  after(() => close());

  it('an editor cannot publish before a sign-off and is told why, then submits the article for review', async () => {
    await editor.goto(`${site.origin}/admin/articles/new`);
    await editor.fill('input[name="title"]', TITLE);
    await editor.fill('textarea[name="bodyMarkdown"]', FIRST_BODY);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitForURL(/\/admin\/articles\/\d+$/);
    articlePath = new URL(editor.url()).pathname;
    slug = await editor.inputValue('input[name="slug"]');

    assert.equal(await editor.getByRole('button', { name: 'Publish', exact: true }).count(), 0, 'no Publish button without a sign-off');
    assert.match(await editor.locator('[data-review-required]').innerText(), /^Publishing needs a clinical sign-off first: /);
    assert.equal(await editor.locator('[data-signoff-standing]').getAttribute('data-signoff-standing'), 'none');
    assert.equal((await fetch(`${site.origin}/articles/${slug}`)).status, 404, 'readers cannot see it');

    await editor.getByRole('button', { name: 'Submit for review', exact: true }).click();
    await editor.waitForURL(/\/admin\/articles\/\d+$/);
    assert.match(await editor.locator('ol.timeline').innerText(), /Submitted for review by Sample editor/);
  });

  it('the reviewer signs the revision off from the keyboard-usable form; the panel and timeline say so (axe clean)', async () => {
    await reviewer.goto(`${site.origin}${articlePath}`);
    const form = reviewer.getByRole('form', { name: 'Clinical sign-off' });
    await form.waitFor();
    await assertAxeClean(reviewer, 'the editor as a reviewer sees it');
    await form.getByLabel('Your name as readers see it').fill('Dr Sample Reviewer');
    await form.getByLabel('Credential').fill('GP (sample reviewer)');
    await form.getByLabel('Note (optional)').fill('Checked against our first-aid guidance.');
    await form.getByRole('button', { name: /^Sign off revision \d+$/ }).click();
    await reviewer.waitForURL(/\/admin\/articles\/\d+$/);
    assert.equal(await reviewer.locator('[data-signoff-standing]').getAttribute('data-signoff-standing'), 'current');
    assert.match(await reviewer.locator('[data-signoff-standing]').innerText(), /Signed off: Dr Sample Reviewer \(GP \(sample reviewer\)\) signed revision \d+ off/);
    assert.match(await reviewer.locator('ol.timeline').innerText(), /Signed off clinically by Dr Sample Reviewer[\s\S]*Checked against our first-aid guidance\./);
    assert.equal(await reviewer.getByRole('button', { name: 'Publish', exact: true }).count(), 0, 'a reviewer does not publish');
  });

  it('the editor publishes; readers see the reviewer, the credential and the next review date', async () => {
    await editor.goto(`${site.origin}${articlePath}`);
    await editor.getByRole('button', { name: 'Publish', exact: true }).click();
    await editor.waitForURL(/\/admin\/articles\/\d+$/);
    assert.match(await editor.locator('ol.timeline').innerText(), /Published by Sample editor/);

    const reader = await sessions.newPage();
    const response = await reader.goto(`${site.origin}/articles/${slug}`);
    assert.equal(response?.status(), 200);
    const main = await reader.locator('main').innerText();
    assert.match(main, /Clinically reviewed by Dr Sample Reviewer, GP \(sample reviewer\)/);
    assert.match(main, /Next review due/);
    await assertAxeClean(reader, 'the reader page with its reviewer');
  });

  it('an editor\'s change to the body voids the sign-off: readers keep the reviewed text until a reviewer signs again', async () => {
    await editor.goto(`${site.origin}${articlePath}`);
    await editor.fill('textarea[name="bodyMarkdown"]', CHANGED_BODY);
    await editor.getByRole('button', { name: 'Publish', exact: true }).click();
    await editor.getByText(/Saved, but not published:/).waitFor();
    assert.equal(await editor.locator('[data-signoff-standing]').getAttribute('data-signoff-standing'), 'voided');
    assert.match(await editor.locator('[data-signoff-standing]').innerText(), /Sign-off voided:[\s\S]*must sign the latest revision off/);
    assert.match(await editor.locator('ol.timeline').innerText(), /Sign-off voided by a clinical change[\s\S]*changed: body/);
    assert.equal(await editor.inputValue('textarea[name="bodyMarkdown"]'), CHANGED_BODY, 'the change is saved, not lost');
    await assertAxeClean(editor, 'the editor with a voided sign-off');

    const reader = await (await fetch(`${site.origin}/articles/${slug}`)).text();
    assert.doesNotMatch(reader, /added after the sign-off/, 'readers still read the signed-off revision');

    // The pending change goes through review like the first version: submitted, signed off, published.
    await editor.getByRole('button', { name: 'Submit for review', exact: true }).click();
    await editor.waitForURL(/\/admin\/articles\/\d+$/);
    await reviewer.goto(`${site.origin}${articlePath}`);
    const form = reviewer.getByRole('form', { name: 'Clinical sign-off' });
    await form.getByLabel('Credential').fill('GP (sample reviewer)');
    await form.getByRole('button', { name: /^Sign off revision \d+$/ }).click();
    await reviewer.waitForURL(/\/admin\/articles\/\d+$/);
    assert.equal(await reviewer.locator('[data-signoff-standing]').getAttribute('data-signoff-standing'), 'current');
    await editor.goto(`${site.origin}${articlePath}`);
    await editor.getByRole('button', { name: 'Publish', exact: true }).click();
    await editor.waitForURL(/\/admin\/articles\/\d+$/);
    const updated = await (await fetch(`${site.origin}/articles/${slug}`)).text();
    assert.match(updated, /added after the sign-off/, 'readers read the change once it was signed off and published');
  });
});
