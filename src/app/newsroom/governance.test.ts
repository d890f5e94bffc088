import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '../../accounts/roles.js';
import { openPostgresSite } from '../../store/postgres/open-postgres-site.js';
import { openSqliteSite } from '../../store/sqlite/open-sqlite-site.js';
import { articleInput, FIXED_NOW, writeInputs } from '../../testing/factories.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../testing/postgres.js';
import { projectRoot } from '../../project-files.js';
import type { Site } from '../site.js';
import { createDraft } from './create-draft.js';
import { getArticleForEditing, saveArticle } from './edit-article.js';
import type { NewsroomPorts } from './newsroom-ports.js';
import { publishDue, schedulePublication, unschedulePublication } from './scheduling.js';
import { publishArticle, requestChanges, signOff, submitForReview } from './workflow-steps.js';

const writer: Actor = { userId: 10, role: 'contributor' };
const editor: Actor = { userId: 20, role: 'editor' };
const reviewer: Actor = { userId: 30, role: 'reviewer' };
const SIGNATURE = { reviewerName: 'Dr Sample Reviewer (fictional)', credential: 'GP (sample)' };

/** How a separate process reaches the same database: `--db` for SQLite, the environment for PostgreSQL. */
type Opened = { site: Site; close: () => Promise<void>; cli: { args: string[]; env: Record<string, string> } };

/** `healthpress publish-due --json` as its own process (the real clock: the schedules are in the past for it). */
function publishDueProcess(cli: Opened['cli']): Promise<{ published: number[]; held: Array<{ articleId: number; reason: string }>; skipped: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'bin/healthpress.js'), 'publish-due', '--json', ...cli.args], { env: { ...process.env, ...cli.env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`publish-due printed no report: ${out} ${err}`));
      }
    });
  });
}

const pgSchema = `hp_governance_${process.pid}`;
const pgSkip = (await postgresReachable()) ? false : `no PostgreSQL at ${TEST_PG_URL}`;

const databases: Array<[string, false | string, () => Promise<Opened>]> = [
  ['SQLite', false, async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hp-governance-')), 'site.db');
    const { site } = await openSqliteSite(path);
    return { site, close: () => site.maintenance.close(), cli: { args: ['--db', path], env: {} } };
  }],
  ['PostgreSQL', pgSkip, async () => {
    const { site } = await openPostgresSite({ connectionString: TEST_PG_URL, schema: pgSchema });
    return { site, close: async () => { await site.maintenance.close(); await dropSchemas([pgSchema]); },
      cli: { args: [], env: { HEALTHPRESS_DATABASE_URL: TEST_PG_URL, HEALTHPRESS_DATABASE_SCHEMA: pgSchema } } };
  }],
];

