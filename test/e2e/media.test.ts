import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { describeViolations, seriousViolations } from '../../src/testing/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../src/testing/browser.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';
import { samplePng } from '../../src/testing/sample-image.js';

const PASSWORD = 'tulip-kettle-orbit-9';
const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;

describe('images in Chromium: the reader page, the Images page and the editor\'s "Insert an image"', { skip }, () => {
  let site: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const axeClean = async (label: string) => {
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, `${label}: ${describeViolations(violations)}`);
  };

  before(async () => {
    site = await startDemoSite({ admin: {} });
    await addUser({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' }, CLI, { email: 'editor@example.org', role: 'editor', password: PASSWORD, name: 'Sample editor' });
    browser = await launchChromium();
    context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  it('the demo image loads at its size with its alt text, and the page stays axe clean', async () => {
    await page.goto(`${site.origin}/articles/back-pain-in-pregnancy`);
    const image = page.getByRole('img', { name: /^Sample illustration: a simple figure sitting upright/ });
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.article__body img')).every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0));
    const box = await image.boundingBox();
    assert.ok(box && Math.abs(box.width / box.height - 1.5) < 0.02, `the 3:2 shape is kept: ${JSON.stringify(box)}`);
    await axeClean('the reader page with an image');
  });

  it('an editor uploads from the editor and the Markdown lands at the caret; the preview shows the image', async () => {
    await page.goto(`${site.origin}/admin/sign-in`);
    await page.fill('input[name="email"]', 'editor@example.org');
    await page.fill('input[name="password"]', PASSWORD);
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/\/admin$/);
    const article = await site.ports.catalogue.findArticleBySlug('causes-of-insomnia');
    assert.ok(article);
    await page.goto(`${site.origin}/admin/articles/${article.id}`);

    const summary = page.locator('summary', { hasText: 'Insert an image' });
    await summary.waitFor({ state: 'visible' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Image file').setInputFiles({ name: 'steps.png', mimeType: 'image/png', buffer: await samplePng(1000, 600, '#226644') });
    await page.getByRole('button', { name: 'Upload and insert into the body' }).click();
    assert.match(await page.locator('[data-image-insert-status]').innerText(), /^Write the alt text/, 'no upload without alt text');
    await page.getByLabel('Alt text (required)').fill('Sample diagram: a green box');
    await page.getByRole('button', { name: 'Upload and insert into the body' }).click();
    await page.locator('[data-image-insert-status]', { hasText: 'Image inserted' }).waitFor();
    const body = await page.locator('textarea[name="bodyMarkdown"]').inputValue();
    assert.match(body, /\n\n!\[Sample diagram: a green box\]\(\/media\/[0-9a-f]{32}-1000x600\.png\)\n$/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'bodyMarkdown');
    await page.locator('[data-editor-preview] img[alt="Sample diagram: a green box"]').waitFor({ timeout: 10_000 });
    await axeClean('the editor with the image panel open');
  });

  it('the Images page lists the upload with its Markdown and is axe clean', async () => {
    await page.goto(`${site.origin}/admin/media`);
    assert.ok((await page.locator('.media-list__item').count()) >= 2, 'the demo image and the upload');
    assert.match(await page.getByLabel('Markdown for steps.png').inputValue(), /^!\[Sample diagram: a green box\]/);
    await axeClean('the Images page');
  });
});
