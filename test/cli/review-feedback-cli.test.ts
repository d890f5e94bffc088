import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { addMonths } from '../../src/editorial/review-dates.js';
import { projectRoot } from '../../src/project-files.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { articleInput, writeInputs } from '../../src/testing/factories.js';

describe('healthpress review due with reader feedback, as a separate process', () => {
  it('lists an article readers mostly said "No" to since its review, with the reason and their comments, at the configured threshold', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'hp-review-feedback-')), 'site.db');
    const today = new Date().toISOString().slice(0, 10);
    const { site } = await openSqliteSite(db);
    await writeInputs(site.ingest, [
      articleInput({ title: 'Sample: reviewed last month', slug: 'sample-flagged', lastReviewedAt: addMonths(today, -1) }),
      articleInput({ title: 'Sample: liked', slug: 'sample-liked', lastReviewedAt: addMonths(today, -1) }),
    ], new Date().toISOString());
    const flagged = (await site.catalogue.findArticleBySlug('sample-flagged'))!.id;
    const liked = (await site.catalogue.findArticleBySlug('sample-liked'))!.id;
    for (const [helpful, comment] of [[false, 'The advice on when to call 111 is missing.'], [false, null], [true, null]] as const) {
      await site.feedback.record({ articleId: flagged, helpful, comment, day: today });
    }
    for (let i = 0; i < 3; i++) await site.feedback.record({ articleId: liked, helpful: true, comment: null, day: today });
    await site.maintenance.close();
    const run = (env: Record<string, string>, ...args: string[]) =>
      spawnSync(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), 'review', 'due', ...args, '--db', db], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });

    // Three answers: below the default of five, so nothing is flagged.
    const byDefault = run({}, '--json');
    assert.equal(byDefault.status, 0, byDefault.stderr);
    assert.deepEqual(JSON.parse(byDefault.stdout), []);

    const threshold = { HEALTHPRESS_FEEDBACK_REVIEW_MIN_ANSWERS: '3', HEALTHPRESS_FEEDBACK_REVIEW_NO_PERCENT: '50' };
    const listed = run(threshold, '--json');
    assert.equal(listed.status, 0, listed.stderr);
    const queue = JSON.parse(listed.stdout) as { title: string; status: string; reasons: string[]; feedback: { yes: number; no: number; comments: { comment: string }[] } }[];
    assert.deepEqual(queue.map((e) => [e.title, e.status, e.reasons]), [['Sample: reviewed last month', 'current', ['reader-feedback']]]);
    assert.deepEqual([queue[0]!.feedback.yes, queue[0]!.feedback.no, queue[0]!.feedback.comments.map((c) => c.comment)], [1, 2, ['The advice on when to call 111 is missing.']]);

    const table = run(threshold);
    assert.equal(table.status, 0, table.stderr);
    assert.match(table.stdout, /reader feedback/);
    assert.match(table.stdout, /1 flagged by reader feedback/);
    assert.match(table.stdout, /\(not helpful\): The advice on when to call 111 is missing\./);
  });
});
