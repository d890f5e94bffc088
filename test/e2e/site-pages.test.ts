import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from '../../src/testing/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../src/testing/browser.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;

describe('site pages in Chromium: reached from the footer by keyboard, axe clean (light and dark)', { skip }, () => {
  let site: RunningSite;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
    // axe is injected as an inline script, which the site's CSP forbids; the test bypasses CSP.
    const context = await browser.newContext({ bypassCSP: true, ...options });
    contexts.push(context);
    return context.newPage();
  }

  before(async () => {
    site = await startDemoSite({ governance: {} });
    browser = await launchChromium();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await site?.close();
  });

  it('an article page\'s footer names the site pages in a landmark; the editorial policy opens from it by keyboard', async () => {
    const page = await newPage();
    await page.goto(`${site.origin}/articles/what-is-high-blood-pressure`);
    const footerNav = page.getByRole('navigation', { name: 'About this site' });
    assert.deepEqual(await footerNav.getByRole('link').allInnerTexts(), ['About this site', 'Editorial policy', 'Privacy', 'Contact']);
    await footerNav.getByRole('link', { name: 'Editorial policy' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/editorial-policy`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Editorial policy');
    assert.match(await page.locator('main').innerText(), /Sample content written for the healthpress demo/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`site pages have no serious or critical axe violations (${colorScheme})`, async () => {
      const page = await newPage({ colorScheme });
      for (const path of ['/about', '/editorial-policy', '/privacy', '/contact']) {
        const response = await page.goto(`${site.origin}${path}`);
        assert.equal(response?.status(), 200, path);
        const violations = await seriousViolations(page);
        assert.equal(violations.length, 0, `${path}: ${describeViolations(violations)}`);
      }
    });
  }
});
