import assert from 'node:assert/strict';
import type { Site } from '../app/site.js';
import { RelatedService } from '../related/related-service.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, writeInputs } from '../testing/factories.js';

/** What every SiteChangeFeed must report; each test gets a fresh, empty site on the real database. */
export function siteChangeFeedContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`SiteChangeFeed contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('keeps a change sequence: what changed since a position in it, and nothing for an unchanged import', async ({ ingest, changes: feed, catalogue, related }) => {
      const first = articleInput({ title: 'Change one', tags: ['alpha'] });
      const second = articleInput({ title: 'Change two' });
      await writeInputs(ingest, [first, second], FIXED_NOW);
      const start = await feed.siteState();
      assert.equal(start.articles.length, 2);
      assert.deepEqual(start.articles.find((a) => a.slug === 'change-one')?.tagSlugs, ['alpha']);
      assert.deepEqual(await writeInputs(ingest, [first, second], FIXED_NOW), ['unchanged', 'unchanged']);
      assert.equal((await feed.changesSince(start.changeSeq)).changeSeq, start.changeSeq, 'an unchanged import is no change');

      await writeInputs(ingest, [{ ...second, status: 'draft' }], FIXED_NOW);
      const changes = await feed.changesSince(start.changeSeq);
      assert.ok(changes.changeSeq > start.changeSeq);
      assert.equal(changes.siteId, start.siteId);
      assert.deepEqual(changes.articles.map((a) => [a.slug, a.published]), [['change-two', false]]);
      assert.equal((await feed.siteState()).articles.length, 1);

      await new RelatedService(related, () => FIXED_NOW).rebuild();
      const afterLists = await feed.changesSince(changes.changeSeq);
      assert.deepEqual(afterLists.articles, []);
      const listed = [...(await catalogue.relatedIds()).entries()].filter(([, ids]) => ids.length > 0).map(([id]) => id).sort();
      assert.deepEqual([...afterLists.lists].sort(), listed, 'the lists that changed, and only those');
      await new RelatedService(related, () => FIXED_NOW).rebuild();
      assert.deepEqual((await feed.changesSince(afterLists.changeSeq)).lists, [], 'the same lists again are no change');
    });

    test('reports topics and categories written since, and each article\'s last modification', async ({ ingest, changes: feed }) => {
      await writeInputs(ingest, [articleInput({ title: 'Dated', updatedAt: '2026-03-01', lastReviewedAt: '2026-02-01', publishedAt: '2026-01-01' })], FIXED_NOW);
      const start = await feed.siteState();
      assert.equal(start.articles[0]?.lastModified, '2026-03-01', 'the latest of its dates');
      assert.deepEqual(await feed.changesSince(start.changeSeq), { siteId: start.siteId, changeSeq: start.changeSeq, articles: [], lists: [], topics: [], categoriesChanged: false });

      await ingest.upsertTopics([{ name: 'Test topic', synonyms: ['A new name'], semanticGroup: 'Disorders' }]);
      await ingest.upsertCategories([{ path: ['Test category'], description: 'Now described' }]);
      const changes = await feed.changesSince(start.changeSeq);
      assert.equal(changes.topics.length, 1);
      assert.equal(changes.categoriesChanged, true);
      assert.deepEqual(changes.articles, [], 'a topic or category change is not an article change');
    });
  });
}
