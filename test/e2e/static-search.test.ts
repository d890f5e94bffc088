import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Site } from '../../src/app/site.js';
import { buildSite } from '../../src/export/build-site.js';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir } from '../../src/project-files.js';
import { SearchService } from '../../src/search/search-service.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../src/testing/browser.js';
import { serveStatic } from '../../src/testing/static-server.js';

// `healthpress build --static-search`: search on the export with no server at all — Pagefind's
// index is built into the export and searched in the browser.
describe('search on a static export built with --static-search', { skip: chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH}` }, () => {
  let site: Site;
  let server: Server;
  let origin: string;
  let outDir: string;
  let browser: Browser;

  before(async () => {
    const opened = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-pagefind-')), 'site.db'));
    site = opened.site;
    await runImport(site, markdownDirLoader, demoContentDir);
    outDir = join(mkdtempSync(join(tmpdir(), 'hp-pagefind-out-')), 'out');
    ({ server, origin } = await serveStatic(outDir, '/health'));
    const summary = await buildSite({
      catalogue: site.catalogue,
      changes: site.changes,
      search: new SearchService(opened.site.search),
      outDir,
      staticSearch: true,
      config: { baseUrl: `${origin}/health`, excerptLength: 50, siteName: 'Healthpress' },
    });
    assert.deepEqual(summary.brokenLinks, []);
    assert.equal(summary.staticSearchPages, 49, 'every published demo article is indexed, and only articles');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    await site?.maintenance.close();
  });

  it('writes the index and a search page that loads it', () => {
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-entry.json', 'search/index.html']) {
      assert.ok(existsSync(join(outDir, file)), file);
    }
  });

  it('searches from the header form and opens a result, with no server running', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/health/articles/what-is-a-miscarriage`);
    const header = page.locator('header [role="search"] input[name="q"]');
    await header.fill('back pain miscarriage');
    await header.press('Enter');
    await page.waitForURL(/\/health\/search\/\?q=/);
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ state: 'visible', timeout: 10_000 });
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(links.some((href) => href.includes('/health/articles/causes-of-back-pain-after-a-miscarriage')), links.join(', '));
    await result.click();
    await page.waitForURL(/\/health\/articles\//);
    assert.ok((await page.locator('h1').innerText()).length > 0);
    await page.close();
  });
});
