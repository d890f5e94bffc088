import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { describeViolations, seriousViolations } from '../../src/testing/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../src/testing/browser.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const SLUG = 'causes-of-back-pain-after-a-miscarriage';
const ARTICLE = `/articles/${SLUG}`;

describe('"Is this page helpful?" in Chromium', { skip: chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)` }, () => {
  let site: RunningSite;
  let browser: Browser;
  let withScript: BrowserContext;
  let withoutScript: BrowserContext;
  let articleId = 0;

  before(async () => {
    site = await startDemoSite({ feedback: {}, admin: {} });
    browser = await launchChromium();
    // axe is injected as an inline script, which the site's CSP forbids; the tests bypass CSP.
    withScript = await browser.newContext({ bypassCSP: true });
    withoutScript = await browser.newContext({ bypassCSP: true, javaScriptEnabled: false });
    articleId = (await site.ports.catalogue.findArticleBySlug(SLUG))!.id;
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const answers = async () => site.ports.feedback.forArticle(articleId, 10);

  it('with the script: the comment box appears after "No" (keyboard), the answer is sent in place, and the thanks take focus; axe finds nothing serious', async () => {
    const page = await withScript.newPage();
    await page.goto(`${site.origin}${ARTICLE}`);
    const form = page.locator('form[data-feedback]');
    assert.equal(await form.count(), 1);
    assert.deepEqual(await seriousViolations(page), [], 'the article page with the form');
    const comment = page.locator('#feedback-comment');
    assert.equal(await comment.isVisible(), false, 'no comment box before "No"');

    // A radio group by keyboard: focus the first radio, the arrow key chooses the next.
    await page.locator('#feedback-yes').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#feedback-no').isChecked(), true);
    assert.equal(await comment.isVisible(), true, 'the comment box after "No"');
    assert.equal(await page.locator('#feedback-no').getAttribute('aria-controls'), await page.locator('[data-feedback-comment]').getAttribute('id'));
    assert.deepEqual(await seriousViolations(page), [], 'with the comment box open');

    const before = await answers();
    await comment.fill('Sample comment: the section on when to get help is hard to find.');
    await page.locator('.feedback__button').click();
    const thanks = page.locator('.feedback__thanks');
    await thanks.waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await thanks.innerText(), /Thank you for your feedback/);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'feedback__thanks', 'focus moves to the thanks');
    assert.equal(page.url(), `${site.origin}${ARTICLE}`, 'the reader stays on the page');
    const after = await answers();
    assert.equal(after.no, before.no + 1);
    assert.equal(after.comments[0]?.comment, 'Sample comment: the section on when to get help is hard to find.');
    assert.deepEqual(await withScript.cookies(), [], 'no cookie was set');
    const violations = await seriousViolations(page);
    assert.deepEqual(violations, [], describeViolations(violations));
    await page.close();
  });

  it('without JavaScript: the whole form shows, posts, and leads to an accessible thank-you page with the way back', async () => {
    const page = await withoutScript.newPage();
    await page.goto(`${site.origin}${ARTICLE}`);
    assert.equal(await page.locator('#feedback-comment').isVisible(), true, 'the comment box is there without the script');
    const before = await answers();
    await page.locator('label[for="feedback-yes"]').click();
    await page.locator('.feedback__button').click();
    await page.waitForURL(/\/feedback\/thanks$/);
    assert.match(await page.locator('h1').innerText(), /Thank you for your feedback/);
    assert.equal((await answers()).yes, before.yes + 1);
    const thanksUrl = page.url();
    await page.locator(`a[href="${ARTICLE}"]`).click();
    await page.waitForURL((url) => url.pathname === ARTICLE);
    assert.deepEqual(await withoutScript.cookies(), [], 'no cookie was set');
    await page.close();

    // axe runs as a script, so it checks the same thank-you page in the context that runs scripts.
    const checked = await withScript.newPage();
    await checked.goto(thanksUrl);
    const violations = await seriousViolations(checked);
    assert.deepEqual(violations, [], describeViolations(violations));
    await checked.close();
  });

  it("shows an editor the article's feedback page and the dashboard totals without serious axe violations", async () => {
    const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
    const editor = await addUser(context, CLI, { email: 'feedback-editor@example.org', role: 'editor', password: 'tulip-kettle-orbit-9', name: 'Sample editor' });
    const { token } = await createToken(context, CLI, { user: editor.id });
    const admin = await browser.newContext({ bypassCSP: true, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    const page = await admin.newPage();
    await page.goto(`${site.origin}/admin/articles/${articleId}/feedback`);
    assert.match(await page.locator('h1').innerText(), /Reader feedback on/);
    assert.ok((await page.locator('.feedback-comments__item').count()) >= 1, 'the comment sent above is listed');
    let violations = await seriousViolations(page);
    assert.deepEqual(violations, [], describeViolations(violations));
    await page.goto(`${site.origin}/admin`);
    assert.match(await page.locator('#reader-feedback-title').innerText(), /Reader feedback/);
    violations = await seriousViolations(page);
    assert.deepEqual(violations, [], describeViolations(violations));
    await admin.close();
  });
});
