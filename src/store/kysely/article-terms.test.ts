import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RelatedService } from '../../related/related-service.js';
import { FIXED_NOW, articleInput, prepared } from '../../testing/factories.js';
import { openSqliteStore } from '../sqlite/open-sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'healthpress-terms-'));

describe('stored article terms', () => {
  it('are written with each article and read back by the recommender; missing or outdated ones are extracted and stored again', async () => {
    const store = await openSqliteStore(join(dir, 'terms.db'));
    try {
      const inputs = ['asthma inhaler wheezing', 'asthma attack wheezing', 'knee cartilage tear', 'knee ligament sprain'].map((words) =>
        articleInput({ title: `About ${words}`, topic: null, bodyMarkdown: `This page covers ${words} in plain words.` }),
      );
      await store.upsertArticles(prepared(inputs), FIXED_NOW);
      const stored = await store.db.selectFrom('article_terms').select(['article_id', 'terms']).orderBy('article_id').execute();
      assert.equal(stored.length, 4);
      assert.match(stored[0]!.terms, /^\[\d+,"asthma inhal wheez",/, 'a version and the title key');
      assert.match(stored[0]!.terms, /"inhal",4,"inhaler"/, 'a title word counts thrice, and the word a reason shows is kept');

      const service = new RelatedService(store.related, () => FIXED_NOW);
      await service.rebuild();
      const lists = async () => Promise.all(stored.map(async ({ article_id }) => (await store.related.storedList(article_id)).map((e) => e.articleId)));
      const before = await lists();
      assert.ok(before[0]!.length > 0);

      // As after migration 005 (no terms yet) and after an extraction change (another version).
      await store.db.deleteFrom('article_terms').where('article_id', '=', stored[0]!.article_id).execute();
      await store.db.updateTable('article_terms').set({ terms: '[0,"old format"]' }).where('article_id', '=', stored[1]!.article_id).execute();
      await service.rebuild();
      assert.deepEqual(await lists(), before, 'the same lists from re-extracted terms');
      const again = await store.db.selectFrom('article_terms').select(['article_id', 'terms']).orderBy('article_id').execute();
      assert.deepEqual(again, stored, 'stored again, as the writer stores them');
    } finally {
      await store.close();
    }
  });
});
