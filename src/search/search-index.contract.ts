import assert from 'node:assert/strict';
import type { TopicRef } from '../content/article.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, type PreparedArticleIngest, writeInputs } from '../testing/factories.js';
import { MARK_END, MARK_START, type SearchIndex } from './search-index.js';
import { stem } from './tokenize.js';

/**
 * What the contract needs of a site: its search index and where articles are written (a
 * site's record of ports has both; named here so search depends on no adapter).
 */
export interface SearchContractSite {
  search?: SearchIndex;
  ingest: PreparedArticleIngest & { upsertTopics(topics: TopicRef[]): Promise<void> };
  maintenance: { close(): Promise<void> };
}

const words = (terms: string[], phrases: string[] = []) => ({ terms, phrases });

/**
 * What search (SearchService and its query analysis) relies on from a full-text index. Each
 * database's test file calls this with a function that opens a fresh, empty site on the real
 * database; a database without an index declares the whole suite skipped, with its reason.
 */
export function searchIndexContract(name: string, openSite: () => Promise<SearchContractSite>, skip: SkipList = {}): void {
  contractSuite(`SearchIndex contract: ${name}`, openSite, skip, (test: ContractTest<SearchContractSite>) => {
    const indexOf = (site: SearchContractSite): SearchIndex => {
      assert.ok(site.search, 'the site has no search index: declare the suite skipped instead');
      return site.search;
    };

    test('finds published articles by their words or phrases, title matches first, with what a result shows', async (site) => {
      const index = indexOf(site);
      const inTitle = articleInput({ title: 'Asthma in children', topic: null, bodyMarkdown: 'Wheezing and coughing at night.' });
      await writeInputs(site.ingest, 
        [
          inTitle,
          articleInput({ title: 'Coughs and colds', topic: null, bodyMarkdown: 'Asthma can make a cold worse.' }),
          articleInput({ title: 'Asthma draft', topic: null, status: 'draft', bodyMarkdown: 'Not yet.' }),
        ],
        FIXED_NOW,
      );
      const found = await index.candidates(words(['asthma']), 10);
      assert.deepEqual(found.map((c) => c.slug), ['asthma-in-children', 'coughs-and-colds'], 'a draft is never found');
      assert.ok(found[0]!.bm25 > found[1]!.bm25 && found[1]!.bm25 > 0, 'higher is better');
      const first = found[0]!;
      assert.equal(first.title, 'Asthma in children');
      assert.equal(first.provenanceId, inTitle.provenance.id);
      assert.equal(first.sourceSite, 'Test');
      assert.equal(first.hasAnswer, true);
      assert.equal(first.questionType, 'information');
      assert.deepEqual([first.categorySlug, first.categoryName], ['test-category', 'Test category']);
      assert.equal(first.topicId, null);
      assert.match(first.leadText, /^Wheezing and coughing/);
      assert.deepEqual((await index.candidates(words([], ['make a cold']), 10)).map((c) => c.slug), ['coughs-and-colds'], 'a phrase');
      assert.deepEqual((await index.candidates(words(['wheezes']), 10)).map((c) => c.slug), ['asthma-in-children'], 'stemmed');
      assert.equal((await index.candidates(words(['asthma']), 1)).length, 1, 'the limit');
    });

    test('matches topic names and their other names, also after a topic gains one', async (site) => {
      const index = indexOf(site);
      const topic = { name: 'Polycystic kidney disease', synonyms: ['PKD'], semanticGroup: 'Disorders' };
      await writeInputs(site.ingest, [articleInput({ title: 'What is it?', topic, bodyMarkdown: 'Cysts grow in both organs.' })], FIXED_NOW);
      const [hit] = await index.candidates(words(['pkd']), 10);
      assert.equal(hit?.slug, 'what-is-it');
      assert.deepEqual([hit?.topicName, hit?.topicSlug], ['Polycystic kidney disease', 'polycystic-kidney-disease']);
      assert.equal(typeof hit?.topicId, 'number');
      await site.ingest.upsertTopics([{ ...topic, synonyms: ['Renal cysts'] }]);
      assert.deepEqual((await index.candidates(words([], ['renal cysts']), 10)).map((c) => c.slug), ['what-is-it']);
    });

    test('never lets what a reader types become query syntax', async (site) => {
      const index = indexOf(site);
      await writeInputs(site.ingest, [articleInput({ title: 'Near and far sight', topic: null })], FIXED_NOW);
      const hostile = words(['"', 'AND', 'NEAR(', '*', 'title:x', ''], ['"unbalanced', ') OR (']);
      const found = await index.candidates(hostile, 10);
      assert.deepEqual(found.map((c) => c.slug), ['near-and-far-sight'], 'NEAR is a word like any other');
      assert.deepEqual(await index.candidates(words(['!!!', ' '], ['--']), 10), [], 'nothing to search for');
      assert.deepEqual(await index.baseline(['"', '*'], 10), []);
      assert.deepEqual(await index.snippets(words(['!!!']), [found[0]!.articleId]), new Map());
      assert.deepEqual(await index.titlesStartingWith('"*(', 10), []);
    });

    test('follows every write: an update replaces the text, an unpublished article leaves', async (site) => {
      const index = indexOf(site);
      const input = articleInput({ title: 'Sleep advice', topic: null, bodyMarkdown: 'Avoid caffeine late in the day.' });
      await writeInputs(site.ingest, [input], FIXED_NOW);
      assert.equal((await index.candidates(words(['caffeine']), 10)).length, 1);
      await writeInputs(site.ingest, [{ ...input, bodyMarkdown: 'Keep the bedroom dark.' }], FIXED_NOW);
      assert.equal((await index.candidates(words(['caffeine']), 10)).length, 0, 'the old text is gone');
      assert.equal((await index.candidates(words(['bedroom']), 10)).length, 1);
      await writeInputs(site.ingest, [{ ...input, bodyMarkdown: 'Keep the bedroom dark.', status: 'draft' }], FIXED_NOW);
      assert.deepEqual(await index.candidates(words(['bedroom']), 10), []);
    });

    test('answers every published article of given topics, matched or not', async (site) => {
      const index = indexOf(site);
      const gout = { name: 'Gout', synonyms: [], semanticGroup: 'Disorders' };
      await writeInputs(site.ingest, 
        [
          articleInput({ title: 'Gout diet', topic: gout }),
          articleInput({ title: 'Gout draft', topic: gout, status: 'draft' }),
          articleInput({ title: 'Gout flares', topic: gout }),
          articleInput({ title: 'Other', topic: null }),
        ],
        FIXED_NOW,
      );
      const [entry] = await index.topicEntries();
      const answered = await index.topicArticles([entry!.id, entry!.id], 10);
      assert.deepEqual(answered.map((c) => c.slug), ['gout-diet', 'gout-flares'], 'published ones, in id order');
      assert.ok(answered.every((c) => c.bm25 === 0 && c.topicSlug === 'gout'));
      assert.equal((await index.topicArticles([entry!.id], 1)).length, 1, 'the limit');
      assert.deepEqual(await index.topicArticles([], 10), []);
    });

    test('gives the plain baseline over titles and bodies, not topic names', async (site) => {
      const index = indexOf(site);
      const input = articleInput({ title: 'Kidney cysts', topic: { name: 'Polycystic kidney disease', synonyms: ['PKD'], semanticGroup: null }, bodyMarkdown: 'Cysts grow.' });
      await writeInputs(site.ingest, [input], FIXED_NOW);
      assert.deepEqual(await index.baseline(['pkd'], 10), []);
      const [hit] = await index.baseline(['grow', 'absent'], 10);
      assert.deepEqual([hit?.slug, hit?.title, hit?.provenanceId], ['kidney-cysts', 'Kidney cysts', input.provenance.id]);
      assert.ok(hit!.bm25 > 0);
    });

    test('gives each article a snippet of its own text, matches marked (regression: each once got the first one\'s)', async (site) => {
      const index = indexOf(site);
      await writeInputs(site.ingest, 
        [
          articleInput({ title: 'One', topic: null, bodyMarkdown: 'Wheezing in babies is common.' }),
          articleInput({ title: 'Two', topic: null, bodyMarkdown: 'Adults wheezing after exercise.' }),
          articleInput({ title: 'Three', topic: null, bodyMarkdown: 'Nothing to see.' }),
        ],
        FIXED_NOW,
      );
      const ids = (await index.candidates(words(['wheezing']), 10)).map((c) => c.articleId).sort((a, b) => a - b);
      const three = (await index.candidates(words(['nothing']), 10))[0]!.articleId;
      const snippets = await index.snippets(words(['wheezing']), [...ids, three]);
      assert.equal(snippets.size, 2, 'an article the query does not match has none');
      assert.match(snippets.get(ids[0]!)!, new RegExp(`${MARK_START}Wheezing${MARK_END} in babies`));
      assert.match(snippets.get(ids[1]!)!, new RegExp(`Adults ${MARK_START}wheezing${MARK_END} after`));
    });

    test('suggests published, answered titles by the prefix of the last word, shortest first', async (site) => {
      const index = indexOf(site);
      await writeInputs(site.ingest, 
        [
          articleInput({ title: 'Asthma attacks at night', topic: null }),
          articleInput({ title: 'Asthma', topic: null }),
          articleInput({ title: 'Asthma unanswered', topic: null, hasAnswer: false }),
          articleInput({ title: 'Asthmatic draft', topic: null, status: 'draft' }),
        ],
        FIXED_NOW,
      );
      assert.deepEqual((await index.titlesStartingWith('Asth', 10)).map((t) => t.title), ['Asthma', 'Asthma attacks at night']);
      assert.deepEqual(await index.titlesStartingWith('asthma att', 10), [{ slug: 'asthma-attacks-at-night', title: 'Asthma attacks at night' }]);
      assert.equal((await index.titlesStartingWith('asth', 1)).length, 1, 'the limit');
    });

    test('counts documents per stem, in the stems query analysis makes, fresh after invalidate()', async (site) => {
      const index = indexOf(site);
      await writeInputs(site.ingest, 
        ['Wheezing at night', 'Wheezes in children', 'Knee pain'].map((title) => articleInput({ title, topic: null, bodyMarkdown: 'Plain words.' })),
        FIXED_NOW,
      );
      index.invalidate();
      assert.equal(index.documentCount(), 3);
      assert.equal(index.documentFrequency(stem('wheezing')), 2, 'both forms meet in one stem');
      assert.equal(index.documentFrequency(stem('zyzzyva')), 0);
      await writeInputs(site.ingest, [articleInput({ title: 'Wheezy', topic: null })], FIXED_NOW);
      index.invalidate();
      assert.equal(index.documentCount(), 4);
    });

    test('lists the topics of published articles with their other names and counts', async (site) => {
      const index = indexOf(site);
      const gout = { name: 'Gout', synonyms: ['Gouty arthritis'], semanticGroup: 'Disorders' };
      await writeInputs(site.ingest, 
        [
          articleInput({ topic: gout }),
          articleInput({ topic: gout }),
          articleInput({ topic: gout, status: 'draft' }),
          articleInput({ topic: { name: 'Only drafts', synonyms: [], semanticGroup: null }, status: 'draft' }),
        ],
        FIXED_NOW,
      );
      const entries = await index.topicEntries();
      assert.deepEqual(entries.map(({ slug, name, synonyms, articleCount }) => ({ slug, name, synonyms, articleCount })), [
        { slug: 'gout', name: 'Gout', synonyms: ['Gouty arthritis'], articleCount: 2 },
      ]);
    });

    test('moves its version on every write, and only then', async (site) => {
      const index = indexOf(site);
      const before = await index.version();
      assert.equal(await index.version(), before);
      await writeInputs(site.ingest, [articleInput()], FIXED_NOW);
      assert.notEqual(await index.version(), before);
    });
  });
}
