import assert from 'node:assert/strict';
import type { Article } from '../content/article.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, type PreparedArticleIngest, writeInputs } from '../testing/factories.js';
import type { TaxonomyStore } from './taxonomy.js';

/** What the contract needs of a site, named here so the editorial folder depends on no adapter. */
export interface TaxonomyContractSite {
  taxonomy: TaxonomyStore;
  ingest: PreparedArticleIngest;
  catalogue: {
    findArticleBySlug(slug: string): Promise<Article | null>;
    findTopicBySlug(slug: string): Promise<{ id: number } | null>;
    findCategoryBySlug(slug: string): Promise<{ id: number } | null>;
    redirectFor(path: string): Promise<string | null>;
    redirects(): Promise<{ from: string; to: string }[]>;
  };
  changes: { siteState(): Promise<{ changeSeq: number }>; changesSince(changeSeq: number): Promise<{ articles: { slug: string }[] }> };
  maintenance: { close(): Promise<void> };
}

const LATER = '2026-06-02T00:00:00.000Z';
const topic = (name: string) => ({ name, synonyms: [], semanticGroup: null });

async function seed(site: TaxonomyContractSite) {
  await writeInputs(site.ingest, [
    articleInput({ title: 'Flu jabs', slug: 'flu-jabs', topic: topic('Flu'), categoryPath: ['Infections', 'Respiratory'], tags: ['Vaccines'], status: 'published' }),
    articleInput({ title: 'Flu at home', slug: 'flu-at-home', topic: topic('Flu'), categoryPath: ['Infections'], tags: ['Vaccines', 'Self care'], status: 'published' }),
    articleInput({ title: 'Gout diet', slug: 'gout-diet', topic: topic('Gout'), categoryPath: ['Joints'], tags: [], status: 'draft' }),
  ], FIXED_NOW);
}

