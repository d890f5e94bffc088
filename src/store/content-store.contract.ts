import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIXED_NOW, articleInput, prepared } from '../testing/factories.js';
import { RelatedService } from '../related/related-service.js';
import type { ContentStore } from './content-store.js';

/**
 * The behaviour every ContentStore must have. Each implementation's test file calls this with
 * a function that opens a fresh, empty store on the real database.
 */
export function contentStoreContract(name: string, openEmptyStore: () => Promise<ContentStore>): void {
  describe(`ContentStore contract: ${name}`, () => {
    const withStore = (fn: (store: ContentStore) => Promise<void>) => async () => {
      const store = await openEmptyStore();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    };

    it('imports, then reports unchanged, then updated, keyed on the provenance id', withStore(async (store) => {
      const input = articleInput({ title: 'Causes of back pain' });
      assert.deepEqual(await store.upsertArticles(prepared([input]), FIXED_NOW), ['imported']);
      assert.deepEqual(await store.upsertArticles(prepared([input]), FIXED_NOW), ['unchanged']);
      assert.deepEqual(await store.upsertArticles(prepared([{ ...input, title: 'Causes of lower back pain' }]), FIXED_NOW), ['updated']);
      const stats = await store.stats();
      assert.equal(stats.articles, 1);
      const article = await store.findArticleByProvenanceId(input.provenance.id);
      assert.equal(article?.title, 'Causes of lower back pain');
      assert.equal(article?.slug, 'causes-of-back-pain', 'the slug stays as first published');
    }));

    it('tells the stored digest of each article that exists, so an importer prepares only what changed', withStore(async (store) => {
      const [stored] = prepared([articleInput()]);
      await store.upsertArticles([stored!], FIXED_NOW);
      assert.deepEqual(await store.storedDigests([stored!.input.provenance.id, 'test:never-written']), new Map([[stored!.input.provenance.id, stored!.digest]]));
      assert.deepEqual(await store.storedDigests([]), new Map());
    }));

    it('gives colliding titles distinct slugs', withStore(async (store) => {
      await store.upsertArticles(prepared([articleInput({ title: 'What is it?' }), articleInput({ title: 'What is it?' })]), FIXED_NOW);
      assert.ok(await store.findArticleBySlug('what-is-it'));
      assert.ok(await store.findArticleBySlug('what-is-it-2'));
    }));

    it('rolls back the whole batch when one article cannot be written', withStore(async (store) => {
      const good = articleInput();
      const duplicateProvenance = articleInput();
      const clash = { ...articleInput(), provenance: { ...duplicateProvenance.provenance } };
      // Two inserts of one provenance id inside a batch are fine (second is an update), so force
      // a failure with a category path the schema refuses (empty name after trimming).
      const broken = { ...articleInput(), categoryPath: [null as unknown as string] };
      await assert.rejects(store.upsertArticles(prepared([good, duplicateProvenance, clash, broken]), FIXED_NOW));
      assert.equal((await store.stats()).articles, 0);
    }));

    it('hides drafts from readers', withStore(async (store) => {
      const draft = articleInput({ status: 'draft', title: 'Unfinished' });
      await store.upsertArticles(prepared([draft]), FIXED_NOW);
      assert.equal(await store.findArticleBySlug('unfinished'), null);
      assert.equal((await store.listArticles({ order: 'newest', limit: 10, offset: 0 })).total, 0);
      assert.equal(await store.countPublished(), 0);
    }));

    it('orders previous/next within the category by publication date', withStore(async (store) => {
      const inputs = ['2026-01-03', '2026-01-01', '2026-01-02'].map((date, i) =>
        articleInput({ title: `Dated ${i}`, publishedAt: date, categoryPath: ['Timeline'] }),
      );
      await store.upsertArticles(prepared([...inputs, articleInput({ publishedAt: '2026-01-02', categoryPath: ['Elsewhere'] })]), FIXED_NOW);
      const middle = await store.findArticleBySlug('dated-2');
      assert.ok(middle);
      const { previous, next } = await store.neighbours(middle);
      assert.equal(previous?.slug, 'dated-1');
      assert.equal(next?.slug, 'dated-0');
      const first = await store.findArticleBySlug('dated-1');
      assert.equal((await store.neighbours(first!)).previous, null);
    }));

    it('shares one topic across sources and merges synonyms', withStore(async (store) => {
      await store.upsertArticles(
        prepared([
          articleInput({ topic: { name: 'Polycystic kidney disease', synonyms: ['PKD'], semanticGroup: 'Disorders' } }),
          articleInput({ topic: { name: 'polycystic kidney disease', synonyms: ['Polycystic renal disease', 'pkd'], semanticGroup: null } }),
        ]),
        FIXED_NOW,
      );
      const topic = await store.findTopicBySlug('polycystic-kidney-disease');
      assert.equal(topic?.articleCount, 2);
      assert.deepEqual(topic?.synonyms, ['PKD', 'Polycystic renal disease']);
      assert.equal((await store.topicIndex()).length, 1);
    }));

    it('builds hierarchical categories from paths', withStore(async (store) => {
      await store.upsertArticles(prepared([articleInput({ categoryPath: ["Women's health", 'Pregnancy'] })]), FIXED_NOW);
      await store.upsertCategories([{ path: ["Women's health"], description: 'Health of women' }]);
      const categories = await store.listCategories();
      const parent = categories.find((c) => c.slug === 'womens-health');
      const child = categories.find((c) => c.slug === 'womens-health/pregnancy');
      assert.equal(parent?.description, 'Health of women');
      assert.equal(child?.parentId, parent?.id);
      assert.equal(child?.articleCount, 1);
      assert.equal(parent?.articleCount, 1, 'a parent counts the articles of its subcategories');
    }));

    it('stores the recommender\'s lists and serves them in order, published articles only', withStore(async (store) => {
      const topic = { name: 'Miscarriage', synonyms: ['Pregnancy loss'], semanticGroup: 'Disorders' };
      const body = (extra: string) => `A miscarriage is the loss of a pregnancy before the twentieth week. ${extra}`;
      const main = articleInput({ title: 'What is a miscarriage?', topic, bodyMarkdown: body('Most happen early.') });
      const sibling = articleInput({ title: 'What causes a miscarriage?', topic, questionType: 'causes', bodyMarkdown: body('Chromosome problems cause most.') });
      const draft = articleInput({ title: 'Grief after pregnancy loss', status: 'draft', topic: null, bodyMarkdown: body('Grief is normal.') });
      const unrelated = articleInput({ title: 'Dental cavities', topic: null, bodyMarkdown: 'Tooth decay damages enamel.' });
      await store.upsertArticles(prepared([main, sibling, draft, unrelated]), FIXED_NOW);
      assert.equal((await store.related.pending()).length, 4, 'every written article is pending');

      const report = await new RelatedService(store.related, () => FIXED_NOW).refreshPending();
      assert.equal(report.recomputed, 4);
      assert.deepEqual(await store.related.pending(), []);
      const article = await store.findArticleBySlug('what-is-a-miscarriage');
      const related = await store.relatedArticles(article!, 13);
      assert.equal(related[0]?.slug, 'what-causes-a-miscarriage');
      assert.ok(!related.some((r) => r.slug === 'grief-after-pregnancy-loss'), 'a draft never reaches readers');
      const stored = await store.related.storedList(article!.id);
      assert.equal(stored[0]?.reason.sameTopic, true);
      assert.ok(stored[0]!.score > 0);

      // The bulk reads of a static build agree with the per-page ones.
      const everything = await store.publishedArticles();
      assert.deepEqual(everything.map((a) => a.slug).sort(), ['dental-cavities', 'what-causes-a-miscarriage', 'what-is-a-miscarriage']);
      for (const each of everything) assert.deepEqual(each, await store.findArticleBySlug(each.slug));
      const lists = await store.relatedIds();
      assert.deepEqual(lists.get(article!.id), stored.map((entry) => entry.target.id));
    }));

    it('keeps a change sequence: what changed since a position in it, and nothing for an unchanged import', withStore(async (store) => {
      const first = articleInput({ title: 'Change one', tags: ['alpha'] });
      const second = articleInput({ title: 'Change two' });
      await store.upsertArticles(prepared([first, second]), FIXED_NOW);
      const start = await store.siteState();
      assert.equal(start.articles.length, 2);
      assert.deepEqual(start.articles.find((a) => a.slug === 'change-one')?.tagSlugs, ['alpha']);
      assert.deepEqual(await store.upsertArticles(prepared([first, second]), FIXED_NOW), ['unchanged', 'unchanged']);
      assert.equal((await store.changesSince(start.changeSeq)).changeSeq, start.changeSeq, 'an unchanged import is no change');

      await store.upsertArticles(prepared([{ ...second, status: 'draft' }]), FIXED_NOW);
      const changes = await store.changesSince(start.changeSeq);
      assert.ok(changes.changeSeq > start.changeSeq);
      assert.equal(changes.siteId, start.siteId);
      assert.deepEqual(changes.articles.map((a) => [a.slug, a.published]), [['change-two', false]]);
      assert.equal((await store.siteState()).articles.length, 1);

      await new RelatedService(store.related, () => FIXED_NOW).rebuild();
      const afterLists = await store.changesSince(changes.changeSeq);
      assert.deepEqual(afterLists.articles, []);
      const listed = [...(await store.relatedIds()).entries()].filter(([, ids]) => ids.length > 0).map(([id]) => id).sort();
      assert.deepEqual([...afterLists.lists].sort(), listed, 'the lists that changed, and only those');
      await new RelatedService(store.related, () => FIXED_NOW).rebuild();
      assert.deepEqual((await store.changesSince(afterLists.changeSeq)).lists, [], 'the same lists again are no change');
    }));

    it('refreshes incrementally: a new article enters the lists it belongs in, a draft leaves them', withStore(async (store) => {
      const inputs = ['asthma inhaler wheezing', 'asthma attack triggers wheezing', 'knee cartilage tear', 'knee ligament sprain'].map((words) =>
        articleInput({ title: `About ${words}`, topic: null, bodyMarkdown: `This page covers ${words} in plain words.` }),
      );
      await store.upsertArticles(prepared(inputs), FIXED_NOW);
      const service = new RelatedService(store.related, () => FIXED_NOW);
      await service.rebuild();
      const newcomer = articleInput({ title: 'Asthma wheezing at night', topic: null, bodyMarkdown: 'Night asthma and wheezing, with inhaler advice.' });
      await store.upsertArticles(prepared([newcomer]), FIXED_NOW);
      const report = await service.refreshPending();
      assert.equal(report.mode, 'incremental');
      const asthma = await store.findArticleBySlug('about-asthma-inhaler-wheezing');
      assert.equal((await store.relatedArticles(asthma!, 13))[0]?.slug, 'asthma-wheezing-at-night');
      const knee = await store.findArticleBySlug('about-knee-cartilage-tear');
      assert.ok(!(await store.relatedArticles(knee!, 13)).some((r) => r.slug === 'asthma-wheezing-at-night'));

      await store.upsertArticles(prepared([{ ...newcomer, status: 'draft' }]), FIXED_NOW);
      await service.refreshPending();
      const stored = await store.related.storedList(asthma!.id);
      assert.notEqual(stored[0]?.target.slug, 'asthma-wheezing-at-night', 'a draft falls behind every published match');
    }));

    it('keeps an editor\'s pins and exclusions', withStore(async (store) => {
      const inputs = ['flu fever cough', 'flu vaccine fever', 'flu antiviral cough', 'sunburn skin care'].map((words) =>
        articleInput({ title: `About ${words}`, topic: null, bodyMarkdown: `Notes on ${words}.` }),
      );
      await store.upsertArticles(prepared(inputs), FIXED_NOW);
      const service = new RelatedService(store.related, () => FIXED_NOW);
      await service.rebuild();
      await service.setOverride('about-flu-fever-cough', inputs[3]!.provenance.id, 'pin', 1);
      await service.setOverride('about-flu-fever-cough', 'about-flu-vaccine-fever', 'exclude');
      const article = await store.findArticleBySlug('about-flu-fever-cough');
      const slugs = (await store.relatedArticles(article!, 13)).map((r) => r.slug);
      assert.equal(slugs[0], 'about-sunburn-skin-care', 'pinned first');
      assert.ok(!slugs.includes('about-flu-vaccine-fever'), 'excluded');
      assert.equal((await store.related.storedList(article!.id))[0]?.reason.pinned, true);
      await assert.rejects(service.setOverride('about-flu-fever-cough', 'about-flu-fever-cough', 'pin'), /cannot recommend itself/);
      await assert.rejects(service.setOverride('no-such-article', 'about-flu-fever-cough', 'pin'), /not found/);

      await service.clearOverride('about-flu-fever-cough', 'about-flu-vaccine-fever');
      assert.ok((await store.relatedArticles(article!, 13)).some((r) => r.slug === 'about-flu-vaccine-fever'), 'back after unpinning');
      assert.deepEqual((await store.related.overrides([article!.id])).map((o) => o.kind), ['pin']);
    }));

    it('pages article lists and filters by tag', withStore(async (store) => {
      await store.upsertArticles(
        prepared(Array.from({ length: 25 }, (_, i) => articleInput({ tags: i % 2 ? ['odd'] : ['even'] }))),
        FIXED_NOW,
      );
      const page2 = await store.listArticles({ order: 'newest', limit: 10, offset: 10 });
      assert.equal(page2.total, 25);
      assert.equal(page2.items.length, 10);
      assert.equal((await store.listArticles({ order: 'newest', limit: 50, offset: 0, tagSlug: 'odd' })).total, 12);
      assert.equal((await store.findTagBySlug('even'))?.articleCount, 13);
    }));

    it('lists sitemap entries in pages', withStore(async (store) => {
      await store.upsertArticles(prepared(Array.from({ length: 5 }, () => articleInput())), FIXED_NOW);
      const first = await store.sitemapEntries(0, 3);
      const rest = await store.sitemapEntries(3, 3);
      assert.equal(first.length + rest.length, 5);
      assert.ok(first[0]?.path.startsWith('/articles/'));
    }));
  });
}
