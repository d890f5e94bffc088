import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '../../src/accounts/roles.js';
import { createDraft } from '../../src/app/newsroom/create-draft.js';
import type { NewsroomPorts } from '../../src/app/newsroom/newsroom-ports.js';
import { publishArticle, unpublishArticle } from '../../src/app/newsroom/workflow-steps.js';
import { seedDemo } from '../../src/app/seed-demo.js';
import type { Site } from '../../src/app/site.js';
import { buildSite, type BuildSiteOptions } from '../../src/export/build-site.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { assertSameExport } from '../../src/testing/export-files.js';

const config = { baseUrl: 'http://example.test', excerptLength: 50, siteName: 'Healthpress', searchPerMinute: 100_000 };

/** The static export writes the site pages (reached from every page's footer) and rebuilds every footer when the set of pages changes. */
describe('static export of the site pages', () => {
  let site: Site;
  let editor: Actor;
  let ports: NewsroomPorts;
  const outDir = join(mkdtempSync(join(tmpdir(), 'hp-site-pages-export-')), 'out');
  const options = (dir: string): BuildSiteOptions => ({ catalogue: site.catalogue, changes: site.changes, config, outDir: dir });

  async function buildAndCompare(label: string) {
    const incremental = await buildSite(options(outDir));
    const fresh = join(mkdtempSync(join(tmpdir(), 'hp-site-pages-fresh-')), 'out');
    try {
      await buildSite(options(fresh));
      assertSameExport(outDir, fresh, label);
      return incremental;
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }

  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-site-pages-db-')), 'site.db')));
    await seedDemo(site);
    const user = (await site.accounts.users.list()).find((u) => u.role === 'editor')!;
    editor = { userId: user.id, role: 'editor' };
    ports = { newsroom: site.newsroom, previewLinks: site.previewLinks, taxonomy: site.taxonomy, feedback: site.feedback, related: site.related,
      audit: site.accounts.audit, clock: () => new Date(), clinicalReviewRequired: true };
    const first = await buildSite(options(outDir));
    assert.deepEqual(first.brokenLinks, []);
  });
  after(() => site?.maintenance.close());

  it('writes each site page at its top-level address, and every page\'s footer links them', () => {
    for (const slug of ['about', 'editorial-policy', 'privacy', 'contact']) assert.ok(existsSync(join(outDir, slug, 'index.html')) || existsSync(join(outDir, `${slug}.html`)), slug);
    const about = readFileSync(existsSync(join(outDir, 'about', 'index.html')) ? join(outDir, 'about', 'index.html') : join(outDir, 'about.html'), 'utf8');
    assert.match(about, /<h1>About this site<\/h1>/);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    assert.match(home, /<nav aria-label="About this site">.*href="\/privacy".*<\/nav>/s);
    assert.ok(!existsSync(join(outDir, 'articles', 'about')), 'no site page under /articles/');
  });

  it('rebuilds every footer when a site page is published or withdrawn, as a build from scratch would', async () => {
    const created = await createDraft(ports, editor, { title: 'Accessibility', kind: 'page', isSample: true, fields: { bodyMarkdown: 'This sample site aims to meet WCAG 2.2 AA.' } });
    await publishArticle(ports, editor, { articleId: created.articleId });
    const added = await buildAndCompare('a page published');
    assert.ok(added.written > 50, `every page's footer changed: wrote ${added.written}`);
    await unpublishArticle(ports, editor, { articleId: created.articleId });
    await buildAndCompare('a page withdrawn');
  });
});