for (const [name, skip, open] of databases) {
  describe(`clinical governance and scheduling (${name})`, { skip }, () => {
    let opened: Opened;
    let site: Site;
    let clock = Date.parse(FIXED_NOW);
    const tick = (seconds = 1) => (clock += seconds * 1000);
    const portsOf = (s: Site): NewsroomPorts => ({
      newsroom: s.newsroom, previewLinks: s.previewLinks, taxonomy: s.taxonomy, feedback: s.feedback, related: s.related, audit: { record: async () => {} },
      clock: () => new Date(clock), clinicalReviewRequired: true,
    });
    let ports: NewsroomPorts;

    before(async () => {
      opened = await open();
      site = opened.site;
      ports = portsOf(site);
      await writeInputs(site.ingest, [articleInput({ title: 'What is gout?', categoryPath: ['Joints'], bodyMarkdown: 'Gout is a form of arthritis.' })], FIXED_NOW);
    });
    after(() => opened.close());

    async function draft(title: string): Promise<number> {
      const { articleId } = await createDraft(ports, writer, { title, fields: { categoryPath: ['Joints'], bodyMarkdown: `${title}: sample text.` } });
      return articleId;
    }

    it('runs submit → changes requested → resubmit → sign-off → publish, with every step and comment on the timeline', async () => {
      const id = await draft('Gout and diet');
      tick();
      await submitForReview(ports, writer, { articleId: id, note: 'ready' });
      await assert.rejects(requestChanges(ports, reviewer, { articleId: id, note: ' ' }), { code: 'INVALID', message: /a comment is required/ });
      await requestChanges(ports, reviewer, { articleId: id, note: 'Say where the purine figures come from' });
      assert.equal((await getArticleForEditing(ports, writer, id)).copy.state, 'changes_requested');
      tick();
      const saved = await saveArticle(ports, writer, { articleId: id, kind: 'save', baseRevision: (await getArticleForEditing(ports, writer, id)).copy.working.number, patch: { bodyMarkdown: 'Gout and diet: sample text, with a source.' } });
      await submitForReview(ports, writer, { articleId: id });
      const working = saved.revision + 1;
      await assert.rejects(publishArticle(ports, editor, { articleId: id }), { code: 'REVIEW_REQUIRED', message: /no reviewer has signed off/ });
      await assert.rejects(signOff(ports, editor, { articleId: id, revision: working, ...SIGNATURE }), { code: 'FORBIDDEN', details: ['article.signoff'] });
      await assert.rejects(signOff(ports, reviewer, { articleId: id, revision: working - 1, ...SIGNATURE }), { code: 'INVALID', message: /revision: \d+ is not the latest revision/ });
      await assert.rejects(signOff(ports, reviewer, { articleId: id, revision: working, reviewerName: 'Dr X', credential: ' ' }), { code: 'INVALID', message: /credential: required/ });
      tick();
      await signOff(ports, reviewer, { articleId: id, revision: working, ...SIGNATURE, note: 'Checked against the sample guideline' });
      assert.equal((await getArticleForEditing(ports, writer, id)).copy.state, 'approved');
      tick();
      await publishArticle(ports, editor, { articleId: id });
      const live = await site.catalogue.findArticleBySlug('gout-and-diet');
      assert.equal(live?.reviewedBy?.name, SIGNATURE.reviewerName);
      assert.equal(live?.reviewedBy?.credential, SIGNATURE.credential);
      assert.ok(live?.lastReviewedAt, 'last reviewed is the sign-off date');
      const timeline = await site.newsroom.timeline(id);
      assert.deepEqual(timeline.map((e) => [e.action, e.toState]), [
        ['submit', 'in_review'], ['request_changes', 'changes_requested'], ['submit', 'in_review'], ['approve', 'approved'], ['publish', 'published'],
      ]);
      assert.equal(timeline[1]!.comment, 'Say where the purine figures come from');
      assert.equal(timeline[1]!.actorUserId, reviewer.userId);
    });

    it('voids a sign-off on a change to clinical content, never on tags, category or slug', async () => {
      const id = await draft('Gout flares');
      await submitForReview(ports, writer, { articleId: id });
      let copy = (await getArticleForEditing(ports, editor, id)).copy;
      await signOff(ports, reviewer, { articleId: id, revision: copy.working.number, ...SIGNATURE });
      tick();
      await saveArticle(ports, editor, { articleId: id, kind: 'save', baseRevision: copy.working.number, patch: { tags: ['Joints'], slug: 'gout-flare-ups' } });
      copy = (await getArticleForEditing(ports, editor, id)).copy;
      assert.equal(copy.state, 'approved', 'filing changes keep the approval');
      tick();
      await saveArticle(ports, editor, { articleId: id, kind: 'save', baseRevision: copy.working.number, patch: { bodyMarkdown: 'Gout flares: changed sample text.' } });
      copy = (await getArticleForEditing(ports, editor, id)).copy;
      assert.equal(copy.state, 'in_review', 'a clinical change sends it back to review');
      await assert.rejects(publishArticle(ports, editor, { articleId: id }), { code: 'REVIEW_REQUIRED', message: /voided by a later change/ });
      const voided = (await site.newsroom.timeline(id)).find((e) => e.action === 'signoff-voided');
      assert.equal(voided?.comment, 'changed: body');
    });

    it('publishes a due schedule exactly once across two processes, holds one whose sign-off was voided, and unpublishes on time', async () => {
      const due = await draft('Gout medicines');
      const voided = await draft('Gout at night');
      for (const id of [due, voided]) {
        await submitForReview(ports, writer, { articleId: id });
        const copy = (await getArticleForEditing(ports, editor, id)).copy;
        await signOff(ports, reviewer, { articleId: id, revision: copy.working.number, ...SIGNATURE });
      }
      const at = new Date(clock + 60_000).toISOString();
      // After the real clock too: the processes below run on it.
      const until = new Date(Date.now() + 365 * 86_400_000).toISOString();
      await assert.rejects(schedulePublication(ports, editor, { articleId: due, publishAt: new Date(clock - 1000).toISOString() }), { code: 'INVALID', message: /in the past/ });
      await schedulePublication(ports, editor, { articleId: due, publishAt: at, unpublishAt: until });
      await schedulePublication(ports, editor, { articleId: voided, publishAt: at });
      const copy = (await getArticleForEditing(ports, editor, voided)).copy;
      await saveArticle(ports, editor, { articleId: voided, kind: 'save', baseRevision: copy.working.number, patch: { bodyMarkdown: 'Gout at night: edited after sign-off.' } });
      assert.equal(await site.newsroom.nextScheduleAt(), at);
      assert.deepEqual(await publishDue(ports), { published: [], unpublished: [], held: [], skipped: [] }, 'nothing before its time');

      // Two processes at once, as two servers (or a server and cron) would run it.
      clock = Date.parse(at) + 500;
      const [a, b] = await Promise.all([publishDueProcess(opened.cli), publishDueProcess(opened.cli)]);
      assert.deepEqual([...a.published, ...b.published], [due], 'published once, by one of them');
      const held = [...a.held, ...b.held];
      assert.deepEqual(held.map((h) => h.articleId), [voided], 'held once');
      assert.match(held[0]!.reason, /sign-off was voided/);
      assert.equal((await site.newsroom.timeline(due)).filter((e) => e.action === 'publish').length, 1);
      const row = await site.newsroom.liveArticle(due);
      assert.equal(row?.status, 'published', JSON.stringify([a, b, row?.slug]));
      assert.ok(await site.catalogue.findArticleBySlug(row!.slug));
      assert.equal(await site.catalogue.findArticleBySlug('gout-at-night'), null, 'held, never published silently');
      assert.deepEqual((await site.newsroom.heldSchedules()).map((h) => h.articleId), [voided]);

      clock = Date.parse(until) + 1;
      const later = await publishDue(ports);
      assert.deepEqual(later.unpublished, [due]);
      assert.equal(await site.catalogue.findArticleBySlug('gout-medicines'), null);
      assert.deepEqual(await publishDue(ports), { published: [], unpublished: [], held: [], skipped: [] });
    });

    it('unschedules back to approved', async () => {
      const id = await draft('Gout and alcohol');
      await submitForReview(ports, writer, { articleId: id });
      const copy = (await getArticleForEditing(ports, editor, id)).copy;
      await signOff(ports, reviewer, { articleId: id, revision: copy.working.number, ...SIGNATURE });
      await schedulePublication(ports, editor, { articleId: id, publishAt: new Date(clock + 86_400_000).toISOString() });
      assert.equal(await unschedulePublication(ports, editor, { articleId: id }), 'approved');
      assert.equal((await getArticleForEditing(ports, editor, id)).copy.schedule, null);
    });

    it('moves last reviewed and the reviewer on a whole-page review of a live article', async () => {
      const gout = (await site.catalogue.findArticleBySlug('what-is-gout'))!;
      assert.equal(gout.reviewedBy, null, 'an import is not our review');
      const copy = (await getArticleForEditing(ports, editor, gout.id)).copy;
      tick();
      const done = await signOff(ports, reviewer, { articleId: gout.id, revision: copy.working.number, ...SIGNATURE });
      assert.equal(done.lastReviewedMoved, true);
      const reviewed = (await site.catalogue.findArticleBySlug('what-is-gout'))!;
      assert.equal(reviewed.lastReviewedAt, new Date(clock).toISOString());
      assert.equal(reviewed.reviewedBy?.name, SIGNATURE.reviewerName);
    });
  });
}
