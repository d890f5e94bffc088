import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { spreadReviewDue } from '../../editorial/review-spread.js';
import { markdownDirLoader } from '../markdown-dir.js';
import type { LoadedFile } from '../loader.js';
import { articleFromFrontMatter } from './article.js';

const base = { title: 'A page', category: ['Using health services'], last_reviewed: '2026-01-15' };
const build = (extra: Record<string, unknown>) => articleFromFrontMatter({ ...base, ...extra }, 'Body text.', { name: 'page.md', topics: new Map() });

describe('Markdown front matter: review dates and the source\'s reviewer', () => {
  it('keeps reviewed_by as the source\'s reviewer (provenance), never as our sign-off', () => {
    const { article } = build({ reviewed_by: { name: 'Sample Reviewer', credential: 'Sample credential' } });
    assert.deepEqual(article?.sourceReviewedBy, { name: 'Sample Reviewer', credential: 'Sample credential' });
    assert.equal(article?.reviewedBy, undefined, 'our sign-off is only ever a reviewer of ours signing a revision off');
    assert.deepEqual(build({ reviewed_by: { name: 'Only a name' } }).article?.sourceReviewedBy, { name: 'Only a name', credential: '' });
  });

  it('spreads the due date by the article\'s id when the source gives none, and takes next_review as given', () => {
    assert.equal(build({}).article?.nextReviewDue, spreadReviewDue('markdown:page', '2026-01-15', 12));
    assert.equal(build({ review_interval_months: 6 }).article?.nextReviewDue, spreadReviewDue('markdown:page', '2026-01-15', 6));
    assert.equal(build({ review_interval_months: 6 }).article?.reviewIntervalMonths, 6);
    assert.equal(build({ next_review: '2026-09-01' }).article?.nextReviewDue, '2026-09-01');
    const { last_reviewed: _none, ...unreviewed } = base;
    assert.equal(articleFromFrontMatter(unreviewed, 'Body.', { name: 'page.md', topics: new Map() }).article?.nextReviewDue, undefined, 'never reviewed: no due date');
  });

  const refusals: Array<[string, Record<string, unknown>, string]> = [
    ['an interval beyond the site maximum', { review_interval_months: 48 }, "review_interval_months: at most 36 months, the site's maximum (got 48)"],
    ['an interval of no months', { review_interval_months: 0 }, 'review_interval_months: must be a whole number of months from 1 (got 0)'],
    ['an interval as text', { review_interval_months: 'yearly' }, 'review_interval_months: must be a whole number of months (got "yearly")'],
    ['both next_review and an interval', { next_review: '2026-09-01', review_interval_months: 6 }, 'next_review: give next_review or review_interval_months, not both'],
    ['next_review before the last review', { next_review: '2025-12-01' }, 'next_review: 2025-12-01 is not after last_reviewed (2026-01-15)'],
    ['next_review beyond the maximum', { next_review: '2030-01-15' }, "next_review: 2030-01-15 is more than 36 months, the site's maximum, after last_reviewed (2026-01-15)"],
    ['next_review that is not a date', { next_review: 'spring' }, 'next_review: "spring" is not a date (expected YYYY-MM-DD)'],
    ['reviewed_by as text', { reviewed_by: 'Dr Example' }, 'reviewed_by: must have name and credential fields, such as {name: "A. Example", credential: "MD"} (got "Dr Example")'],
    ['reviewed_by without a name', { reviewed_by: { credential: 'MD' } }, 'reviewed_by: name: is required'],
    ['reviewed_by with a stray field', { reviewed_by: { name: 'A', role: 'x' } }, 'reviewed_by: role: unknown field'],
  ];
  for (const [name, extra, problem] of refusals) {
    it(`refuses ${name}, naming the field`, () => {
      const result = build(extra);
      assert.equal(result.article, undefined);
      assert.ok(result.problems?.includes(problem), `${JSON.stringify(result.problems)} lacks ${problem}`);
    });
  }

  it('next_review needs the review it follows', () => {
    const { last_reviewed: _none, ...unreviewed } = base;
    const result = articleFromFrontMatter({ ...unreviewed, next_review: '2026-09-01' }, 'Body.', { name: 'page.md', topics: new Map() });
    assert.deepEqual(result.problems, ['next_review: needs last_reviewed (the review it follows)']);
  });

  it('reads the lifecycle fixture folder without a problem', async () => {
    const source = await markdownDirLoader.open(path.join(process.cwd(), 'test/fixtures/markdown/lifecycle'), {});
    const files: LoadedFile[] = [];
    for await (const file of source.files) files.push(file);
    assert.deepEqual(files.map((file) => [file.file, file.error]), [
      ['booking-a-check-up.md', undefined], ['next-review-given.md', undefined], ['reviewed-at-the-source.md', undefined],
    ]);
    assert.equal(files[0]?.articles[0]?.publishedAt, '2099-03-01');
  });
});
