import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '../accounts/roles.js';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { articleInput, FIXED_NOW, writeInputs } from '../testing/factories.js';
import { reviewDue, reviewDueFor } from './newsroom/review-queue.js';
import { articleFeedbackFor, feedbackCountsFor, feedbackTotalsFor, sendFeedback } from './reader-feedback.js';
import type { Site } from './site.js';

const editor: Actor = { userId: 1, role: 'editor' };
const reviewer: Actor = { userId: 2, role: 'reviewer' };
const contributor: Actor = { userId: 3, role: 'contributor' };
const NOW = '2026-12-05T12:00:00.000Z';
const threshold = { minAnswers: 3, noShare: 0.5 };

describe('reader feedback use cases and the review queue, on a real SQLite file', () => {
  let site: Site;
  const ids: Record<string, number> = {};

  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-feedback-')), 'site.db')));
    await writeInputs(site.ingest, [
      // Reviewed last month: current by date, so only readers can put it in the queue.
      articleInput({ slug: 'sample-current', title: 'Sample: a current page', lastReviewedAt: '2026-11-10' }),
      // Reviewed two years ago: overdue by date.
      articleInput({ slug: 'sample-overdue', title: 'Sample: an overdue page', lastReviewedAt: '2024-10-01' }),
      articleInput({ slug: 'sample-liked', title: 'Sample: a liked page', lastReviewedAt: '2026-11-10' }),
      articleInput({ slug: 'sample-draft', title: 'Sample: a draft', status: 'draft' }),
    ], FIXED_NOW);
    for (const slug of ['sample-current', 'sample-overdue', 'sample-liked']) ids[slug] = (await site.catalogue.findArticleBySlug(slug))!.id;
  });
  after(() => site.maintenance.close());

  const send = (slug: string, helpful: boolean, comment?: string, now = NOW) =>
    sendFeedback(site, { slug, helpful, ...(comment === undefined ? {} : { comment }), now });

  it('keeps an answer with its day only, and refuses drafts, unknown pages and long comments by name', async () => {
    assert.deepEqual(await send('sample-liked', true, '  Clear.  '), { slug: 'sample-liked', title: 'Sample: a liked page' });
    const kept = await site.feedback.forArticle(ids['sample-liked']!, 5);
    assert.deepEqual(kept.comments, [{ helpful: true, comment: 'Clear.', day: '2026-12-05' }]);
    await assert.rejects(send('sample-draft', false), { code: 'NOT_FOUND' });
    await assert.rejects(send('no-such-page', false), { code: 'NOT_FOUND' });
    await assert.rejects(send('sample-liked', false, 'x'.repeat(501)), { code: 'INVALID', details: ['comment: at most 500 characters (got 501)'] });
    assert.equal((await site.feedback.forArticle(ids['sample-liked']!, 5)).yes + (await site.feedback.forArticle(ids['sample-liked']!, 5)).no, 1, 'nothing half-written');
  });

  it('lets editors and reviewers read feedback, not contributors', async () => {
    const view = await articleFeedbackFor(site, editor, ids['sample-liked']!);
    assert.equal(view.title, 'Sample: a liked page');
    assert.equal(view.yes, 1);
    assert.ok(await articleFeedbackFor(site, reviewer, ids['sample-liked']!));
    await assert.rejects(articleFeedbackFor(site, contributor, ids['sample-liked']!), { code: 'FORBIDDEN', details: ['feedback.read'] });
    await assert.rejects(articleFeedbackFor(site, editor, 999_999), { code: 'NOT_FOUND' });
    assert.equal(await feedbackTotalsFor(site, contributor), null);
    assert.equal(await feedbackCountsFor(site, contributor, ids['sample-liked']!), null);
    assert.deepEqual(await feedbackCountsFor(site, editor, ids['sample-liked']!), { yes: 1, no: 0 });
  });

  it('puts an article whose readers mostly said "No" since its last review in the queue, with their comments', async () => {
    const before = await reviewDue(site.newsroom, { now: NOW }, { store: site.feedback, threshold });
    assert.ok(!before.some((e) => e.articleId === ids['sample-current']), 'a current article is not queued before readers answer');

    await send('sample-current', false, 'Written before the last review.', '2026-11-01T09:00:00.000Z'); // before the review: does not count
    await send('sample-current', false, 'The dose in the table is unclear.');
    await send('sample-current', false);
    await send('sample-current', true);
    await send('sample-overdue', false, 'Out of date.');
    await send('sample-overdue', false);
    await send('sample-overdue', false);
    for (let i = 0; i < 3; i++) await send('sample-liked', true);

    const queue = await reviewDue(site.newsroom, { now: NOW }, { store: site.feedback, threshold });
    const current = queue.find((e) => e.articleId === ids['sample-current'])!;
    assert.deepEqual(current.reasons, ['reader-feedback']);
    assert.equal(current.status, 'current');
    assert.deepEqual(current.feedback, { yes: 1, no: 2, comments: [{ helpful: false, comment: 'The dose in the table is unclear.', day: '2026-12-05' }] });
    const overdue = queue.find((e) => e.articleId === ids['sample-overdue'])!;
    assert.deepEqual(overdue.reasons, ['due-date', 'reader-feedback']);
    assert.equal(overdue.status, 'overdue');
    assert.ok(!queue.some((e) => e.articleId === ids['sample-liked']), 'readers liked it: not queued');
    assert.deepEqual(queue.map((e) => e.articleId), [ids['sample-overdue'], ids['sample-current']], 'overdue first, in the queue order');

    const withoutFeedback = await reviewDue(site.newsroom, { now: NOW });
    assert.deepEqual(withoutFeedback.map((e) => [e.articleId, e.reasons, e.feedback]), [[ids['sample-overdue'], ['due-date'], null]], 'the date queue alone is as it was');
    await assert.rejects(reviewDueFor(site.newsroom, contributor, { now: NOW }, { store: site.feedback, threshold }), { code: 'FORBIDDEN' });
    assert.deepEqual(await feedbackTotalsFor(site, editor), { yes: 5, no: 6, articles: 3 });
  });
});
