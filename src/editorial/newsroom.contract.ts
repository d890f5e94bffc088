import assert from 'node:assert/strict';
import type { Article } from '../content/article.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, type PreparedArticleIngest, writeInputs } from '../testing/factories.js';
import { type ArticleFields, emptyFields, newsroomProvenance, toArticleInput } from './article-draft.js';
import type { NewsroomStore, RevisionWrite } from './newsroom.js';
import { prepareArticle } from './prepare-article.js';
import { measureReadability } from './readability.js';

/** What the contract needs of a site, named here so the editorial folder depends on no adapter. */
export interface NewsroomContractSite {
  newsroom: NewsroomStore;
  ingest: PreparedArticleIngest;
  catalogue: { findArticleBySlug(slug: string): Promise<Article | null> };
  maintenance: { close(): Promise<void>; stats(): Promise<{ articles: number }> };
}

const LATER = '2026-06-01T12:05:00.000Z';
let drafts = 0;

function draftOf(fields: ArticleFields, status: 'draft' | 'published' = 'draft', id = `contract-${++drafts}-${Math.random().toString(36).slice(2)}`) {
  const live = { provenance: newsroomProvenance(id), isSample: false, hasAnswer: true, publishedAt: null, lastReviewedAt: null, updatedAt: null };
  return prepareArticle(toArticleInput(fields, live, status));
}

async function create(newsroom: NewsroomStore, title: string, extra: Partial<ArticleFields> = {}, owner = 7) {
  const fields = { ...emptyFields(title), ...extra };
  const created = await newsroom.createDraft({ prepared: draftOf(fields), fields, ownerUserId: owner, note: null, now: FIXED_NOW });
  return { ...created, fields };
}

const write = (articleId: number, expectedRevision: number, fields: ArticleFields, more: Partial<RevisionWrite> = {}): RevisionWrite => ({
  articleId, expectedRevision, mode: 'append', kind: 'save', fields, authorUserId: 7, note: null, now: LATER, ...more,
});

/**
 * What every NewsroomStore must do. Each database's test file calls this with a function that
 * opens a fresh, empty site on the real database.
 */
