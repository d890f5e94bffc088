import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { editRelatedList, showRelatedList } from './edit-related-list.js';
import { seedDemo } from './seed-demo.js';
import type { Site } from './site.js';

describe('an editor looking at and editing one Recommended list', () => {
  let site: Site;
  const article = 'causes-of-back-pain-after-a-miscarriage';
  // Far from the article's subject, so the ranking alone would not put it first.
  const target = 'symptoms-of-flu';

  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-related-edit-')), 'site.db')));
    await seedDemo(site);
  });
  after(() => site.maintenance.close());

  it('shows the stored list of an article named by slug or provenance id', async () => {
    const bySlug = await showRelatedList(site.related, article);
    assert.equal(bySlug.article.slug, article);
    assert.equal(bySlug.pending, false);
    assert.ok(bySlug.entries.length > 0);
    assert.ok(!bySlug.entries.some((entry) => entry.target.slug === target), 'the far target is not ranked in by itself');
    const byProvenance = await showRelatedList(site.related, bySlug.article.provenanceId);
    assert.deepEqual(byProvenance.entries, bySlug.entries);
    await assert.rejects(showRelatedList(site.related, 'no-such-article'), { code: 'NOT_FOUND' });
  });

  it('pins a target at a position, then excludes it, then undoes that', async () => {
    await editRelatedList(site.related, { action: 'pin', article, target, position: 1 });
    assert.equal((await showRelatedList(site.related, article)).entries[0]?.target.slug, target);

    await editRelatedList(site.related, { action: 'exclude', article, target });
    assert.ok(!(await showRelatedList(site.related, article)).entries.some((entry) => entry.target.slug === target));

    await editRelatedList(site.related, { action: 'unpin', article, target });
    await assert.rejects(editRelatedList(site.related, { action: 'unpin', article, target }), { code: 'NOT_FOUND' }, 'nothing left to undo');
    await assert.rejects(editRelatedList(site.related, { action: 'pin', article, target: article, position: null }), { code: 'BAD_REQUEST' });
  });
});
