import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runImport } from '../importers/import-runner.js';
import { markdownDirLoader } from '../importers/markdown-dir.js';
import { demoContentDir } from '../project-files.js';
import { RelatedService } from '../related/related-service.js';
import type { Site } from '../app/site.js';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { articleInput, writeInputs } from '../testing/factories.js';
import { snapshotCatalogue } from './snapshot-catalogue.js';

describe('snapshotCatalogue (a static build reads the site once)', () => {
  let site: Site;
  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-snapshot-')), 'site.db')));
    assert.equal((await runImport(site, markdownDirLoader, demoContentDir)).failed.length, 0);
    // Ties on the publication date (the id decides), a draft, and an article that lists the draft.
    const sameDay = '2026-02-02T00:00:00.000Z';
    await writeInputs(
      site.ingest,
      [
        ...Array.from({ length: 4 }, (_, i) => articleInput({ title: `Same day ${i}`, categoryPath: ['Ties'], publishedAt: sameDay })),
        articleInput({ title: 'Unfinished draft', categoryPath: ['Ties'], status: 'draft', publishedAt: null }),
      ],
      sameDay,
    );
    await new RelatedService(site.related).refreshPending();
  });
  after(() => site.maintenance.close());

  it('answers every published article, its neighbours and its list exactly as the database does', async () => {
    const snapshot = snapshotCatalogue(site.catalogue);
    const { items } = await site.catalogue.listArticles({ order: 'oldest', limit: 10_000, offset: 0 });
    assert.ok(items.length > 50);
    for (const { slug, provenanceId } of items) {
      const article = (await site.catalogue.findArticleBySlug(slug))!;
      assert.deepEqual(await snapshot.findArticleBySlug(slug), article, slug);
      assert.deepEqual(await snapshot.findArticleByProvenanceId(provenanceId), article, provenanceId);
      assert.deepEqual(await snapshot.neighbours(article), await site.catalogue.neighbours(article), `neighbours of ${slug}`);
      for (const limit of [13, 3]) assert.deepEqual(await snapshot.relatedArticles(article, limit), await site.catalogue.relatedArticles(article, limit), `list of ${slug}`);
    }
    assert.equal(await snapshot.findArticleBySlug('unfinished-draft'), null);
    for (const { slug } of await site.catalogue.topicIndex()) {
      const topic = await site.catalogue.findTopicBySlug(slug);
      assert.deepEqual(await snapshot.findTopicBySlug(slug), topic, slug);
      assert.deepEqual(await snapshot.topicArticles(topic!.id), await site.catalogue.topicArticles(topic!.id), `articles of ${slug}`);
    }
    assert.equal(await snapshot.findArticleBySlug('no-such-article'), null);
  });

  it('serves listings as slices of one read, with the same items and totals', async () => {
    const snapshot = snapshotCatalogue(site.catalogue);
    const categories = await site.catalogue.listCategories();
    for (const category of categories) {
      for (const offset of [0, 2]) {
        const query = { categoryIds: [category.id], order: 'newest' as const, limit: 2, offset };
        assert.deepEqual(await snapshot.listArticles(query), await site.catalogue.listArticles(query), category.slug);
      }
    }
  });
});
