import assert from 'node:assert/strict';
import type { Article, ArticleSummary } from '../content/article.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, type PreparedArticleIngest, writeInputs, miscarriageArticles } from '../testing/factories.js';
import type { RelatedRepository } from './related-repository.js';
import { RelatedService } from './related-service.js';

/**
 * What the contract needs of a site: the repository, where articles are written, and what
 * readers are shown (a site's record of ports has all three; named here so the recommender's
 * folder depends on no adapter).
 */
export interface RelatedContractSite {
  related: RelatedRepository;
  ingest: PreparedArticleIngest;
  catalogue: {
    findArticleBySlug(slug: string): Promise<Article | null>;
    relatedArticles(article: Article, limit: number): Promise<ArticleSummary[]>;
  };
  maintenance: { close(): Promise<void> };
}

/**
 * What every RelatedRepository must do, driven through the recommender (RelatedService) as the
 * site drives it. Each database's test file calls this with a function that opens a fresh,
 * empty site on the real database.
 */
export function relatedRepositoryContract(name: string, openSite: () => Promise<RelatedContractSite>, skip: SkipList = {}): void {
  contractSuite(`RelatedRepository contract: ${name}`, openSite, skip, (test: ContractTest<RelatedContractSite>) => {
    test('marks written articles pending and stores their lists in order, with reasons', async ({ ingest, related }) => {
      const { main, sibling, draft, unrelated } = miscarriageArticles();
      await writeInputs(ingest, [main, sibling, draft, unrelated], FIXED_NOW);
      assert.equal((await related.pending()).length, 4, 'every written article is pending');

      const report = await new RelatedService(related, () => FIXED_NOW).refreshPending();
      assert.equal(report.recomputed, 4);
      assert.deepEqual(await related.pending(), []);
      const article = await related.findArticle('what-is-a-miscarriage');
      assert.equal((await related.findArticle(main.provenance.id))?.id, article?.id, 'found by provenance id too');
      const stored = await related.storedList(article!.id);
      assert.equal(stored[0]?.target.slug, 'what-causes-a-miscarriage');
      assert.equal(stored[0]?.reason.sameTopic, true);
      assert.ok(stored[0]!.score > 0);
      assert.equal(await related.countArticles(), 4, 'drafts count: editors look at them too');
    });

    test('refreshes incrementally: a new article enters the lists it belongs in, a draft leaves them', async ({ ingest, catalogue, related }) => {
      const inputs = ['asthma inhaler wheezing', 'asthma attack triggers wheezing', 'knee cartilage tear', 'knee ligament sprain'].map((words) =>
        articleInput({ title: `About ${words}`, topic: null, bodyMarkdown: `This page covers ${words} in plain words.` }),
      );
      await writeInputs(ingest, inputs, FIXED_NOW);
      const service = new RelatedService(related, () => FIXED_NOW);
      await service.rebuild();
      const newcomer = articleInput({ title: 'Asthma wheezing at night', topic: null, bodyMarkdown: 'Night asthma and wheezing, with inhaler advice.' });
      await writeInputs(ingest, [newcomer], FIXED_NOW);
      const report = await service.refreshPending();
      assert.equal(report.mode, 'incremental');
      const asthma = await catalogue.findArticleBySlug('about-asthma-inhaler-wheezing');
      assert.equal((await catalogue.relatedArticles(asthma!, 13))[0]?.slug, 'asthma-wheezing-at-night');
      const knee = await catalogue.findArticleBySlug('about-knee-cartilage-tear');
      assert.ok(!(await catalogue.relatedArticles(knee!, 13)).some((r) => r.slug === 'asthma-wheezing-at-night'));

      await writeInputs(ingest, [{ ...newcomer, status: 'draft' }], FIXED_NOW);
      await service.refreshPending();
      const stored = await related.storedList(asthma!.id);
      assert.notEqual(stored[0]?.target.slug, 'asthma-wheezing-at-night', 'a draft falls behind every published match');
    });

    test('keeps an editor\'s pins and exclusions', async ({ ingest, catalogue, related }) => {
      const inputs = ['flu fever cough', 'flu vaccine fever', 'flu antiviral cough', 'sunburn skin care'].map((words) =>
        articleInput({ title: `About ${words}`, topic: null, bodyMarkdown: `Notes on ${words}.` }),
      );
      await writeInputs(ingest, inputs, FIXED_NOW);
      const service = new RelatedService(related, () => FIXED_NOW);
      await service.rebuild();
      await service.setOverride('about-flu-fever-cough', inputs[3]!.provenance.id, 'pin', 1);
      await service.setOverride('about-flu-fever-cough', 'about-flu-vaccine-fever', 'exclude');
      const article = await catalogue.findArticleBySlug('about-flu-fever-cough');
      const slugs = (await catalogue.relatedArticles(article!, 13)).map((r) => r.slug);
      assert.equal(slugs[0], 'about-sunburn-skin-care', 'pinned first');
      assert.ok(!slugs.includes('about-flu-vaccine-fever'), 'excluded');
      assert.equal((await related.storedList(article!.id))[0]?.reason.pinned, true);
      await assert.rejects(service.setOverride('about-flu-fever-cough', 'about-flu-fever-cough', 'pin'), /cannot recommend itself/);
      await assert.rejects(service.setOverride('no-such-article', 'about-flu-fever-cough', 'pin'), /not found/);

      await service.clearOverride('about-flu-fever-cough', 'about-flu-vaccine-fever');
      assert.ok((await catalogue.relatedArticles(article!, 13)).some((r) => r.slug === 'about-flu-vaccine-fever'), 'back after unpinning');
      assert.deepEqual((await related.overrides([article!.id])).map((o) => o.kind), ['pin']);
      assert.equal(await related.removeOverride(article!.id, article!.id), false, 'nothing to remove');
    });

    test('moves the generation whenever lists are saved', async ({ ingest, related }) => {
      await writeInputs(ingest, ['heart rhythm', 'heart valve', 'heart failure'].map((words) => articleInput({ title: `About ${words}`, topic: null })), FIXED_NOW);
      const before = await related.generation();
      await new RelatedService(related, () => FIXED_NOW).rebuild();
      const after = await related.generation();
      assert.notEqual(after, before);
      const ids = (await related.sources(0, 10)).map((source) => source.id);
      assert.equal(ids.length, 3);
      assert.deepEqual(ids, [...ids].sort((a, b) => a - b), 'sources in id order');
      assert.deepEqual((await related.sourcesById([ids[1]!])).map((source) => source.id), [ids[1]]);
      assert.deepEqual(await related.sources(ids[2]!, 10), [], 'the page after the last id is empty');
    });
  });
}
