import assert from 'node:assert/strict';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, writeInputs } from '../testing/factories.js';
import type { Site } from './site.js';

/** What every SiteMaintenance must do; each test gets a fresh, empty site on the real database. */
export function siteMaintenanceContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`SiteMaintenance contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('is empty when new, and not after the first article', async ({ ingest, maintenance }) => {
      assert.equal(await maintenance.isEmpty(), true);
      await writeInputs(ingest, [articleInput({ status: 'draft' })], FIXED_NOW);
      assert.equal(await maintenance.isEmpty(), false, 'a draft is content too');
    });

    test('counts articles (all, published, answered), topics, categories, tags and sources', async ({ ingest, maintenance }) => {
      const empty = await maintenance.stats();
      assert.deepEqual(empty, { articles: 0, publishedArticles: 0, answeredArticles: 0, topics: 0, categories: 0, tags: 0, articlesBySource: {} });
      const other = (input: ReturnType<typeof articleInput>) => ({ ...input, provenance: { ...input.provenance, sourceSite: 'Other' } });
      await writeInputs(ingest, 
        [
          articleInput({ categoryPath: ['Heart', 'Rhythm'], tags: ['a', 'b'] }),
          articleInput({ status: 'draft', hasAnswer: false, topic: { name: 'Second topic', synonyms: [], semanticGroup: null } }),
          other(articleInput({ hasAnswer: false, topic: null, categoryPath: [], tags: [] })),
        ],
        FIXED_NOW,
      );
      assert.deepEqual(await maintenance.stats(), {
        articles: 3,
        publishedArticles: 2,
        answeredArticles: 1,
        topics: 2,
        // Heart, Heart/Rhythm and the factory's "Test category".
        categories: 3,
        tags: 3,
        articlesBySource: { Other: 1, Test: 2 },
      });
    });
  });
}
