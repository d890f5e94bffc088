import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type BrowserSessions, startBrowserSite } from '../../src/testing/admin-browser.js';
import { chromiumAvailable, CHROMIUM_PATH } from '../../src/testing/browser.js';
import type { RunningSite } from '../../src/testing/demo-site.js';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;
const ARTICLE = '/articles/tests-after-a-miscarriage';

describe('an article printed from Chromium keeps what a reader needs on paper', { skip }, () => {
  let site: RunningSite;
  let sessions: BrowserSessions;
  let close = async () => {};

  before(async () => {
    ({ site, sessions, close } = await startBrowserSite());
  });
  after(() => close());

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`prints each source's URL, the page's own URL, and the disclaimer black on white (${colorScheme} scheme)`, async () => {
      const page = await sessions.newPage({ colorScheme });
      await page.goto(`${site.origin}${ARTICLE}`);
      await page.emulateMedia({ media: 'print', colorScheme });

      const printedUrls = await page.locator('.sources__list a').evaluateAll((links) =>
        links.map((link) => ({ href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content })));
      assert.ok(printedUrls.length > 0, 'the article has sources');
      for (const { href, after: content } of printedUrls) assert.equal(content, `" (${href})"`, `the source ${href} prints its address`);

      const printedFrom = page.locator('.site-footer__printed-from');
      assert.equal(await printedFrom.isVisible(), true);
      assert.equal(await printedFrom.innerText(), `Printed from ${site.origin}${ARTICLE}`);

      const disclaimer = await page.locator('.site-footer__disclaimer').evaluate((element) => {
        const footer = element.closest('footer')!;
        return { color: getComputedStyle(element).color, footerBg: getComputedStyle(footer).backgroundColor };
      });
      assert.equal(disclaimer.color, 'rgb(0, 0, 0)');
      assert.ok(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'].includes(disclaimer.footerBg), `footer background ${disclaimer.footerBg}`);
    });
  }

  it('on screen the "Printed from" line is not shown', async () => {
    const page = await sessions.newPage();
    await page.goto(`${site.origin}${ARTICLE}`);
    assert.equal(await page.locator('.site-footer__printed-from').isVisible(), false);
  });
});
