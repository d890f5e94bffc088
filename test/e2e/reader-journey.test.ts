import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../../src/testing/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../src/testing/browser.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

describe('a reader in Chromium', { skip: chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)` }, () => {
  let site: RunningSite;
  let browser: Browser;
  let page: Page;

  before(async () => {
    site = await startDemoSite();
    browser = await launchChromium();
    // axe is injected as an inline script, which the site's CSP forbids; the test bypasses CSP.
    const context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('goes home → category → article → next → a recommended article', async () => {
    await page.goto(`${site.origin}/`);
    assert.match(await page.title(), /Healthpress/);

    await page.locator('main a[href="/categories/womens-health"]').first().click();
    await page.waitForURL(/\/categories\/womens-health$/);
    assert.match(await page.locator('h1').innerText(), /Women.s health/);

    // The list is newest first; its last article is the oldest of its category, so it has a "next".
    await page.locator('main a[href^="/articles/"]').last().click();
    await page.waitForURL(/\/articles\//);
    const firstTitle = await page.locator('h1').innerText();
    assert.ok(firstTitle.length > 0);

    const next = page.locator('a[rel="next"]');
    assert.equal(await next.count(), 1, 'the oldest article of a category links to the next one');
    const nextHref = await next.getAttribute('href');
    await next.click();
    await page.waitForURL((url) => url.pathname === nextHref);
    const secondTitle = await page.locator('h1').innerText();
    assert.notEqual(secondTitle, firstTitle);
    assert.equal(await page.locator('a[rel="prev"]').count(), 1, 'and the next one links back');

    const recommendedLink = page.locator('section[aria-labelledby="recommended-heading"] a').first();
    assert.ok((await recommendedLink.count()) > 0, 'the article has recommendations');
    const href = await recommendedLink.getAttribute('href');
    await recommendedLink.click();
    await page.waitForURL((url) => url.pathname === href);
    assert.ok((await page.locator('h1').innerText()).length > 0);
  });

  it('searches from the header, then follows a suggestion typed on the search page', async () => {
    await page.goto(`${site.origin}/articles/what-is-a-miscarriage`);
    const header = page.locator('header [role="search"] input[name="q"]');
    await header.fill('why does my back hurt after losing a pregnancy');
    await header.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const first = page.locator('main ol a[href^="/articles/"]').first();
    assert.equal(await first.getAttribute('href'), '/articles/causes-of-back-pain-after-a-miscarriage');

    const box = page.locator('main input[data-suggest]');
    await box.fill('');
    await box.pressSequentially('miscar', { delay: 30 });
    const option = page.locator('[role="listbox"] [role="option"]').first();
    await option.waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(/\/(topics|articles)\//);
    assert.match(await page.locator('h1').innerText(), /miscarriage/i);
  });

  for (const path of ['/', '/articles/causes-of-back-pain-after-a-miscarriage', '/topics/miscarriage', '/categories/womens-health/pregnancy', '/health-a-z', '/search?q=back+pain+after+miscarriage']) {
    it(`has no serious or critical axe violations on ${path}`, async () => {
      await page.goto(`${site.origin}${path}`);
      const violations = await seriousViolations(page);
      assert.deepEqual(
        violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
      );
    });
  }

  it('shows a visible focus indicator and a skip link that works from the keyboard', async () => {
    await page.goto(`${site.origin}/articles/causes-of-back-pain-after-a-miscarriage`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent ?? '', href: el.getAttribute('href'), outline: style.outlineStyle, width: style.outlineWidth };
    });
    assert.match(focused.text, /skip/i);
    assert.equal(focused.href, '#main');
    assert.notEqual(focused.outline, 'none');
  });
});
