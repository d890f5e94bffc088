import assert from 'node:assert/strict';
import type { Site } from '../app/site.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, prepared, writeInputs } from '../testing/factories.js';

/**
 * What every ArticleIngest must do, checked through the ports readers use. Each database's test
 * file calls this with a function that opens a fresh, empty site on the real database.
 */
export function articleIngestContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`ArticleIngest contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('imports, then reports unchanged, then updated, keyed on the provenance id', async ({ ingest, catalogue, maintenance }) => {
      const input = articleInput({ title: 'Causes of back pain' });
      assert.deepEqual(await writeInputs(ingest, [input], FIXED_NOW), ['imported']);
      assert.deepEqual(await writeInputs(ingest, [input], FIXED_NOW), ['unchanged']);
      assert.deepEqual(await writeInputs(ingest, [{ ...input, title: 'Causes of lower back pain' }], FIXED_NOW), ['updated']);
      const stats = await maintenance.stats();
      assert.equal(stats.articles, 1);
      const article = await catalogue.findArticleByProvenanceId(input.provenance.id);
      assert.equal(article?.title, 'Causes of lower back pain');
      assert.equal(article?.slug, 'causes-of-back-pain', 'the slug stays as first published');
    });

    test('moves an article to a new slug asked for: once public, the old address leads to the new one, chains collapse, moving back makes no loop', async ({ ingest, catalogue }) => {
      const draft = articleInput({ title: 'Draft name', slug: 'draft-name', status: 'draft' });
      await writeInputs(ingest, [draft], FIXED_NOW);
      await writeInputs(ingest, [{ ...draft, slug: 'better-draft-name' }], FIXED_NOW);
      assert.equal(await catalogue.redirectFor('/articles/draft-name'), null, 'never public: no redirect needed');

      const live = articleInput({ title: 'Shin splints', slug: 'shin-splints' });
      await writeInputs(ingest, [live], FIXED_NOW);
      await writeInputs(ingest, [{ ...live, slug: 'shin-pain-from-running' }], FIXED_NOW);
      assert.equal((await catalogue.findArticleByProvenanceId(live.provenance.id))?.slug, 'shin-pain-from-running');
      assert.equal(await catalogue.redirectFor('/articles/shin-splints'), '/articles/shin-pain-from-running');
      await writeInputs(ingest, [{ ...live, slug: 'medial-tibial-stress' }], FIXED_NOW);
      assert.equal(await catalogue.redirectFor('/articles/shin-splints'), '/articles/medial-tibial-stress', 'the chain collapsed');
      assert.equal(await catalogue.redirectFor('/articles/shin-pain-from-running'), '/articles/medial-tibial-stress');
      await writeInputs(ingest, [{ ...live, slug: 'shin-splints' }], FIXED_NOW);
      assert.equal(await catalogue.redirectFor('/articles/shin-splints'), null, 'a live address again: no loop');
      assert.equal(await catalogue.redirectFor('/articles/medial-tibial-stress'), '/articles/shin-splints');
      assert.deepEqual(await catalogue.redirects(), [
        { from: '/articles/medial-tibial-stress', to: '/articles/shin-splints' },
        { from: '/articles/shin-pain-from-running', to: '/articles/shin-splints' },
      ]);

      const other = articleInput({ title: 'Other', slug: 'taken-slug' });
      await writeInputs(ingest, [other], FIXED_NOW);
      await writeInputs(ingest, [{ ...live, slug: 'taken-slug' }], FIXED_NOW);
      assert.equal((await catalogue.findArticleByProvenanceId(live.provenance.id))?.slug, 'shin-splints', 'a slug another article holds is not taken');
    });

    test('records which import source holds which articles, moving an article to the source that last held it', async ({ ingest }) => {
      const [a, b] = [articleInput({ title: 'Held by one' }), articleInput({ title: 'Held by two' })];
      await writeInputs(ingest, [a, b], FIXED_NOW);
      assert.deepEqual(await ingest.importedFrom('markdown:/one'), []);
      await ingest.markImported('markdown:/one', [a.provenance.id, b.provenance.id, 'test:never-written']);
      assert.deepEqual((await ingest.importedFrom('markdown:/one')).map((x) => [x.provenanceId, x.title, x.status]), [
        [a.provenance.id, 'Held by one', 'published'], [b.provenance.id, 'Held by two', 'published'],
      ]);
      await ingest.markImported('markdown:/two', [b.provenance.id]);
      assert.deepEqual((await ingest.importedFrom('markdown:/one')).map((x) => x.title), ['Held by one']);
      assert.deepEqual((await ingest.importedFrom('markdown:/two')).map((x) => x.title), ['Held by two']);
      await ingest.markImported('markdown:/two', []);
    });

    test('tells the stored digest of each article that exists, so an importer prepares only what changed', async ({ ingest }) => {
      const [stored] = prepared([articleInput()]);
      await ingest.upsertArticles([stored!], FIXED_NOW);
      assert.deepEqual(await ingest.storedDigests([stored!.input.provenance.id, 'test:never-written']), new Map([[stored!.input.provenance.id, stored!.digest]]));
      assert.deepEqual(await ingest.storedDigests([]), new Map());
    });

    test('gives colliding titles distinct slugs', async ({ ingest, catalogue }) => {
      await writeInputs(ingest, [articleInput({ title: 'What is it?' }), articleInput({ title: 'What is it?' })], FIXED_NOW);
      assert.ok(await catalogue.findArticleBySlug('what-is-it'));
      assert.ok(await catalogue.findArticleBySlug('what-is-it-2'));
    });

    test('rolls back the whole batch when one article cannot be written', async ({ ingest, maintenance }) => {
      const good = articleInput();
      const duplicateProvenance = articleInput();
      const clash = { ...articleInput(), provenance: { ...duplicateProvenance.provenance } };
      // Two inserts of one provenance id inside a batch are fine (second is an update), so force
      // a failure with a category path the schema refuses (empty name after trimming).
      const broken = { ...articleInput(), categoryPath: [null as unknown as string] };
      await assert.rejects(writeInputs(ingest, [good, duplicateProvenance, clash, broken], FIXED_NOW));
      assert.equal((await maintenance.stats()).articles, 0);
    });

    test('shares one topic across sources and merges synonyms', async ({ ingest, catalogue }) => {
      await writeInputs(ingest, 
        [
          articleInput({ topic: { name: 'Polycystic kidney disease', synonyms: ['PKD'], semanticGroup: 'Disorders' } }),
          articleInput({ topic: { name: 'polycystic kidney disease', synonyms: ['Polycystic renal disease', 'pkd'], semanticGroup: null } }),
        ],
        FIXED_NOW,
      );
      const topic = await catalogue.findTopicBySlug('polycystic-kidney-disease');
      assert.equal(topic?.articleCount, 2);
      assert.deepEqual(topic?.synonyms, ['PKD', 'Polycystic renal disease']);
      assert.equal((await catalogue.topicIndex()).length, 1);
    });

    test('builds hierarchical categories from paths', async ({ ingest, catalogue }) => {
      await writeInputs(ingest, [articleInput({ categoryPath: ["Women's health", 'Pregnancy'] })], FIXED_NOW);
      await ingest.upsertCategories([{ path: ["Women's health"], description: 'Health of women' }]);
      const categories = await catalogue.listCategories();
      const parent = categories.find((c) => c.slug === 'womens-health');
      const child = categories.find((c) => c.slug === 'womens-health/pregnancy');
      assert.equal(parent?.description, 'Health of women');
      assert.equal(child?.parentId, parent?.id);
      assert.equal(child?.articleCount, 1);
      assert.equal(parent?.articleCount, 1, 'a parent counts the articles of its subcategories');
    });

    test('describes topics apart from articles, and an article of the topic keeps the description', async ({ ingest, catalogue }) => {
      await ingest.upsertTopics([{ name: 'Gout', synonyms: ['Gouty arthritis'], semanticGroup: 'Disorders', summary: 'A form of arthritis.', cuis: ['C0018099'] }]);
      const described = await catalogue.findTopicBySlug('gout');
      assert.equal(described?.summary, 'A form of arthritis.');
      assert.deepEqual(described?.cuis, ['C0018099']);
      assert.equal(described?.articleCount, 0);
      await writeInputs(ingest, [articleInput({ topic: { name: 'Gout', synonyms: [], semanticGroup: null } })], FIXED_NOW);
      const withArticle = await catalogue.findTopicBySlug('gout');
      assert.equal(withArticle?.id, described?.id, 'one topic, not two');
      assert.equal(withArticle?.summary, 'A form of arthritis.');
      assert.equal(withArticle?.articleCount, 1);
    });
  });
}
