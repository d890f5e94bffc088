import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { SAMPLE_PEOPLE, SCHEDULED_AFTER_DAYS } from './demo-governance.js';
import { seedDemo } from './seed-demo.js';

const SEED_TIME = new Date('2026-06-01T09:00:00Z');

describe('seedDemo', () => {
  it('loads the demo content into an empty site, reporting each file, and leaves a site with content alone', async () => {
    const { site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-seed-')), 'site.db'));
    try {
      const files: number[] = [];
      const report = await seedDemo(site, { onProgress: ({ done }) => files.push(done), now: SEED_TIME });
      assert.ok(report, 'an empty site is seeded');
      assert.equal(report.imported, 51);
      assert.deepEqual(report.failed, []);
      assert.equal(files.at(-1), report.files);
      assert.ok(report.related && report.related.recomputed > 0, 'the recommended lists are computed with the import');
      assert.equal(await seedDemo(site), null);
      // 51 articles, 4 site pages and the scheduled article (a draft until its time).
      assert.equal((await site.maintenance.stats()).articles, 56);
    } finally {
      await site.maintenance.close();
    }
  });

  it('adds sample reviewers marked as sample, their sign-offs, the four site pages in order and one scheduled article', async () => {
    const { site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-seed-')), 'site.db'));
    try {
      const report = await seedDemo(site, { now: SEED_TIME });
      assert.ok(report);
      assert.equal(report.governance.signedOff, 5);

      const users = await site.accounts.users.list();
      const reviewers = users.filter((user) => user.role === 'reviewer');
      assert.ok(reviewers.length >= 2);
      for (const user of users) {
        assert.match(user.name, /\(sample\)$/, `${user.name} is marked as sample`);
        assert.ok(user.disabled && !user.hasPassword, `${user.name} cannot sign in`);
      }

      const reviewed = await site.catalogue.findArticleBySlug('what-is-high-blood-pressure');
      assert.deepEqual(reviewed?.reviewedBy, { name: SAMPLE_PEOPLE.reviewerA.name, credential: SAMPLE_PEOPLE.reviewerA.credential });
      assert.match(reviewed?.reviewedBy?.credential ?? '', /sample reviewer/);
      assert.ok(reviewed?.lastReviewedAt && reviewed.lastReviewedAt < SEED_TIME.toISOString(), 'reviewed before the seed time');

      assert.deepEqual((await site.catalogue.sitePages()).map((page) => page.slug), ['about', 'editorial-policy', 'privacy', 'contact']);
      const about = await site.catalogue.findSitePage('about');
      assert.equal(about?.kind, 'page');
      assert.equal(about?.isSample, true);
      assert.equal(about?.topic, null);

      const scheduled = await site.newsroom.workingCopy(report.governance.scheduledArticleId);
      assert.equal(scheduled?.state, 'scheduled');
      assert.equal(scheduled?.isLive, false);
      assert.equal(scheduled?.schedule?.publishAt, new Date(SEED_TIME.getTime() + SCHEDULED_AFTER_DAYS * 86_400_000).toISOString());
    } finally {
      await site.maintenance.close();
    }
  });
});