/** What every TaxonomyStore must do; each test gets a fresh, empty site on the real database. */
export function taxonomyContract(name: string, openSite: () => Promise<TaxonomyContractSite>, skip: SkipList = {}): void {
  contractSuite(`TaxonomyStore contract: ${name}`, openSite, skip, (test: ContractTest<TaxonomyContractSite>) => {
    test('lists topics and tags by name with published counts, filtered and paged', async (site) => {
      await seed(site);
      const topics = await site.taxonomy.list('topic', { limit: 10, offset: 0 });
      assert.deepEqual(topics.items.map((t) => [t.name, t.articleCount]), [['Flu', 2], ['Gout', 0]], 'a draft is not counted');
      assert.equal(topics.total, 2);
      assert.deepEqual((await site.taxonomy.list('topic', { q: 'GO', limit: 10, offset: 0 })).items.map((t) => t.name), ['Gout']);
      const page = await site.taxonomy.list('tag', { limit: 1, offset: 1 });
      assert.deepEqual([page.total, page.items.map((t) => t.name)], [2, ['Vaccines']]);
      const categories = await site.taxonomy.categories();
      assert.deepEqual(categories.map((c) => c.name), ['Infections', 'Joints', 'Respiratory']);
      const infections = categories.find((c) => c.name === 'Infections')!;
      assert.equal(categories.find((c) => c.name === 'Respiratory')!.parentId, infections.id);
    });

    test('renames a topic: same slug, the old name kept as a synonym, its articles changed, found by either name', async (site) => {
      await seed(site);
      const flu = (await site.taxonomy.list('topic', { q: 'flu', limit: 1, offset: 0 })).items[0]!;
      const before = (await site.changes.siteState()).changeSeq;
      const renamed = await site.taxonomy.rename('topic', flu.id, '  Influenza ', LATER);
      assert.deepEqual(renamed, { ok: true, entry: { id: flu.id, slug: 'flu', name: 'Influenza', parentId: null, articleCount: 0 } });
      assert.deepEqual((await site.changes.changesSince(before)).articles.map((a) => a.slug).sort(), ['flu-at-home', 'flu-jabs'], 'its articles are changed (pages, caches, the export follow)');
      const article = await site.catalogue.findArticleBySlug('flu-jabs');
      assert.deepEqual(article?.topic, { id: flu.id, slug: 'flu', name: 'Influenza', semanticGroup: null });
      // An editor typing the new name, and an import naming the old one, both land on the same topic.
      await writeInputs(site.ingest, [
        articleInput({ title: 'Influenza signs', slug: 'influenza-signs', topic: topic('influenza'), status: 'published' }),
        articleInput({ title: 'Flu myths', slug: 'flu-myths', topic: topic('Flu'), status: 'published' }),
      ], LATER);
      assert.equal((await site.catalogue.findArticleBySlug('influenza-signs'))?.topic?.id, flu.id);
      assert.equal((await site.catalogue.findArticleBySlug('flu-myths'))?.topic?.name, 'Influenza', 'an import does not rename it back');
      assert.equal((await site.taxonomy.list('topic', { limit: 10, offset: 0 })).total, 2, 'no duplicate topic');
    });

    test('refuses a name another topic, tag or sibling category has, and what does not exist', async (site) => {
      await seed(site);
      const [flu, gout] = (await site.taxonomy.list('topic', { limit: 10, offset: 0 })).items;
      assert.deepEqual(await site.taxonomy.rename('topic', flu!.id, 'GOUT', LATER), { ok: false, reason: 'taken' });
      assert.deepEqual(await site.taxonomy.rename('topic', gout!.id, 'Gout', LATER), { ok: true, entry: { id: gout!.id, slug: 'gout', name: 'Gout', parentId: null, articleCount: 0 } }, 'its own name');
      const [selfCare, vaccines] = (await site.taxonomy.list('tag', { limit: 10, offset: 0 })).items;
      assert.deepEqual(await site.taxonomy.rename('tag', selfCare!.id, 'vaccines', LATER), { ok: false, reason: 'taken' });
      assert.equal((await site.taxonomy.rename('tag', vaccines!.id, 'Immunisation', LATER)).ok, true);
      const categories = await site.taxonomy.categories();
      const joints = categories.find((c) => c.name === 'Joints')!;
      assert.deepEqual(await site.taxonomy.rename('category', joints.id, 'infections', LATER), { ok: false, reason: 'taken' }, 'a sibling at the top');
      assert.deepEqual(await site.taxonomy.rename('topic', 999_999, 'Nothing', LATER), { ok: false, reason: 'not-found' });
      assert.deepEqual(await site.taxonomy.createCategory(999_999, 'Orphan', null, LATER), { ok: false, reason: 'not-found' });
    });

    test('renames a category (its articles and its subcategories\' change) and adds one under a renamed parent', async (site) => {
      await seed(site);
      const infections = (await site.taxonomy.categories()).find((c) => c.name === 'Infections')!;
      const before = (await site.changes.siteState()).changeSeq;
      assert.equal((await site.taxonomy.rename('category', infections.id, 'Infections and immunity', LATER)).ok, true);
      assert.deepEqual((await site.changes.changesSince(before)).articles.map((a) => a.slug).sort(), ['flu-at-home', 'flu-jabs'], 'its articles and its subcategory\'s');
      assert.equal((await site.catalogue.findArticleBySlug('flu-at-home'))?.category?.name, 'Infections and immunity');
      const created = await site.taxonomy.createCategory(infections.id, 'Skin infections', 'Infections of the skin.', LATER);
      assert.ok(created.ok);
      assert.deepEqual(created.ok && [created.entry.slug, created.entry.parentId], ['infections/skin-infections', infections.id], 'under the parent\'s slug, which kept its links');
      assert.deepEqual(await site.taxonomy.createCategory(infections.id, 'skin infections', null, LATER), { ok: false, reason: 'taken' });
      // A writer naming the path with the new parent name files the article under the same categories.
      await writeInputs(site.ingest, [articleInput({ title: 'Impetigo', slug: 'impetigo', categoryPath: ['Infections and immunity', 'Skin infections'], status: 'published' })], LATER);
      assert.equal((await site.catalogue.findArticleBySlug('impetigo'))?.category?.id, created.ok ? created.entry.id : -1);
      assert.equal((await site.taxonomy.categories()).length, 4, 'no duplicate category');
    });

    test('changes a topic\'s slug: the old address answers 301 for good, its articles change, imports naming it still land on it', async (site) => {
      await seed(site);
      const flu = (await site.taxonomy.list('topic', { q: 'flu', limit: 1, offset: 0 })).items[0]!;
      const before = (await site.changes.siteState()).changeSeq;
      const changed = await site.taxonomy.changeSlug('topic', flu.id, 'influenza', LATER);
      assert.deepEqual(changed, { ok: true, entry: { id: flu.id, slug: 'influenza', name: 'Flu', parentId: null, articleCount: 0 }, moved: [{ from: '/topics/flu', to: '/topics/influenza' }] });
      assert.equal((await site.catalogue.findTopicBySlug('influenza'))?.id, flu.id);
      assert.equal(await site.catalogue.findTopicBySlug('flu'), null);
      assert.equal(await site.catalogue.redirectFor('/topics/flu'), '/topics/influenza');
      assert.equal((await site.catalogue.findArticleBySlug('flu-jabs'))?.topic?.slug, 'influenza');
      assert.deepEqual((await site.changes.changesSince(before)).articles.map((a) => a.slug).sort(), ['flu-at-home', 'flu-jabs'], 'its articles link to the new address: changed');
      assert.deepEqual(await site.taxonomy.changeSlug('topic', flu.id, 'influenza', LATER), { ok: true, entry: { id: flu.id, slug: 'influenza', name: 'Flu', parentId: null, articleCount: 0 }, moved: [] }, 'the same slug again: nothing moves');

      // An import naming the topic by its name still lands on it, even named so as to give the old slug.
      await writeInputs(site.ingest, [articleInput({ title: 'Flu myths', slug: 'flu-myths', topic: topic('flu'), status: 'published' })], LATER);
      assert.equal((await site.catalogue.findArticleBySlug('flu-myths'))?.topic?.id, flu.id);
      assert.equal((await site.taxonomy.list('topic', { limit: 10, offset: 0 })).total, 2, 'no second topic at the old address');

      // Chains collapse; moving back takes the address back (no loop).
      await site.taxonomy.changeSlug('topic', flu.id, 'seasonal-flu', LATER);
      assert.equal(await site.catalogue.redirectFor('/topics/flu'), '/topics/seasonal-flu', 'the chain collapsed');
      assert.equal(await site.catalogue.redirectFor('/topics/influenza'), '/topics/seasonal-flu');
      await site.taxonomy.changeSlug('topic', flu.id, 'flu', LATER);
      assert.equal(await site.catalogue.redirectFor('/topics/flu'), null, 'a live address again: no loop');
      assert.deepEqual((await site.catalogue.redirects()).filter((r) => r.from.startsWith('/topics/')), [
        { from: '/topics/influenza', to: '/topics/flu' },
        { from: '/topics/seasonal-flu', to: '/topics/flu' },
      ]);
    });

    test('refuses a topic slug another topic has, naming it, and a topic that does not exist', async (site) => {
      await seed(site);
      const [flu, gout] = (await site.taxonomy.list('topic', { limit: 10, offset: 0 })).items;
      assert.deepEqual(await site.taxonomy.changeSlug('topic', flu!.id, 'gout', LATER), { ok: false, reason: 'taken', by: { id: gout!.id, name: 'Gout', slug: 'gout' } });
      assert.equal((await site.catalogue.findTopicBySlug('flu'))?.id, flu!.id, 'nothing written');
      assert.deepEqual(await site.catalogue.redirects(), []);
      assert.deepEqual(await site.taxonomy.changeSlug('topic', 999_999, 'nothing', LATER), { ok: false, reason: 'not-found' });
    });

    test('changes a category\'s slug: it and its subcategories move, every old address answers 301, imports still find them', async (site) => {
      await seed(site);
      const categories = await site.taxonomy.categories();
      const infections = categories.find((c) => c.name === 'Infections')!;
      const respiratory = categories.find((c) => c.name === 'Respiratory')!;
      const before = (await site.changes.siteState()).changeSeq;
      const changed = await site.taxonomy.changeSlug('category', infections.id, 'infectious-diseases', LATER);
      assert.ok(changed.ok);
      assert.deepEqual(changed.moved, [
        { from: '/categories/infections', to: '/categories/infectious-diseases' },
        { from: '/categories/infections/respiratory', to: '/categories/infectious-diseases/respiratory' },
      ]);
      assert.equal((await site.catalogue.findCategoryBySlug('infectious-diseases/respiratory'))?.id, respiratory.id, 'the subcategory\'s address follows its parent\'s');
      assert.equal(await site.catalogue.findCategoryBySlug('infections/respiratory'), null);
      assert.equal(await site.catalogue.redirectFor('/categories/infections/respiratory'), '/categories/infectious-diseases/respiratory');
      assert.deepEqual((await site.changes.changesSince(before)).articles.map((a) => a.slug).sort(), ['flu-at-home', 'flu-jabs'], 'articles filed anywhere below: changed (breadcrumbs)');

      // The subcategory's own part changes under the moved parent.
      const sub = await site.taxonomy.changeSlug('category', respiratory.id, 'lungs-and-airways', LATER);
      assert.deepEqual(sub.ok && [sub.entry.slug, sub.moved], ['infectious-diseases/lungs-and-airways', [{ from: '/categories/infectious-diseases/respiratory', to: '/categories/infectious-diseases/lungs-and-airways' }]]);
      assert.equal(await site.catalogue.redirectFor('/categories/infections/respiratory'), '/categories/infectious-diseases/lungs-and-airways', 'the chain collapsed');

      // An import naming the old path lands on the same categories.
      await writeInputs(site.ingest, [articleInput({ title: 'Colds', slug: 'colds', categoryPath: ['Infections', 'Lungs and airways'], status: 'published' })], LATER);
      assert.equal((await site.catalogue.findArticleBySlug('colds'))?.category?.id, respiratory.id);
      assert.equal((await site.taxonomy.categories()).length, 3, 'no duplicate category');

      const joints = (await site.taxonomy.categories()).find((c) => c.name === 'Joints')!;
      const taken = await site.taxonomy.changeSlug('category', joints.id, 'infectious-diseases', LATER);
      assert.deepEqual(taken, { ok: false, reason: 'taken', by: { id: infections.id, name: 'Infections', slug: 'infectious-diseases' } });
      assert.deepEqual(await site.taxonomy.changeSlug('category', 999_999, 'nothing', LATER), { ok: false, reason: 'not-found' });

      // A new category created at an old address takes it back: its redirect goes.
      const back = await site.taxonomy.createCategory(null, 'Infections', null, LATER);
      assert.equal(back.ok, false, 'the name is still the moved category\'s (a sibling)');
      await site.taxonomy.rename('category', respiratory.id, 'Lungs and airways', LATER);
      const created = await site.taxonomy.createCategory(infections.id, 'Respiratory', null, LATER);
      assert.deepEqual(created.ok && created.entry.slug, 'infectious-diseases/respiratory');
      assert.equal(await site.catalogue.redirectFor('/categories/infectious-diseases/respiratory'), null, 'a live address again');
    });
  });
}