export function newsroomContract(name: string, openSite: () => Promise<NewsroomContractSite>, skip: SkipList = {}): void {
  contractSuite(`NewsroomStore contract: ${name}`, openSite, skip, (test: ContractTest<NewsroomContractSite>) => {
    test('creates a draft: a reader-side row readers cannot see, the newsroom row and revision 1', async ({ newsroom, catalogue }) => {
      const { articleId, revision } = await create(newsroom, 'What is gout?');
      assert.equal(revision, 1);
      assert.equal(await catalogue.findArticleBySlug('what-is-gout'), null, 'a draft is not for readers');
      const copy = await newsroom.workingCopy(articleId);
      assert.equal(copy?.state, 'draft');
      assert.equal(copy?.ownerUserId, 7);
      assert.deepEqual([copy?.working.number, copy?.working.kind, copy?.working.fields.title], [1, 'save', 'What is gout?']);
      assert.deepEqual([copy?.liveRevision, copy?.isLive, copy?.everPublished, copy?.liveSlug], [null, false, false, 'what-is-gout']);
      assert.equal((await newsroom.liveArticle(articleId))?.status, 'draft');
    });

    test('writes nothing of a draft when any part of its creation fails', async ({ newsroom, maintenance }) => {
      const fields = emptyFields('Gout');
      const prepared = draftOf(fields);
      await newsroom.createDraft({ prepared, fields, ownerUserId: 7, note: null, now: FIXED_NOW });
      // Same provenance, a changed body: the live row would be updated, then the newsroom row clashes.
      const changed = { ...fields, bodyMarkdown: 'Changed.' };
      const again = prepareArticle({ ...prepared.input, bodyMarkdown: 'Changed.' });
      await assert.rejects(newsroom.createDraft({ prepared: again, fields: changed, ownerUserId: 8, note: null, now: LATER }));
      assert.equal((await maintenance.stats()).articles, 1);
      const { items } = await newsroom.listArticles({ limit: 10, offset: 0 });
      assert.equal(items.length, 1);
      assert.equal((await newsroom.liveArticle(items[0]!.articleId))?.fields.bodyMarkdown, '', 'the live row was rolled back too');
      assert.equal((await newsroom.listRevisions(items[0]!.articleId)).length, 1);
    });

    test('appends and folds revisions with a compare-and-set on the working revision', async ({ newsroom }) => {
      const { articleId, fields } = await create(newsroom, 'Gout');
      const typed = { ...fields, bodyMarkdown: 'Gout is' };
      assert.deepEqual(await newsroom.writeRevision(write(articleId, 1, typed, { kind: 'autosave' })), { ok: true, revision: 2 });
      const more = { ...typed, bodyMarkdown: 'Gout is arthritis.' };
      assert.deepEqual(await newsroom.writeRevision(write(articleId, 2, more, { kind: 'autosave', mode: 'fold' })), { ok: true, revision: 3 });
      assert.deepEqual((await newsroom.listRevisions(articleId)).map((r) => [r.number, r.kind]), [[3, 'autosave'], [1, 'save']], 'folded in place, renumbered');
      assert.equal((await newsroom.revision(articleId, 3))?.fields.bodyMarkdown, 'Gout is arthritis.');
      assert.equal(await newsroom.revision(articleId, 2), null);
      assert.deepEqual(await newsroom.writeRevision(write(articleId, 2, { ...more, title: 'Stale' })), { ok: false, currentRevision: 3 });
      const copy = await newsroom.workingCopy(articleId);
      assert.deepEqual([copy?.working.number, copy?.working.fields.title], [3, 'Gout']);
      await newsroom.writeRevision(write(articleId, 3, { ...more, title: 'Gout, explained', slug: 'gout-explained' }, { kind: 'submit', state: 'in_review' }));
      const submitted = await newsroom.workingCopy(articleId);
      assert.deepEqual([submitted?.state, submitted?.working.number, submitted?.working.kind], ['in_review', 4, 'submit']);
      assert.deepEqual(await newsroom.slugHolder('gout-explained', null), { articleId, title: 'Gout, explained' }, 'the working slug is held');
      assert.equal(await newsroom.slugHolder('gout-explained', articleId), null);
    });

    test('lets exactly one of two concurrent saves on the same base win', async ({ newsroom }) => {
      const { articleId, fields } = await create(newsroom, 'Gout');
      for (let round = 0; round < 5; round++) {
        const base = (await newsroom.workingCopy(articleId))!.working.number;
        const results = await Promise.all([
          newsroom.writeRevision(write(articleId, base, { ...fields, bodyMarkdown: `A${round}` })),
          newsroom.writeRevision(write(articleId, base, { ...fields, bodyMarkdown: `B${round}` }, { authorUserId: 8 })),
        ]);
        assert.equal(results.filter((r) => r.ok).length, 1, `round ${round}: ${JSON.stringify(results)}`);
        const winner = results.find((r) => r.ok);
        const loser = results.find((r) => !r.ok);
        assert.deepEqual(loser, { ok: false, currentRevision: winner?.ok ? winner.revision : -1 });
      }
      assert.equal((await newsroom.listRevisions(articleId)).length, 6);
    });

    test('publishes the working revision to readers, and a changed working copy stays unseen until published again', async ({ newsroom, catalogue }) => {
      const { articleId, fields } = await create(newsroom, 'Gout', { bodyMarkdown: 'Gout is arthritis.' });
      const published = await newsroom.publish(draftOf(fields, 'published', (await newsroom.liveArticle(articleId))!.provenance.id.slice('newsroom:'.length)), write(articleId, 1, fields, { kind: 'publish', state: 'published' }));
      assert.deepEqual(published, { ok: true, revision: 2 });
      const live = await catalogue.findArticleBySlug('gout');
      assert.equal(live?.id, articleId);
      assert.equal(live?.publishedAt, LATER, 'published at the publish time');
      const copy = await newsroom.workingCopy(articleId);
      assert.deepEqual([copy?.state, copy?.liveRevision, copy?.isLive, copy?.everPublished], ['published', 2, true, true]);

      await newsroom.writeRevision(write(articleId, 2, { ...fields, bodyMarkdown: 'Gout is painful.' }));
      assert.equal((await catalogue.findArticleBySlug('gout'))?.bodyMarkdown, 'Gout is arthritis.', 'a save does not reach readers');
      const stale = await newsroom.publish(draftOf(fields, 'published'), write(articleId, 2, fields, { kind: 'publish', state: 'published' }));
      assert.deepEqual(stale, { ok: false, currentRevision: 3 });
      assert.equal((await catalogue.findArticleBySlug('gout'))?.bodyMarkdown, 'Gout is arthritis.', 'a refused publish writes nothing');
    });

    test('unpublishes (readers lose it) and publishes the same content again', async ({ newsroom, catalogue }) => {
      const { articleId, fields } = await create(newsroom, 'Gout');
      const provenance = (await newsroom.liveArticle(articleId))!.provenance.id.slice('newsroom:'.length);
      await newsroom.publish(draftOf(fields, 'published', provenance), write(articleId, 1, fields, { kind: 'publish', state: 'published' }));
      await newsroom.unpublish(articleId, LATER);
      assert.equal(await catalogue.findArticleBySlug('gout'), null);
      const copy = await newsroom.workingCopy(articleId);
      assert.deepEqual([copy?.state, copy?.isLive, copy?.everPublished], ['unpublished', false, true]);
      await newsroom.publish(draftOf(fields, 'published', provenance), write(articleId, 2, fields, { kind: 'publish', state: 'published' }));
      assert.equal((await catalogue.findArticleBySlug('gout'))?.id, articleId, 'unchanged content is published again');
    });

    test('removes an article from readers and from the newsroom', async ({ ingest, newsroom, catalogue }) => {
      const input = articleInput({ title: 'Imported gout' });
      await writeInputs(ingest, [input], FIXED_NOW);
      const article = await catalogue.findArticleBySlug('imported-gout');
      const live = await newsroom.liveArticle(article!.id);
      await newsroom.adopt(article!.id, live!.fields, LATER);
      await newsroom.remove(article!.id, LATER);
      assert.equal(await catalogue.findArticleBySlug('imported-gout'), null);
      assert.equal(await newsroom.workingCopy(article!.id), null);
      assert.equal((await newsroom.listArticles({ limit: 10, offset: 0 })).total, 0);
      await newsroom.adopt(article!.id, live!.fields, LATER);
      assert.equal(await newsroom.workingCopy(article!.id), null, 'adopting does not bring a deleted article back');
    });

    test('adopts an imported article once, as revision 1 from its live row', async ({ ingest, newsroom, catalogue }) => {
      const input = articleInput({ title: 'What causes gout?', categoryPath: ['Joints', 'Arthritis'], tags: ['pain', 'diet'] });
      await writeInputs(ingest, [input], FIXED_NOW);
      const { id } = (await catalogue.findArticleBySlug('what-causes-gout'))!;
      assert.equal(await newsroom.workingCopy(id), null, 'imported articles have no newsroom row until opened');
      const live = await newsroom.liveArticle(id);
      assert.deepEqual(
        [live?.fields.title, live?.fields.categoryPath, live?.fields.tags, live?.fields.topic, live?.status, live?.provenance.id],
        ['What causes gout?', ['Joints', 'Arthritis'], ['diet', 'pain'], 'Test topic', 'published', input.provenance.id],
      );
      await Promise.all([newsroom.adopt(id, live!.fields, LATER), newsroom.adopt(id, live!.fields, LATER)]);
      const copy = await newsroom.workingCopy(id);
      assert.deepEqual([copy?.state, copy?.working.number, copy?.working.kind, copy?.liveRevision, copy?.ownerUserId], ['published', 1, 'import', 1, null]);
      assert.equal((await newsroom.listRevisions(id)).length, 1);
      assert.equal(await newsroom.liveArticle(999_999), null);
    });

    test('lists every article, the newsroom\'s and the imported, filtered, newest change first, in pages', async ({ ingest, newsroom }) => {
      await writeInputs(ingest, [
        articleInput({ title: 'Imported 100% gout', categoryPath: ['Joints'], questionType: 'causes', author: 'NIH' }),
        articleInput({ title: 'Imported draft', status: 'draft', categoryPath: ['Joints'] }),
      ], FIXED_NOW);
      const mine = await create(newsroom, 'My GOUT draft', {}, 7);
      await create(newsroom, 'Their draft', {}, 8);
      await newsroom.writeRevision(write(mine.articleId, 1, { ...mine.fields, title: 'My gout draft, renamed' }));
      const all = await newsroom.listArticles({ limit: 10, offset: 0 });
      assert.equal(all.total, 4);
      assert.equal(all.items[0]?.title, 'My gout draft, renamed', 'the latest change first, with its working title');
      assert.deepEqual(all.items.map((i) => i.state).sort(), ['draft', 'draft', 'draft', 'published']);
      const page = await newsroom.listArticles({ limit: 2, offset: 2 });
      assert.deepEqual([page.total, page.items.length], [4, 2]);
      const times = all.items.map((i) => i.changedAt);
      assert.deepEqual(times, [...times].sort().reverse(), 'newest change first, opened or not');
      const oneByOne: number[] = [];
      for (let offset = 0; offset < 4; offset++) oneByOne.push(...(await newsroom.listArticles({ limit: 1, offset })).items.map((i) => i.articleId));
      assert.deepEqual(oneByOne, all.items.map((i) => i.articleId), 'pages walk the same order as the whole list');
      const titles = async (filter: object) => (await newsroom.listArticles({ limit: 10, offset: 0, ...filter })).items.map((i) => i.title).sort();
      assert.deepEqual(await titles({ q: 'gout' }), ['Imported 100% gout', 'My gout draft, renamed']);
      assert.deepEqual(await titles({ q: '100%' }), ['Imported 100% gout'], 'a % is a character, not a wildcard');
      assert.deepEqual(await titles({ q: '0%g' }), []);
      assert.deepEqual(await titles({ state: 'published' }), ['Imported 100% gout']);
      assert.deepEqual(await titles({ ownerUserId: 8 }), ['Their draft']);
      assert.deepEqual(await titles({ category: 'joints' }), ['Imported 100% gout', 'Imported draft']);
      assert.deepEqual(await titles({ topic: 'test-topic' }), ['Imported 100% gout', 'Imported draft']);
      assert.deepEqual(await titles({ questionType: 'causes', author: 'NIH' }), ['Imported 100% gout']);
    });

    test('lists every published article with its last review date, for the review queue', async ({ ingest, newsroom }) => {
      await writeInputs(ingest, [
        articleInput({ title: 'Reviewed', slug: 'reviewed', lastReviewedAt: '2025-03-01', topic: { name: 'Gout', synonyms: [], semanticGroup: null } }),
        articleInput({ title: 'Never reviewed', slug: 'never-reviewed', lastReviewedAt: null, topic: null }),
        articleInput({ title: 'A draft', slug: 'a-draft', status: 'draft' }),
      ], FIXED_NOW);
      const candidates = await newsroom.reviewCandidates();
      assert.deepEqual(candidates.map((c) => [c.title, c.slug, c.topicName, c.lastReviewedAt]), [
        ['Reviewed', 'reviewed', 'Gout', '2025-03-01'],
        ['Never reviewed', 'never-reviewed', null, null],
      ], 'published ones only');
    });

    test('gives the review queue each article\'s own interval and an import\'s stored due date, until a new review or interval', async ({ ingest, newsroom }) => {
      const spread = articleInput({ title: 'Spread', slug: 'spread', lastReviewedAt: '2026-01-15', nextReviewDue: '2026-11-20' });
      const own = articleInput({ title: 'Own interval', slug: 'own-interval', lastReviewedAt: '2026-01-15', reviewIntervalMonths: 6 });
      await writeInputs(ingest, [spread, own], FIXED_NOW);
      const due = async () => (await newsroom.reviewCandidates()).map((c) => [c.slug, c.reviewIntervalMonths ?? null, c.nextReviewDue ?? null]);
      assert.deepEqual(await due(), [['spread', null, '2026-11-20'], ['own-interval', 6, null]]);
      const { nextReviewDue: _dropped, ...withoutDue } = spread;
      await writeInputs(ingest, [{ ...withoutDue, title: 'Spread, retitled' }], FIXED_NOW);
      assert.deepEqual((await due())[0], ['spread', null, '2026-11-20'], 'a write that says nothing of it keeps it');
      await writeInputs(ingest, [{ ...withoutDue, lastReviewedAt: '2026-06-01' }], FIXED_NOW);
      assert.deepEqual((await due())[0], ['spread', null, null], 'a new last review: the usual cycle again');
    });

    test('names every topic for suggestions, or none when there are too many', async ({ ingest, newsroom }) => {
      assert.deepEqual(await newsroom.topicNames(5), []);
      await writeInputs(ingest, ['Gout', 'Asthma', 'Croup'].map((name, i) => articleInput({ title: `About ${name}`, slug: `about-${i}`, topic: { name, synonyms: [], semanticGroup: null } })), FIXED_NOW);
      assert.deepEqual(await newsroom.topicNames(3), ['Asthma', 'Croup', 'Gout']);
      assert.equal(await newsroom.topicNames(2), null, 'more than the limit: no list');
    });

    test('stores each revision\'s readability as written, and lists the working revision\'s grade', async ({ ingest, newsroom, catalogue }) => {
      const plain = measureReadability('Drink plenty of water. Rest.');
      const hard = measureReadability('Drink plenty of water. Persistent abdominal inflammation necessitates immediate medical evaluation.');
      assert.ok(plain.fleschKincaidGrade !== null && hard.fleschKincaidGrade !== null && hard.hardest.length === 1, 'the reports have something to keep');
      const fields = { ...emptyFields('Gout'), bodyMarkdown: 'Drink plenty of water. Rest.' };
      const { articleId } = await newsroom.createDraft({ prepared: draftOf(fields), fields, ownerUserId: 7, note: null, now: FIXED_NOW, readability: plain });
      assert.deepEqual((await newsroom.revision(articleId, 1))?.readability, plain, 'revision 1 keeps the draft\'s');
      const grade = async () => (await newsroom.listArticles({ limit: 10, offset: 0 })).items.find((i) => i.articleId === articleId)?.readingGrade;
      assert.equal(await grade(), plain.fleschKincaidGrade);

      await newsroom.writeRevision(write(articleId, 1, fields, { readability: hard }));
      assert.deepEqual((await newsroom.workingCopy(articleId))?.working.readability, hard);
      assert.deepEqual((await newsroom.revision(articleId, 1))?.readability, plain, 'older revisions keep theirs');
      assert.equal(await grade(), hard.fleschKincaidGrade, 'the list shows the working revision\'s grade');
      assert.deepEqual((await newsroom.listRevisions(articleId)).map((r) => r.readability?.fleschKincaidGrade), [hard.fleschKincaidGrade, plain.fleschKincaidGrade]);

      await newsroom.writeRevision(write(articleId, 2, fields, { mode: 'fold', kind: 'autosave', readability: plain }));
      assert.deepEqual((await newsroom.revision(articleId, 3))?.readability, plain, 'a fold rewrites it with the fields');
      await newsroom.writeRevision(write(articleId, 3, fields));
      assert.equal((await newsroom.revision(articleId, 4))?.readability, null, 'none given, none kept');
      assert.equal(await grade(), null);

      const provenance = (await newsroom.liveArticle(articleId))!.provenance.id.slice('newsroom:'.length);
      await newsroom.publish(draftOf(fields, 'published', provenance), write(articleId, 4, fields, { kind: 'publish', state: 'published', readability: hard }));
      assert.deepEqual((await newsroom.workingCopy(articleId))?.working.readability, hard, 'the publish revision keeps it too');

      await writeInputs(ingest, [articleInput({ title: 'Imported gout' })], FIXED_NOW);
      const imported = (await catalogue.findArticleBySlug('imported-gout'))!;
      const importedGrade = async () => (await newsroom.listArticles({ limit: 10, offset: 0 })).items.find((i) => i.articleId === imported.id)?.readingGrade;
      assert.equal(await importedGrade(), null, 'an article the newsroom never opened is not measured');
      await newsroom.adopt(imported.id, (await newsroom.liveArticle(imported.id))!.fields, LATER, plain);
      assert.deepEqual((await newsroom.revision(imported.id, 1))?.readability, plain, 'adopting keeps revision 1\'s');
      assert.equal(await importedGrade(), plain.fleschKincaidGrade);
    });

    test('keeps the soft lock and tells categories and slugs apart', async ({ ingest, newsroom }) => {
      const { articleId } = await create(newsroom, 'Gout');
      await newsroom.setLock(articleId, { userId: 7, heartbeatAt: LATER, takenFromUserId: null });
      assert.deepEqual((await newsroom.workingCopy(articleId))?.lock, { userId: 7, heartbeatAt: LATER, takenFromUserId: null });
      await newsroom.setLock(articleId, { userId: 8, heartbeatAt: LATER, takenFromUserId: 7 });
      assert.deepEqual((await newsroom.workingCopy(articleId))?.lock, { userId: 8, heartbeatAt: LATER, takenFromUserId: 7 });
      await newsroom.setLock(articleId, null);
      assert.equal((await newsroom.workingCopy(articleId))?.lock, null);
      await writeInputs(ingest, [articleInput({ title: 'Filed', categoryPath: ["Women's health", 'Pregnancy'] })], FIXED_NOW);
      assert.ok(await newsroom.categoryExists(["Women's health", 'Pregnancy']));
      assert.ok(await newsroom.categoryExists([]), 'no category is fine');
      assert.ok(!(await newsroom.categoryExists(["Women's health", 'Nope'])));
      assert.equal((await newsroom.slugHolder('filed', null))?.title, 'Filed');
      assert.equal(await newsroom.slugHolder('free-slug', null), null);
    });

    test('keeps structured sources in revisions and on the reader-side row, and a sign-off\'s evidence record with a date per source', async ({ newsroom, catalogue }) => {
      const sources = [
        { title: 'Sample trial (fictional)', url: '', publisher: 'Sample Journal', accessed: '2026-05-02', doi: '10.1234/sample.5678', pmid: '12345678', sections: ['symptoms'] },
        { title: 'Old-style source', url: 'https://example.org/old' },
      ];
      const { articleId, fields } = await create(newsroom, 'Sourced', { bodyMarkdown: '## Symptoms\n\nText.', sources });
      assert.deepEqual((await newsroom.revision(articleId, 1))?.fields.sources, sources);
      const checkedSources = [{ source: 'doi:10.1234/sample.5678', checkedAt: LATER }];
      const step = await newsroom.applyStep({
        articleId, expectedRevision: 1, state: 'approved',
        event: { articleId, revision: 1, action: 'approve', fromState: 'draft', toState: 'approved', actorUserId: 8, comment: null, at: LATER },
        signoff: { articleId, revision: 1, reviewerUserId: 8, reviewerName: 'Sample reviewer (fictional)', credential: 'GP', note: null, signedAt: LATER, checkedSources },
      });
      assert.equal(step.ok, true);
      assert.deepEqual((await newsroom.signoffs(articleId))[0]?.checkedSources, checkedSources);
      const provenance = (await newsroom.liveArticle(articleId))!.provenance.id.slice('newsroom:'.length);
      await newsroom.publish(draftOf(fields, 'published', provenance), write(articleId, 1, fields, { kind: 'publish', state: 'published' }));
      assert.deepEqual((await catalogue.findArticleBySlug('sourced'))?.sources, sources);
    });
  });
}
