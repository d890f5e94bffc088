import assert from 'node:assert/strict';
import type { Article } from '../content/article.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, type PreparedArticleIngest, writeInputs } from '../testing/factories.js';
import type { TaxonomyStore } from './taxonomy.js';

/** What the contract needs of a site, named here so the editorial folder depends on no adapter. */
export interface TaxonomyContractSite {
  taxonomy: TaxonomyStore;
  ingest: PreparedArticleIngest;
  catalogue: { findArticleBySlug(slug: string): Promise<Article | null> };
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
  });
}
