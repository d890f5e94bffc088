import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../project-files.js';
import { openPostgresSite } from '../store/postgres/open-postgres-site.js';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../testing/postgres.js';
import { importContent } from './import-content.js';
import type { NewsroomPorts } from './newsroom/newsroom-ports.js';
import { reviewDue } from './newsroom/review-queue.js';
import { publishDue } from './newsroom/scheduling.js';
import type { Site } from './site.js';

const FIXTURE = join(projectRoot, 'test', 'fixtures', 'markdown', 'lifecycle');
const pgSchema = `hp_import_lifecycle_${process.pid}`;
const pgSkip = (await postgresReachable()) ? false : `no PostgreSQL at ${TEST_PG_URL}`;

const databases: Array<[string, false | string, () => Promise<{ site: Site; close: () => Promise<void> }>]> = [
  ['SQLite', false, async () => {
    const { site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-import-lifecycle-')), 'site.db'));
    return { site, close: () => site.maintenance.close() };
  }],
  ['PostgreSQL', pgSkip, async () => {
    const { site } = await openPostgresSite({ connectionString: TEST_PG_URL, schema: pgSchema });
    return { site, close: async () => { await site.maintenance.close(); await dropSchemas([pgSchema]); } };
  }],
];

for (const [name, skip, open] of databases) {
  describe(`imports follow the lifecycle (${name})`, { skip }, () => {
    let site: Site;
    let close: () => Promise<void>;
    let clock = Date.parse('2026-12-06T10:00:00.000Z');
    let ports: NewsroomPorts;
    const folder = mkdtempSync(join(tmpdir(), 'hp-lifecycle-source-'));
    const importFolder = (prune = false) => importContent(site, { kind: 'markdown', path: folder, prune }, {}, ports);

    before(async () => {
      ({ site, close } = await open());
      ports = {
        newsroom: site.newsroom, previewLinks: site.previewLinks, taxonomy: site.taxonomy, feedback: site.feedback, related: site.related,
        audit: site.accounts.audit, clock: () => new Date(clock), clinicalReviewRequired: true,
      };
      cpSync(FIXTURE, folder, { recursive: true });
    });
    after(async () => {
      await close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('schedules an article dated in the future instead of publishing it, once, and the scheduler publishes it when due without our sign-off', async () => {
      const report = await importFolder();
      assert.deepEqual(report.failed, []);
      assert.deepEqual(report.scheduled.map((item) => [item.file, item.publishAt]), [['booking-a-check-up.md', '2099-03-01T00:00:00.000Z']]);
      assert.equal(await site.catalogue.findArticleBySlug('booking-a-check-up'), null, 'readers cannot see it yet');
      const { items } = await site.newsroom.listArticles({ state: 'scheduled', limit: 50, offset: 0 });
      const scheduled = items.find((item) => item.title === 'Booking a routine check-up');
      assert.ok(scheduled, 'the admin lists it with the other scheduled articles');
      const copy = await site.newsroom.workingCopy(scheduled.articleId);
      assert.equal(copy?.state, 'scheduled');
      assert.equal(copy?.schedule?.publishAt, '2099-03-01T00:00:00.000Z');

      const again = await importFolder();
      assert.equal(again.scheduled.length, 1, 'still reported as scheduled');
      const steps = (await site.newsroom.timeline(scheduled.articleId)).filter((event) => event.action === 'schedule');
      assert.equal(steps.length, 1, 'an unchanged schedule is not set twice');

      clock = Date.parse('2099-03-01T00:00:01.000Z');
      const due = await publishDue(ports);
      assert.deepEqual(due.held, []);
      assert.deepEqual(due.published, [scheduled.articleId]);
      const live = await site.catalogue.findArticleBySlug('booking-a-check-up');
      assert.equal(live?.title, 'Booking a routine check-up');
      assert.equal(live?.reviewedBy, null, 'an import is never shown as signed off by us');
      assert.equal((await importFolder()).scheduled.length, 0, 'its day has come: a re-import publishes it as the source says');
    });

    it('keeps the source\'s reviewer as provenance and its due dates for the review queue', async () => {
      const diary = await site.catalogue.findArticleBySlug('keeping-a-symptom-diary');
      assert.equal(diary?.reviewedBy, null, 'reviewed_by in front matter is the source\'s review, not our sign-off');
      const live = await site.newsroom.liveArticle(diary!.id);
      assert.deepEqual(live?.sourceReviewedBy, { name: 'Sample Reviewer (fictional)', credential: 'Sample credential' }, 'kept as provenance');
      assert.equal(live?.reviewedBy, null);
      const candidates = await site.newsroom.reviewCandidates();
      assert.equal(candidates.find((c) => c.slug === 'questions-to-ask')?.nextReviewDue, '2026-09-01', 'next_review as the source gave it');
      const spread = candidates.find((c) => c.slug === 'keeping-a-symptom-diary')?.nextReviewDue ?? '';
      assert.ok(spread >= '2026-10-15' && spread <= '2027-01-15', `${spread} lies in the interval's last three months`);
      const queue = await reviewDue(site.newsroom, { now: '2026-12-06T10:00:00.000Z', withinDays: 0 });
      assert.deepEqual(queue.filter((entry) => entry.slug === 'questions-to-ask').map((entry) => [entry.due, entry.status]), [['2026-09-01', 'overdue']], 'the queue uses the stored date');
    });

    it('moves an article whose slug: changed, leaving its old address answering with the new one', async () => {
      const file = join(folder, 'next-review-given.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('slug: questions-to-ask', 'slug: questions-for-your-appointment'));
      const report = await importFolder();
      assert.equal(report.updated, 1);
      assert.equal(await site.catalogue.redirectFor('/articles/questions-to-ask'), '/articles/questions-for-your-appointment');
    });

    it('counts articles whose files are gone without --prune, and unpublishes them (410 Gone) only with it', async () => {
      rmSync(join(folder, 'reviewed-at-the-source.md'));
      const counted = await importFolder();
      assert.equal(counted.prunable, 1);
      assert.deepEqual(counted.pruned, []);
      assert.ok(await site.catalogue.findArticleBySlug('keeping-a-symptom-diary'), 'never without the flag');

      writeFileSync(join(folder, 'broken.md'), 'no front matter here');
      const refused = await importFolder(true);
      assert.match(refused.pruneRefused ?? '', /1 file\(s\) failed; nothing was pruned/);
      assert.ok(await site.catalogue.findArticleBySlug('keeping-a-symptom-diary'), 'a failed file could be the missing one: nothing pruned');
      rmSync(join(folder, 'broken.md'));

      const pruned = await importFolder(true);
      assert.deepEqual(pruned.pruned.map((article) => article.slug), ['keeping-a-symptom-diary']);
      assert.equal(await site.catalogue.findArticleBySlug('keeping-a-symptom-diary'), null);
      assert.equal((await site.catalogue.retiredArticle('keeping-a-symptom-diary'))?.title, 'Keeping a symptom diary', 'its address answers 410 Gone');
      assert.equal((await importFolder(true)).pruned.length, 0, 'pruned once');
    });

    it('gives 200 articles reviewed on one day due dates spread so that no week holds more than twice its fair share', async () => {
      const many = mkdtempSync(join(tmpdir(), 'hp-lifecycle-many-'));
      try {
        for (let i = 0; i < 200; i++) {
          writeFileSync(join(many, `page-${i}.md`), `---\ntitle: Sample page ${i}\ncategory: [Samples]\nlast_reviewed: 2026-01-15\nsample: true\n---\n\nSample text ${i}.\n`);
        }
        const report = await importContent(site, { kind: 'markdown', path: many }, {}, ports);
        assert.equal(report.imported, 200);
        const dues = (await site.newsroom.reviewCandidates()).filter((c) => c.slug.startsWith('sample-page-')).map((c) => c.nextReviewDue ?? '');
        assert.equal(dues.length, 200);
        const weeks = new Map<number, number>();
        for (const due of dues) {
          assert.ok(due >= '2026-10-15' && due <= '2027-01-15', due);
          const week = Math.floor((Date.parse(due) - Date.parse('2026-10-15')) / (7 * 86_400_000));
          weeks.set(week, (weeks.get(week) ?? 0) + 1);
        }
        const fairShare = 200 / (92 / 7);
        assert.ok(Math.max(...weeks.values()) <= 2 * fairShare, JSON.stringify([...weeks]));
      } finally {
        rmSync(many, { recursive: true, force: true });
      }
    });
  });
}
