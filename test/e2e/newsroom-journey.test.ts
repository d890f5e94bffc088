import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from '../../src/testing/axe.js';
import { createSetupLink } from '../../src/app/accounts/one-time-links.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../src/testing/browser.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'tulip-kettle-orbit-9';

describe('the newsroom in Chromium: first-run setup, write, save, publish', { skip: chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)` }, () => {
  let site: RunningSite;
  let browser: Browser;
  let page: Page;

  before(async () => {
    site = await startDemoSite({ admin: { clinicalReview: 'off' } });
    browser = await launchChromium();
    // axe is injected as an inline script, which the admin's CSP forbids; the test bypasses CSP.
    page = await (await browser.newContext({ bypassCSP: true })).newPage();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('creates the first admin from the one-time link, writes an article, reloads without losing it, publishes it to readers', async () => {
    const link = await createSetupLink({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' });
    await page.goto(`${site.origin}${link.path}`);
    assert.deepEqual(await seriousViolations(page), [], 'setup page');
    await page.fill('input[name="name"]', 'Sample Admin');
    await page.fill('input[name="email"]', 'admin@example.org');
    await page.fill('input[name="password"]', PASSWORD);
    await page.fill('input[name="confirm"]', PASSWORD);
    await page.locator('main button[type="submit"]').first().click();
    await page.waitForURL(/\/admin$/);
    const dashboardViolations = await seriousViolations(page);
    assert.equal(dashboardViolations.length, 0, describeViolations(dashboardViolations));

    await page.goto(`${site.origin}/admin/articles/new`);
    const editorViolations = await seriousViolations(page);
    assert.equal(editorViolations.length, 0, describeViolations(editorViolations));
    await page.fill('input[name="title"]', 'Sample: easing a stiff neck');
    await page.fill('textarea[name="bodyMarkdown"]', 'Gentle movement and warmth often help a stiff neck settle.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    const articleId = /\/admin\/articles\/(\d+)$/.exec(page.url())![1];
    await page.reload();
    assert.equal(await page.inputValue('textarea[name="bodyMarkdown"]'), 'Gentle movement and warmth often help a stiff neck settle.', 'nothing lost on reload');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    const slug = await page.inputValue('input[name="slug"]');
    const reader = await page.goto(`${site.origin}/articles/${slug}`);
    assert.equal(reader?.status(), 200);
    assert.match(await page.locator('main').innerText(), /Gentle movement and warmth/);

    await page.goto(`${site.origin}/admin/articles`);
    const listViolations = await seriousViolations(page);
    assert.equal(listViolations.length, 0, describeViolations(listViolations));
    assert.match(await page.locator('main').innerText(), /easing a stiff neck/);

    for (const path of ['/admin/users', '/admin/tokens', '/admin/audit', '/admin/taxonomy', `/admin/articles/${articleId}/delete`, `/admin/articles/${articleId}/revisions`]) {
      await page.goto(`${site.origin}${path}`);
      const violations = await seriousViolations(page);
      assert.equal(violations.length, 0, `${path}: ${describeViolations(violations)}`);
    }

    // Unpublished: the reader's address answers 410 with a page that says so.
    await page.goto(`${site.origin}/admin/articles/${articleId}`);
    await page.getByRole('button', { name: 'Unpublish', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    // A new reader: this browser keeps the page it read for its max-age, as any reader's would.
    const newReader = await (await browser.newContext({ bypassCSP: true })).newPage();
    const gone = await newReader.goto(`${site.origin}/articles/${slug}`);
    assert.equal(gone?.status(), 410);
    assert.match(await newReader.locator('h1').innerText(), /This page is no longer available/);
    const goneViolations = await seriousViolations(newReader);
    assert.equal(goneViolations.length, 0, `410 page: ${describeViolations(goneViolations)}`);
  });
});
