import assert from 'node:assert/strict';
import type { Article } from '../content/article.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, type PreparedArticleIngest, writeInputs } from '../testing/factories.js';
import type { FeedbackStore } from './feedback-store.js';
import type { FeedbackAnswer } from './reader-feedback.js';

/** What the contract needs of a site, named here so the editorial folder depends on no adapter. */
export interface FeedbackContractSite {
  feedback: FeedbackStore;
  ingest: PreparedArticleIngest;
  catalogue: { findArticleBySlug(slug: string): Promise<Article | null> };
  maintenance: { close(): Promise<void> };
}

async function publishedIds(site: FeedbackContractSite, articles: { slug: string; lastReviewedAt?: string | null }[]): Promise<number[]> {
  await writeInputs(site.ingest, articles.map((a) => articleInput({ title: `Sample ${a.slug}`, slug: a.slug, status: 'published', lastReviewedAt: a.lastReviewedAt ?? null })), FIXED_NOW);
  return await Promise.all(articles.map(async (a) => (await site.catalogue.findArticleBySlug(a.slug))!.id));
}

const answer = (articleId: number, helpful: boolean, comment: string | null = null, day = '2026-06-01'): FeedbackAnswer => ({ articleId, helpful, comment, day });

/** What every FeedbackStore must do; each test gets a fresh, empty site on the real database. */
export function feedbackStoreContract(name: string, openSite: () => Promise<FeedbackContractSite>, skip: SkipList = {}): void {
  contractSuite(`FeedbackStore contract: ${name}`, openSite, skip, (test: ContractTest<FeedbackContractSite>) => {
    test('records answers to a published article and counts them, comments newest first', async (site) => {
      const [id] = await publishedIds(site, [{ slug: 'feedback-one' }]);
      assert.equal(await site.feedback.record(answer(id!, true)), true);
      assert.equal(await site.feedback.record(answer(id!, false, 'The dosage table is hard to read.', '2026-06-02')), true);
      assert.equal(await site.feedback.record(answer(id!, true, 'Clear, thank you.', '2026-06-03')), true);
      assert.equal(await site.feedback.record(answer(id!, false, 'Older comment.', '2026-05-30')), true);
      const feedback = await site.feedback.forArticle(id!, 10);
      assert.deepEqual(feedback, {
        yes: 2, no: 2, commentCount: 3,
        comments: [
          { helpful: true, comment: 'Clear, thank you.', day: '2026-06-03' },
          { helpful: false, comment: 'The dosage table is hard to read.', day: '2026-06-02' },
          { helpful: false, comment: 'Older comment.', day: '2026-05-30' },
        ],
      });
      assert.equal((await site.feedback.forArticle(id!, 1)).comments.length, 1, 'the limit applies to comments');
      assert.equal((await site.feedback.forArticle(id!, 1)).commentCount, 3, 'but not to the count');
    });

    test('refuses answers to an article that is not published, or does not exist', async (site) => {
      await writeInputs(site.ingest, [articleInput({ slug: 'feedback-draft', status: 'draft' })], FIXED_NOW);
      const [published] = await publishedIds(site, [{ slug: 'feedback-live' }]);
      // A draft is not in the catalogue: its id is unknown to readers, so try ids around the published one.
      const others = [published! - 1, published! + 1, 999_999].filter((n) => n > 0);
      for (const other of others) assert.equal(await site.feedback.record(answer(other, false)), false, `article ${other}`);
      assert.deepEqual(await site.feedback.totals(), { yes: 0, no: 0, articles: 0 });
      assert.deepEqual(await site.feedback.forArticle(999_999, 5), { yes: 0, no: 0, commentCount: 0, comments: [] });
    });

    test('totals count every answer and the articles that have any', async (site) => {
      const [a, b] = await publishedIds(site, [{ slug: 'feedback-a' }, { slug: 'feedback-b' }]);
      await site.feedback.record(answer(a!, true));
      await site.feedback.record(answer(a!, false));
      await site.feedback.record(answer(b!, false, 'Missing the side effects.'));
      assert.deepEqual(await site.feedback.totals(), { yes: 1, no: 2, articles: 2 });
    });

    test('counts since the last review only the answers after its day, and only articles with enough of them', async (site) => {
      const [reviewed, never, few] = await publishedIds(site, [
        { slug: 'feedback-reviewed', lastReviewedAt: '2026-05-20' },
        { slug: 'feedback-never', lastReviewedAt: null },
        { slug: 'feedback-few', lastReviewedAt: null },
      ]);
      await site.feedback.record(answer(reviewed!, false, 'Before the review.', '2026-05-19'));
      await site.feedback.record(answer(reviewed!, false, 'On the review day.', '2026-05-20'));
      await site.feedback.record(answer(reviewed!, false, 'After the review.', '2026-05-21'));
      await site.feedback.record(answer(reviewed!, true, null, '2026-05-22'));
      await site.feedback.record(answer(never!, false, null, '2020-01-01'));
      await site.feedback.record(answer(never!, true, null, '2026-05-01'));
      await site.feedback.record(answer(few!, false));
      assert.deepEqual(await site.feedback.sinceLastReview(2), [
        { articleId: reviewed!, yes: 1, no: 1 },
        { articleId: never!, yes: 1, no: 1 },
      ].sort((x, y) => x.articleId - y.articleId));
      assert.deepEqual((await site.feedback.sinceLastReview(1)).map((t) => t.articleId), [reviewed!, never!, few!].sort((x, y) => x - y));
      assert.deepEqual(await site.feedback.commentsAfter(reviewed!, '2026-05-20', 10), [{ helpful: false, comment: 'After the review.', day: '2026-05-21' }]);
      assert.equal((await site.feedback.commentsAfter(reviewed!, null, 10)).length, 3);
    });

    test('keeps a comment exactly, whatever it holds', async (site) => {
      const [id] = await publishedIds(site, [{ slug: 'feedback-text' }]);
      const text = "It said 'take 2' — but <b>which</b>? 100% unclear; Robert'); DROP TABLE article_feedback;--\nSecond line ✓";
      await site.feedback.record(answer(id!, false, text));
      assert.deepEqual((await site.feedback.forArticle(id!, 5)).comments, [{ helpful: false, comment: text, day: '2026-06-01' }]);
    });
  });
}
