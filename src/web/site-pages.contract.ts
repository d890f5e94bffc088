import assert from 'node:assert/strict';
import type { Site } from '../app/site.js';
import { RelatedService } from '../related/related-service.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, writeInputs } from '../testing/factories.js';

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

    test('gives the newsroom the kind of a working copy', async ({ ingest, newsroom }) => {
      await writeInputs(ingest, [sitePage('Privacy', '2026-01-01')], FIXED_NOW);
      const live = await newsroom.liveArticle(1);
      assert.equal(live?.kind, 'page');
      await newsroom.adopt(1, live!.fields, FIXED_NOW);
      assert.equal((await newsroom.workingCopy(1))?.kind, 'page');
    });
  });
}
