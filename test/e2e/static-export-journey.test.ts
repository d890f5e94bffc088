import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Site } from '../../src/app/site.js';
import { buildSite } from '../../src/export/build-site.js';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir } from '../../src/project-files.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../src/testing/browser.js';
import { serveStatic } from '../../src/testing/static-server.js';
import { describeViolations, seriousViolations } from '../../src/testing/axe.js';

// The reader journey of reader-journey.test.ts, on the static export served from a subdirectory
// by a plain file server: no healthpress server runs.
describe('a reader in Chromium on the static export', { skip: chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH}` }, () => {
  let site: Site;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  let rebuild: () => Promise<void>;

  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-static-e2e-')), 'site.db')));
    await runImport(site, markdownDirLoader, demoContentDir);
    const outDir = join(mkdtempSync(join(tmpdir(), 'hp-static-e2e-out-')), 'out');
    const served = await serveStatic(outDir, '/health');
    ({ server, origin } = served);
    rebuild = async () => {
      const summary = await buildSite({ catalogue: site.catalogue, changes: site.changes, outDir, config: { baseUrl: `${origin}/health`, excerptLength: 50, siteName: 'Healthpress' } });
      assert.deepEqual(summary.brokenLinks, []);
    };
    await rebuild();
    browser = await launchChromium();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    await site?.maintenance.close();
  });

  it('goes home → category → article → next → a recommended article', async () => {
    await page.goto(`${origin}/health/`);
    assert.match(await page.title(), /Healthpress/);
    const stylesheet = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.notEqual(stylesheet, '', 'the stylesheet loads');

    await page.locator('main a[href="/health/categories/womens-health"]').first().click();
    await page.waitForURL(/\/health\/categories\/womens-health$/);
    assert.match(await page.locator('h1').innerText(), /Women.s health/);

    await page.locator('main a[href^="/health/articles/"]').last().click();
    await page.waitForURL(/\/health\/articles\//);
    const firstTitle = await page.locator('h1').innerText();

    const next = page.locator('a[rel="next"]');
    assert.equal(await next.count(), 1);
    const nextHref = await next.getAttribute('href');
    await next.click();
    await page.waitForURL((url) => url.pathname === nextHref);
    assert.notEqual(await page.locator('h1').innerText(), firstTitle);

    const recommended = page.locator('section[aria-labelledby="recommended-heading"] a').first();
    const href = await recommended.getAttribute('href');
    await recommended.click();
    await page.waitForURL((url) => url.pathname === href);
    assert.ok((await page.locator('h1').innerText()).length > 0);
    assert.equal(await page.locator('h1', { hasText: /not found/i }).count(), 0);
  });

  it('shows the 404 page for a missing URL', async () => {
    const response = await page.goto(`${origin}/health/articles/no-such-article`);
    assert.equal(response?.status(), 404);
    assert.match(await page.locator('h1').innerText(), /not found|can.t find/i);
  });

  it('leads from a moved topic\'s old address to the new one; the redirect page passes axe', async () => {
    const insomnia = (await site.taxonomy.list('topic', { q: 'insomnia', limit: 1, offset: 0 })).items[0]!;
    assert.equal((await site.taxonomy.changeSlug('topic', insomnia.id, 'sleeplessness', new Date().toISOString())).ok, true);
    await rebuild();
    const reader = await browser.newPage();
    try {
      await reader.goto(`${origin}/health/topics/insomnia`);
      await reader.waitForURL(/\/health\/topics\/sleeplessness\/?$/);
      assert.match(await reader.locator('h1').innerText(), /Insomnia/);

      // The redirect page itself, held still: its refresh gets a 204, which leaves a page where it is.
      await reader.route(/\/topics\/sleeplessness/, (route) => route.fulfill({ status: 204 }));
      await reader.goto(`${origin}/health/topics/insomnia`).catch(() => undefined);
      assert.match(await reader.locator('h1').innerText(), /This page has moved/);
      assert.equal(await reader.locator('main a').getAttribute('href'), '/health/topics/sleeplessness/');
      const violations = await seriousViolations(reader);
      assert.equal(violations.length, 0, `redirect page: ${describeViolations(violations)}`);
    } finally {
      await reader.close();
    }
  });
});
