import assert from 'node:assert/strict';
import type { Site } from '../app/site.js';
import { RelatedService } from '../related/related-service.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, writeInputs, miscarriageArticles } from '../testing/factories.js';

/**
 * What every PublishedCatalogue must answer. Each database's test file calls this with a
 * function that opens a fresh, empty site on the real database; the tests write through its
 * ArticleIngest and let the recommender compute the lists.
 */
export function publishedCatalogueContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`PublishedCatalogue contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('hides drafts from readers', async ({ ingest, catalogue }) => {
      const draft = articleInput({ status: 'draft', title: 'Unfinished' });
      await writeInputs(ingest, [draft], FIXED_NOW);
      assert.equal(await catalogue.findArticleBySlug('unfinished'), null);
      assert.equal((await catalogue.listArticles({ order: 'newest', limit: 10, offset: 0 })).total, 0);
      assert.equal(await catalogue.countPublished(), 0);
    });

    test('knows an article withdrawn after publication from one never published', async ({ ingest, catalogue }) => {
      const topic = { name: 'Retired topic', synonyms: [], semanticGroup: null };
      const once = articleInput({ title: 'Once live', topic, publishedAt: '2026-01-01' });
      const still = articleInput({ title: 'Still live', topic, publishedAt: '2026-01-02' });
      await writeInputs(ingest, [once, still, articleInput({ title: 'Never live', status: 'draft', publishedAt: '2026-01-03', topic })], FIXED_NOW);
      assert.equal(await catalogue.retiredArticle('once-live'), null, 'published: not retired');
      await writeInputs(ingest, [{ ...once, status: 'draft' }], FIXED_NOW);
      assert.equal(await catalogue.findArticleBySlug('once-live'), null);
      assert.deepEqual(await catalogue.retiredArticle('once-live'), { title: 'Once live', topic: { slug: 'retired-topic', name: 'Retired topic' } });
      assert.equal(await catalogue.retiredArticle('never-live'), null, 'a draft never public is simply not there, whatever date it carries');
      assert.equal(await catalogue.retiredArticle('no-such-article'), null);
      await writeInputs(ingest, [{ ...still, status: 'draft' }], FIXED_NOW);
      assert.deepEqual(await catalogue.retiredArticle('once-live'), { title: 'Once live', topic: null }, 'no topic link once the topic has nothing left to read');
    });

    test('orders previous/next within the category by publication date', async ({ ingest, catalogue }) => {
      const inputs = ['2026-01-03', '2026-01-01', '2026-01-02'].map((date, i) =>
        articleInput({ title: `Dated ${i}`, publishedAt: date, categoryPath: ['Timeline'] }),
      );
      await writeInputs(ingest, [...inputs, articleInput({ publishedAt: '2026-01-02', categoryPath: ['Elsewhere'] })], FIXED_NOW);
      const middle = await catalogue.findArticleBySlug('dated-2');
      assert.ok(middle);
      const { previous, next } = await catalogue.neighbours(middle);
      assert.equal(previous?.slug, 'dated-1');
      assert.equal(next?.slug, 'dated-0');
      const first = await catalogue.findArticleBySlug('dated-1');
      assert.equal((await catalogue.neighbours(first!)).previous, null);
    });

    test('serves the recommender\'s lists in order, published articles only', async ({ ingest, catalogue, related }) => {
      const { main, sibling, draft, unrelated } = miscarriageArticles();
      await writeInputs(ingest, [main, sibling, draft, unrelated], FIXED_NOW);
      await new RelatedService(related, () => FIXED_NOW).refreshPending();

      const article = await catalogue.findArticleBySlug('what-is-a-miscarriage');
      const shown = await catalogue.relatedArticles(article!, 13);
      assert.equal(shown[0]?.slug, 'what-causes-a-miscarriage');
      assert.ok(!shown.some((r) => r.slug === 'grief-after-pregnancy-loss'), 'a draft never reaches readers');

      // The bulk reads of a static build agree with the per-page ones.
      const everything = await catalogue.publishedArticles();
      assert.deepEqual(everything.map((a) => a.slug).sort(), ['dental-cavities', 'what-causes-a-miscarriage', 'what-is-a-miscarriage']);
      for (const each of everything) assert.deepEqual(each, await catalogue.findArticleBySlug(each.slug));
      const lists = await catalogue.relatedIds();
      const stored = await related.storedList(article!.id);
      assert.deepEqual(lists.get(article!.id), stored.map((entry) => entry.target.id));
    });

    test('pages article lists and filters by tag', async ({ ingest, catalogue }) => {
      await writeInputs(ingest, 
        Array.from({ length: 25 }, (_, i) => articleInput({ tags: i % 2 ? ['odd'] : ['even'] })),
        FIXED_NOW,
      );
      const page2 = await catalogue.listArticles({ order: 'newest', limit: 10, offset: 10 });
      assert.equal(page2.total, 25);
      assert.equal(page2.items.length, 10);
      assert.equal((await catalogue.listArticles({ order: 'newest', limit: 50, offset: 0, tagSlug: 'odd' })).total, 12);
      assert.equal((await catalogue.findTagBySlug('even'))?.articleCount, 13);
      assert.deepEqual((await catalogue.listTags()).map((tag) => [tag.slug, tag.articleCount]), [['even', 13], ['odd', 12]]);
    });

    test('lists sitemap entries in pages', async ({ ingest, catalogue }) => {
      await writeInputs(ingest, Array.from({ length: 5 }, () => articleInput()), FIXED_NOW);
      const first = await catalogue.sitemapEntries(0, 3);
      const rest = await catalogue.sitemapEntries(3, 3);
      assert.equal(first.length + rest.length, 5);
      assert.ok(first[0]?.path.startsWith('/articles/'));
    });

    test('finds categories by slug, with their trail, and a topic\'s published articles', async ({ ingest, catalogue }) => {
      const topic = { name: 'Anaemia', synonyms: [], semanticGroup: 'Disorders' };
      await writeInputs(ingest, 
        [
          articleInput({ title: 'Iron and anaemia', topic, categoryPath: ['Blood', 'Iron'] }),
          articleInput({ title: 'Anaemia in pregnancy', topic, categoryPath: ['Blood'], status: 'draft' }),
        ],
        FIXED_NOW,
      );
      const iron = await catalogue.findCategoryBySlug('blood/iron');
      assert.equal(iron?.name, 'Iron');
      assert.equal(await catalogue.findCategoryBySlug('no-such-category'), null);
      assert.deepEqual((await catalogue.categoryTrail(iron!.id)).map((c) => c.slug), ['blood', 'blood/iron']);
      const anaemia = await catalogue.findTopicBySlug('anaemia');
      assert.deepEqual((await catalogue.topicArticles(anaemia!.id)).map((a) => a.slug), ['iron-and-anaemia']);
      assert.deepEqual((await catalogue.listTopics()).map((t) => [t.slug, t.articleCount]), [['anaemia', 1]]);
    });
  });
}

/** A site page as the newsroom writes one: no topic, category, tags or question type. */
const sitePage = (title: string, publishedAt: string, overrides: Parameters<typeof articleInput>[0] = {}) =>
  articleInput({ kind: 'page', title, publishedAt, topic: null, categoryPath: [], tags: [], questionType: null, ...overrides });

/**
 * Site pages (migration 018, docs/site-pages.md) as every database must keep them: stored with
 * their kind, found at their own address only, listed for the footer in order, kept out of
 * listings and Recommended lists, in the sitemap, withdrawn as articles are. Run by both database
 * test files against a fresh site.
 */
export function sitePagesContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`Site pages contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('finds a site page by its slug, never as an article, and lists the published ones first published first', async ({ ingest, catalogue }) => {
      await writeInputs(ingest, [
        sitePage('Privacy', '2026-01-03'), sitePage('About this site', '2026-01-01', { slug: 'about' }), sitePage('Contact', '2026-01-03'),
        sitePage('Unfinished page', '2026-01-02', { status: 'draft' }), articleInput({ title: 'An article' }),
      ], FIXED_NOW);
      const about = await catalogue.findSitePage('about');
      assert.equal(about?.kind, 'page');
      assert.equal(about?.title, 'About this site');
      assert.equal(await catalogue.findArticleBySlug('about'), null, 'not at /articles/');
      assert.equal(await catalogue.findSitePage('an-article'), null, 'an article is no site page');
      assert.equal((await catalogue.findArticleBySlug('an-article'))?.kind, 'article');
      assert.equal(await catalogue.findSitePage('unfinished-page'), null, 'a draft is not public');
      // Ties on the date go by id: Privacy was written before Contact.
      assert.deepEqual((await catalogue.sitePages()).map((page) => page.title), ['About this site', 'Privacy', 'Contact']);
    });

    test('keeps site pages out of listings and Recommended lists, and puts them in the sitemap at their own address', async ({ ingest, catalogue, related }) => {
      await writeInputs(ingest, [
        sitePage('About sleep here', '2026-01-01', { bodyMarkdown: 'Sleep, rest and tiredness: this sample site writes about sleep, rest and tiredness.' }),
        articleInput({ title: 'Sleep and rest', bodyMarkdown: 'Sleep and rest help with tiredness after a long day.', publishedAt: '2026-01-02' }),
        articleInput({ title: 'Rest and tiredness', bodyMarkdown: 'Tiredness can follow poor sleep; rest helps.', publishedAt: '2026-01-03' }),
      ], FIXED_NOW);
      await new RelatedService(related, () => FIXED_NOW).refreshPending();
      const listed = await catalogue.listArticles({ order: 'newest', limit: 10, offset: 0 });
      assert.deepEqual(listed.items.map((item) => item.title), ['Rest and tiredness', 'Sleep and rest']);
      assert.equal(listed.total, 2);
      const article = await catalogue.findArticleBySlug('sleep-and-rest');
      const recommended = await catalogue.relatedArticles(article!, 13);
      assert.deepEqual(recommended.map((item) => item.title), ['Rest and tiredness']);
      const page = await catalogue.findSitePage('about-sleep-here');
      const lists = await catalogue.relatedIds();
      assert.ok(lists.size > 0);
      assert.ok(!lists.has(page!.id), 'a site page has no Recommended list');
      for (const ids of lists.values()) assert.ok(!ids.includes(page!.id), 'a site page is in no Recommended list, not even as a fallback');
      const paths = (await catalogue.sitemapEntries(0, 100)).map((entry) => entry.path);
      assert.ok(paths.includes('/about-sleep-here'), paths.join(' '));
      assert.ok(paths.includes('/articles/sleep-and-rest'));
      assert.ok(!paths.includes('/articles/about-sleep-here'));
    });

    test('answers a withdrawn site page as retired at its own address only', async ({ ingest, catalogue }) => {
      const page = sitePage('Old policy', '2026-01-01');
      await writeInputs(ingest, [page], FIXED_NOW);
      await writeInputs(ingest, [{ ...page, status: 'draft' }], FIXED_NOW);
      assert.equal(await catalogue.findSitePage('old-policy'), null);
      assert.deepEqual(await catalogue.retiredArticle('old-policy', 'page'), { title: 'Old policy', topic: null });
      assert.equal(await catalogue.retiredArticle('old-policy'), null, 'no article was ever at /articles/old-policy');
      assert.deepEqual(await catalogue.sitePages(), []);
    });

    test('tells a static rebuild which changed rows are site pages', async ({ ingest, changes }) => {
      await writeInputs(ingest, [sitePage('Contact', '2026-01-01'), articleInput({ title: 'An article' })], FIXED_NOW);
      const state = await changes.siteState();
      assert.deepEqual(state.articles.map((article) => [article.slug, article.kind ?? 'article']), [['contact', 'page'], ['an-article', 'article']]);
    });

    test('gives the newsroom the kind of a working copy, and leaves site pages out of the review queue', async ({ ingest, newsroom }) => {
      await writeInputs(ingest, [sitePage('Privacy', '2026-01-01'), articleInput({ title: 'Never reviewed' })], FIXED_NOW);
      assert.deepEqual((await newsroom.reviewCandidates()).map((candidate) => candidate.title), ['Never reviewed']);
      const live = await newsroom.liveArticle(1);
      assert.equal(live?.kind, 'page');
      await newsroom.adopt(1, live!.fields, FIXED_NOW);
      assert.equal((await newsroom.workingCopy(1))?.kind, 'page');
    });
  });
}
