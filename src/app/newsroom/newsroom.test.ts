import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AuditEvent } from '../../accounts/audit-log.js';
import type { Actor } from '../../accounts/roles.js';
import type { SearchIndex } from '../../search/search-index.js';
import { openSqliteSite } from '../../store/sqlite/open-sqlite-site.js';
import { articleInput, FIXED_NOW, writeInputs } from '../../testing/factories.js';
import type { Site } from '../site.js';
import { createDraft } from './create-draft.js';
import { EditConflictError } from './edit-conflict.js';
import { getArticleForEditing, restoreRevision, saveArticle } from './edit-article.js';
import { heartbeatLock, takeOverLock } from './edit-lock.js';
import type { NewsroomPorts } from './newsroom-ports.js';
import { diffRevisions, listArticles, listRevisions } from './revisions.js';
import { deleteArticle, publishArticle, submitForReview, unpublishArticle } from './workflow-steps.js';

const contributor: Actor = { userId: 10, role: 'contributor' };
const otherContributor: Actor = { userId: 11, role: 'contributor' };
const editor: Actor = { userId: 20, role: 'editor' };
const otherEditor: Actor = { userId: 21, role: 'editor' };

describe('the newsroom use cases on a real SQLite file', () => {
  let site: Site & { search: SearchIndex };
  let ports: NewsroomPorts;
  const audit: AuditEvent[] = [];
  let clock = Date.parse(FIXED_NOW);
  const tick = (seconds = 1) => (clock += seconds * 1000);

  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-newsroom-')), 'site.db')));
    // The recorder stands in for the AuditLog port, which the accounts work implements.
    ports = { newsroom: site.newsroom, previewLinks: site.previewLinks, taxonomy: site.taxonomy, feedback: site.feedback, related: site.related, audit: { record: async (event) => void audit.push(event) }, clock: () => new Date(clock), clinicalReviewRequired: false };
    await writeInputs(site.ingest, [
      articleInput({ title: 'What is gout?', categoryPath: ['Joints'], topic: { name: 'Gout', synonyms: [], semanticGroup: null }, bodyMarkdown: 'Gout is a form of arthritis.' }),
      articleInput({ title: 'Causes of gout', categoryPath: ['Joints'], topic: { name: 'Gout', synonyms: [], semanticGroup: null }, bodyMarkdown: 'Uric acid crystals cause gout.' }),
    ], FIXED_NOW);
  });
  after(() => site.maintenance.close());

  it('takes a contributor draft through autosaves (folded), a save and submission; an editor publishes it for readers and search', async () => {
    const { articleId, revision } = await createDraft(ports, contributor, { title: 'Hyperuricemia and diet', fields: { categoryPath: ['Joints'] } });
    assert.equal(revision, 1);
    assert.equal(await site.catalogue.findArticleBySlug('hyperuricemia-and-diet'), null, 'drafts are not for readers');
    tick();
    const first = await saveArticle(ports, contributor, { articleId, kind: 'autosave', baseRevision: 1, patch: { bodyMarkdown: 'Purines raise' } });
    assert.deepEqual(first, { revision: 2, outcome: 'appended' });
    tick();
    const second = await saveArticle(ports, contributor, { articleId, kind: 'autosave', baseRevision: 2, patch: { bodyMarkdown: 'Purines raise uric acid (zyxurate).' } });
    assert.deepEqual(second, { revision: 3, outcome: 'folded' });
    await assert.rejects(saveArticle(ports, contributor, { articleId, kind: 'autosave', baseRevision: 2, patch: { bodyMarkdown: 'A stale tab' } }), { code: 'EDIT_CONFLICT' });
    const saved = await saveArticle(ports, contributor, { articleId, kind: 'save', baseRevision: 3, patch: { summary: 'What to eat.' }, note: 'first version' });
    assert.deepEqual(saved, { revision: 4, outcome: 'appended' });
    assert.deepEqual((await listRevisions(ports, contributor, articleId)).map((r) => [r.number, r.kind]), [[4, 'save'], [3, 'autosave'], [1, 'save']]);
    const submitted = await submitForReview(ports, contributor, { articleId, baseRevision: 4 });
    assert.equal(submitted.revision, 5);
    assert.equal((await getArticleForEditing(ports, contributor, articleId)).copy.state, 'in_review');
    await assert.rejects(publishArticle(ports, contributor, { articleId }), { code: 'FORBIDDEN', details: ['article.publish'] });

    const before = (await site.changes.siteState()).changeSeq;
    const published = await publishArticle(ports, editor, { articleId, baseRevision: 5 });
    assert.equal(published.revision, 6);
    const live = await site.catalogue.findArticleBySlug('hyperuricemia-and-diet');
    assert.equal(live?.bodyMarkdown, 'Purines raise uric acid (zyxurate).');
    assert.equal(live?.status, 'published');
    assert.ok(live?.bodyHtml.includes('<p>'), 'prepared as imports are: sanitized HTML');
    const changes = await site.changes.changesSince(before);
    assert.deepEqual(changes.articles.filter((a) => a.id === articleId).map((a) => a.published), [true], 'builds and the page cache follow the change sequence');
    assert.deepEqual((await site.search.baseline(['zyxurate'], 5)).map((hit) => hit.articleId), [articleId], 'search finds it');
    assert.deepEqual(audit.filter((e) => e.subject === `article:${articleId}`).map((e) => e.action), ['article.created', 'article.saved', 'article.submitted', 'article.published']);
  });

  it('keeps readers on the live revision while a published article carries saved changes, until publish', async () => {
    const { articleId } = await createDraft(ports, editor, { title: 'Gout and alcohol', fields: { bodyMarkdown: 'Beer raises the risk.' } });
    await publishArticle(ports, editor, { articleId });
    const editing = await getArticleForEditing(ports, editor, articleId);
    const { revision } = await saveArticle(ports, editor, { articleId, kind: 'save', baseRevision: editing.copy.working.number, patch: { bodyMarkdown: 'Beer and spirits raise the risk.', title: 'Gout and drinking' } });
    assert.equal((await site.catalogue.findArticleBySlug('gout-and-alcohol'))?.bodyMarkdown, 'Beer raises the risk.');
    const reopened = await getArticleForEditing(ports, editor, articleId);
    assert.equal(reopened.copy.working.fields.slug, 'gout-and-alcohol', 'a published slug stays when the title changes');
    assert.equal(reopened.live?.fields.bodyMarkdown, 'Beer raises the risk.', 'the editor sees the live revision beside the working one');
    await publishArticle(ports, editor, { articleId, baseRevision: revision });
    const live = await site.catalogue.findArticleBySlug('gout-and-alcohol');
    assert.deepEqual([live?.title, live?.bodyMarkdown], ['Gout and drinking', 'Beer and spirits raise the risk.']);
    assert.ok(live?.updatedAt, 'a republished article says it was updated');
  });

  it('refuses a stale base with EDIT_CONFLICT carrying both versions, and takes a repeated identical save as no conflict', async () => {
    const { articleId } = await createDraft(ports, editor, { title: 'Gout flares' });
    await saveArticle(ports, editor, { articleId, kind: 'save', baseRevision: 1, patch: { bodyMarkdown: 'Flares come at night.' } });
    const request = { articleId, kind: 'save' as const, baseRevision: 1, patch: { bodyMarkdown: 'Flares last days.' } };
    const error = await saveArticle(ports, otherEditor, request).then(() => null, (e: unknown) => e);
    assert.ok(error instanceof EditConflictError);
    assert.equal(error.code, 'EDIT_CONFLICT');
    assert.deepEqual([error.conflict.current.revision, error.conflict.current.fields.bodyMarkdown, error.conflict.current.authorUserId], [2, 'Flares come at night.', editor.userId]);
    assert.deepEqual([error.conflict.incoming.baseRevision, error.conflict.incoming.fields.bodyMarkdown], [1, 'Flares last days.']);

    const retried = { articleId, kind: 'save' as const, baseRevision: 2, patch: { bodyMarkdown: 'Flares last days.' } };
    assert.deepEqual(await saveArticle(ports, editor, retried), { revision: 3, outcome: 'appended' });
    assert.deepEqual(await saveArticle(ports, editor, retried), { revision: 3, outcome: 'unchanged' }, 'a retry after a lost answer');
  });

  it('restores an old revision as a new one, and diffs revisions word by word', async () => {
    const { articleId } = await createDraft(ports, editor, { title: 'Gout diet', fields: { bodyMarkdown: 'Eat cherries.' } });
    await saveArticle(ports, editor, { articleId, kind: 'save', baseRevision: 1, patch: { bodyMarkdown: 'Eat fewer anchovies.' } });
    const restored = await restoreRevision(ports, editor, { articleId, revision: 1 });
    assert.equal(restored.revision, 3);
    const copy = (await getArticleForEditing(ports, editor, articleId)).copy;
    assert.deepEqual([copy.working.kind, copy.working.fields.bodyMarkdown], ['restore', 'Eat cherries.']);
    const diff = await diffRevisions(ports, editor, { articleId, from: 1, to: 2 });
    assert.deepEqual(diff.changedFields, ['bodyMarkdown']);
    assert.ok(diff.fields.find((f) => f.field === 'bodyMarkdown')?.words?.some((w) => w.added && w.value.includes('anchovies')));
    assert.ok(audit.some((e) => e.action === 'article.restored' && e.subject === `article:${articleId}`));
  });

  it("forbids a contributor another's article and their own once published, naming the permission", async () => {
    const { articleId } = await createDraft(ports, contributor, { title: 'Gout in women' });
    await assert.rejects(saveArticle(ports, otherContributor, { articleId, kind: 'save', baseRevision: 1, patch: { title: 'Mine now' } }), { code: 'FORBIDDEN', details: ['article.edit'] });
    await assert.rejects(getArticleForEditing(ports, otherContributor, articleId), { code: 'FORBIDDEN', details: ['article.view'] });
    await publishArticle(ports, editor, { articleId });
    const working = (await getArticleForEditing(ports, contributor, articleId)).copy.working.number;
    await assert.rejects(saveArticle(ports, contributor, { articleId, kind: 'save', baseRevision: working, patch: { title: 'Changed' } }), { code: 'FORBIDDEN', details: ['article.edit'] });
    assert.deepEqual((await listArticles(ports, otherContributor, { limit: 50, offset: 0 })).total, 0, 'contributors list their own articles only');
    assert.ok((await listArticles(ports, editor, { limit: 50, offset: 0 })).total >= 7, 'editors list every article, imported ones included');
  });

  it('opens and edits an imported article (adopted as revision 1, kind import); readers keep it until publish', async () => {
    const imported = (await site.catalogue.findArticleBySlug('what-is-gout'))!;
    const editing = await getArticleForEditing(ports, editor, imported.id);
    assert.deepEqual([editing.copy.working.number, editing.copy.working.kind, editing.copy.state, editing.copy.liveRevision], [1, 'import', 'published', 1]);
    assert.equal(editing.copy.working.fields.topic, 'Gout');
    assert.ok(editing.may.publish && editing.may.save);
    const { revision } = await saveArticle(ports, editor, { articleId: imported.id, kind: 'save', baseRevision: 1, patch: { bodyMarkdown: 'Gout is an inflammatory arthritis.' } });
    assert.equal((await site.catalogue.findArticleBySlug('what-is-gout'))?.bodyMarkdown, 'Gout is a form of arthritis.');
    await publishArticle(ports, editor, { articleId: imported.id, baseRevision: revision });
    const live = await site.catalogue.findArticleByProvenanceId(imported.provenance.id);
    assert.deepEqual([live?.slug, live?.bodyMarkdown, live?.provenance.sourceSite], ['what-is-gout', 'Gout is an inflammatory arthritis.', imported.provenance.sourceSite]);
  });

  it('refuses invalid fields, every problem at once: taken slug, unknown category, missing title, body too long', async () => {
    await assert.rejects(createDraft(ports, editor, { title: 'What is gout?' }), (error: { code: string; details: string[] }) => {
      assert.equal(error.code, 'INVALID');
      assert.match(error.details[0]!, /^slug: "what-is-gout" is taken by "What is gout\?"/);
      return true;
    });
    const { articleId } = await createDraft(ports, editor, { title: 'Gout medicines', fields: { topic: 'Allopurinol' } });
    await assert.rejects(
      saveArticle(ports, editor, { articleId, kind: 'save', baseRevision: 1, patch: { title: ' ', slug: 'gout-medicines', categoryPath: ['Joints', 'Nope'], bodyMarkdown: 'x'.repeat(200_001) } }),
      (error: { code: string; details: string[] }) => {
        assert.equal(error.code, 'INVALID');
        assert.deepEqual(error.details.map((d) => d.split(':')[0]), ['title', 'body', 'category']);
        assert.ok(error.details.includes('category: no category "Joints / Nope"'));
        return true;
      },
    );
    await publishArticle(ports, editor, { articleId });
    assert.ok(await site.catalogue.findTopicBySlug('allopurinol'), 'a new topic is created on publish');
  });

  it('unpublishes and deletes: readers lose the article', async () => {
    const { articleId } = await createDraft(ports, editor, { title: 'Pseudogout' });
    await publishArticle(ports, editor, { articleId });
    assert.ok(await site.catalogue.findArticleBySlug('pseudogout'));
    await unpublishArticle(ports, editor, { articleId });
    assert.equal(await site.catalogue.findArticleBySlug('pseudogout'), null);
    await assert.rejects(unpublishArticle(ports, editor, { articleId }), { code: 'INVALID' });
    await publishArticle(ports, editor, { articleId });
    assert.ok(await site.catalogue.findArticleBySlug('pseudogout'));
    await deleteArticle(ports, editor, { articleId });
    assert.equal(await site.catalogue.findArticleBySlug('pseudogout'), null);
    await assert.rejects(getArticleForEditing(ports, editor, articleId), { code: 'NOT_FOUND' });
    assert.deepEqual(audit.filter((e) => e.subject === `article:${articleId}`).map((e) => e.action), ['article.created', 'article.published', 'article.unpublished', 'article.published', 'article.deleted']);
  });

  it('keeps a soft lock by heartbeat; a take-over is told to the first editor', async () => {
    const { articleId } = await createDraft(ports, editor, { title: 'Gout and kidneys' });
    assert.ok((await heartbeatLock(ports, editor, articleId)).ok);
    assert.deepEqual(await heartbeatLock(ports, otherEditor, articleId), { ok: false, holderUserId: editor.userId, takenOver: false });
    await takeOverLock(ports, otherEditor, articleId);
    assert.deepEqual(await heartbeatLock(ports, editor, articleId), { ok: false, holderUserId: otherEditor.userId, takenOver: true });
    tick(61);
    assert.ok((await heartbeatLock(ports, editor, articleId)).ok, 'a stale lock is free to take');
  });
});
