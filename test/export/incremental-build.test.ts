import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Site } from '../../src/app/site.js';
import { buildSite, type BuildSiteOptions } from '../../src/export/build-site.js';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir } from '../../src/project-files.js';
import { RelatedService } from '../../src/related/related-service.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { assertSameExport } from '../../src/testing/export-files.js';

const config = { baseUrl: 'http://example.test', excerptLength: 50, siteName: 'Healthpress', searchPerMinute: 100_000 };

/**
 * The incremental build skips rendering pages none of whose inputs changed. Its promise: after
 * any edit, the export holds exactly the bytes a build from scratch writes. Checked after each
 * kind of edit an editor makes.
 */
describe('incremental static build', () => {
  let site: Site;
  let contentDir: string;
  const outDir = join(mkdtempSync(join(tmpdir(), 'hp-incremental-')), 'out');
  const options = (dir: string, extra: Partial<BuildSiteOptions> = {}): BuildSiteOptions => ({ catalogue: site.catalogue, changes: site.changes, config, outDir: dir, ...extra });
  const edit = (name: string, change: (text: string) => string) => writeFileSync(join(contentDir, name), change(readFileSync(join(contentDir, name), 'utf8')));
  const reimport = async () => assert.equal((await runImport(site, markdownDirLoader, contentDir)).failed.length, 0);

  /** Builds incrementally and from scratch, and compares every file. */
  async function buildAndCompare(label: string) {
    const incremental = await buildSite(options(outDir));
    const fresh = join(mkdtempSync(join(tmpdir(), 'hp-fresh-')), 'out');
    const reference = await buildSite(options(fresh));
    try {
      assertSameExport(outDir, fresh, label);
      assert.deepEqual(incremental.brokenLinks, []);
      return { incremental, reference };
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }

  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-incremental-db-')), 'site.db')));
    contentDir = mkdtempSync(join(tmpdir(), 'hp-incremental-content-'));
    cpSync(demoContentDir, contentDir, { recursive: true });
    await reimport();
    const first = await buildSite(options(outDir));
    assert.equal(first.rendered, first.files + first.brokenLinks.length, 'a first build renders every page');
  });
  after(() => site?.maintenance.close());

  it('renders nothing when nothing changed', async () => {
    const again = await buildSite(options(outDir));
    assert.equal(again.rendered, 1, 'only the not-found page');
    assert.equal(again.written, 0);
    assert.equal(again.unchanged, again.files);
  });

  it('after an edit of an article body, renders only the pages that show the article', async () => {
    // (with a new "updated" date, which the sitemap shows)
    edit('what-is-a-miscarriage.md', (text) => `${text.replace(/^updated: .*$/m, 'updated: 2026-01-20').trimEnd()}\n\nA sentence added by the incremental build test.\n`);
    await reimport();
    const { incremental, reference } = await buildAndCompare('body edit');
    assert.ok(incremental.rendered < reference.rendered / 4, `rendered ${incremental.rendered} of ${reference.rendered}`);
    assert.ok(incremental.written >= 1 && incremental.written <= 8, `wrote ${incremental.written}`);
  });

  it('after a new title, shown in listings, lists and neighbours', async () => {
    edit('causes-of-constipation.md', (text) => text.replace(/^title: .*$/m, 'title: What causes constipation in adults?'));
    await reimport();
    const { incremental } = await buildAndCompare('title edit');
    assert.ok(incremental.written > 3, `wrote ${incremental.written}`);
  });

  it('after publishing a new article, unpublishing one and moving one to another category', async () => {
    writeFileSync(
      join(contentDir, 'new-sample-article.md'),
      ['---', 'title: Staying active during pregnancy', 'topic: Pregnancy', "category: [Women's health, Pregnancy]", 'tags: [pregnancy, exercise]',
        'question_type: prevention', 'status: published', 'published: 2025-07-01', 'sample: true', '---',
        'Gentle, regular activity is usually safe in an uncomplicated pregnancy. This sample text exists for a test.', ''].join('\n'),
    );
    await reimport();
    await buildAndCompare('new article');
    edit('back-pain-in-pregnancy.md', (text) => text.replace(/^status: .*$/m, 'status: draft'));
    await reimport();
    await buildAndCompare('unpublished article');
    edit('causes-of-constipation.md', (text) => text.replace(/^category: .*$/m, 'category: [Digestive health]').replace(/^published: .*$/m, 'published: 2024-01-15'));
    await reimport();
    await buildAndCompare('moved and re-dated article');
    // Only a new date: the article takes another place among its category's previous/next links.
    edit('what-is-a-miscarriage.md', (text) => text.replace(/^published: .*$/m, 'published: 2026-01-15'));
    await reimport();
    await buildAndCompare('re-dated article');
  });

  it('after an editor pins an entry into a list, and after a topic and a category are described anew', async () => {
    const article = (await site.catalogue.findArticleBySlug('what-is-a-miscarriage'))!;
    const target = (await site.catalogue.findArticleBySlug('causes-of-constipation'))!;
    await site.related.setOverride({ articleId: article.id, targetId: target.id, kind: 'pin', position: 1 }, '2026-01-01T00:00:00.000Z');
    await new RelatedService(site.related).refreshPending();
    const pinned = await buildAndCompare('pinned entry');
    assert.ok(pinned.incremental.rendered < pinned.reference.rendered / 4, `rendered ${pinned.incremental.rendered}`);

    edit('_topics.yml', (text) => text.replace('It is common and usually not caused', 'It is common and is usually not caused'));
    await reimport();
    await buildAndCompare('topic description');
    edit('_categories.yml', (text) => text.replace(/description: (.)/, 'description: Updated. $1'));
    await reimport();
    const described = await buildAndCompare('category description');
    assert.ok(described.incremental.written >= 1, 'the category page shows its description');
  });
});
