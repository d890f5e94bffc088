import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { addTestUser, assertAxeClean as axeClean, type BrowserSessions, startBrowserSite } from '../../src/testing/admin-browser.js';
import { chromiumAvailable, CHROMIUM_PATH } from '../../src/testing/browser.js';
import type { RunningSite } from '../../src/testing/demo-site.js';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;

const PLAIN = 'Sample text. Drink plenty of water. Rest when you feel tired. See a GP if it gets worse.';
const COMPLEX =
  'Persistent abdominal inflammation, particularly when accompanied by unexplained fever, considerable fatigue and progressive weight loss, ' +
  'necessitates immediate professional medical evaluation.';

describe('the readability panel in Chromium: it follows typing, and works without JavaScript', { skip }, () => {
  let site: RunningSite;
  let sessions: BrowserSessions;
  let close = async () => {};
  const signedIn = (options: { javaScriptEnabled?: boolean } = {}) => sessions.signedIn('editor@example.org', options);
  const grade = async (page: Page) => Number(await page.locator('[data-editor-readability-grade]').textContent());

  before(async () => {
    ({ site, sessions, close } = await startBrowserSite({ admin: {} }));
    await addTestUser(site, 'editor@example.org', 'editor', 'Sample editor');
  });
  after(() => close());

  let articleUrl = '';

  it('the grade rises past the target after typing a long, complex sentence, and the sentence is listed', async () => {
    const page = await signedIn();
    await page.goto(`${site.origin}/admin/articles/new`);
    await page.fill('input[name="title"]', 'Sample: readability as you type');
    await page.locator('textarea[name="bodyMarkdown"]').fill(PLAIN);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    articleUrl = page.url();

    const panel = page.locator('[data-editor-readability-panel]');
    const before = await grade(page);
    assert.ok(before <= 8, `the plain text is within the default target 8 (grade ${before})`);
    await panel.getByText('Within target', { exact: true }).waitFor();
    assert.equal(await page.locator('[data-editor-readability-score]').getAttribute('aria-live'), 'polite');
    await axeClean(page, 'the editor with its readability panel');

    const body = page.locator('textarea[name="bodyMarkdown"]');
    await body.focus();
    await body.press('Control+End'); // the end of the text, not of a wrapped line
    await body.pressSequentially(` ${COMPLEX}`);
    await page.waitForFunction((old) => document.querySelector('[data-editor-readability-grade]')?.textContent !== old, before.toFixed(1), { timeout: 10_000 });
    const after = await grade(page);
    assert.ok(after > before && after > 8, `the grade rose past the target: ${before} → ${after}`);
    await panel.getByText('Over target', { exact: true }).waitFor();
    assert.equal(await panel.locator('.readability__hardest li mark').first().textContent(), COMPLEX, 'the sentence that raises the grade most is marked first');
    await panel.getByText('Scores of the text as typed (not saved yet).').waitFor();
    await axeClean(page, 'the editor after the panel updated');
  });

  it('without JavaScript the panel shows the saved revision\'s scores', async () => {
    const page = await signedIn({ javaScriptEnabled: false });
    await page.goto(articleUrl);
    const panel = page.locator('[data-editor-readability-panel]');
    await panel.getByText(/^Scores of the saved revision \d+;/).waitFor();
    assert.ok(await panel.getByText('Within target', { exact: true }).or(panel.getByText('Over target', { exact: true })).isVisible());
    assert.ok(Number.isFinite(await grade(page)));
  });
});
