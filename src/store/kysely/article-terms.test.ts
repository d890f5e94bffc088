import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { RelatedService } from '../../related/related-service.js';
import { FIXED_NOW, articleInput, writeInputs } from '../../testing/factories.js';
import { openSqliteSite } from '../sqlite/open-sqlite-site.js';

const dir = mkdtempSync(join(tmpdir(), 'healthpress-terms-'));

describe('stored article terms', () => {
  it('are written with each article and read back by the recommender; missing or outdated ones are extracted and stored again', async () => {
    const path = join(dir, 'terms.db');
    const { site } = await openSqliteSite(path);
    // The stored terms are no port's business: read and damage them over a connection of our own.
    const raw = new SQLite(path);
    const storedTerms = () => raw.prepare('select article_id, terms from article_terms order by article_id').all() as { article_id: number; terms: string }[];
    try {
      const inputs = ['asthma inhaler wheezing', 'asthma attack wheezing', 'knee cartilage tear', 'knee ligament sprain'].map((words) =>
        articleInput({ title: `About ${words}`, topic: null, bodyMarkdown: `This page covers ${words} in plain words.` }),
      );
      await writeInputs(site.ingest, inputs, FIXED_NOW);
      const stored = storedTerms();
      assert.equal(stored.length, 4);
      assert.match(stored[0]!.terms, /^\[\d+,"asthma inhal wheez",/, 'a version and the title key');
      assert.match(stored[0]!.terms, /"inhal",4,"inhaler"/, 'a title word counts thrice, and the word a reason shows is kept');

      const service = new RelatedService(site.related, () => FIXED_NOW);
      await service.rebuild();
      const lists = async () => Promise.all(stored.map(async ({ article_id }) => (await site.related.storedList(article_id)).map((e) => e.articleId)));
      const before = await lists();
      assert.ok(before[0]!.length > 0);

      // As after migration 005 (no terms yet) and after an extraction change (another version).
      raw.prepare('delete from article_terms where article_id = ?').run(stored[0]!.article_id);
      raw.prepare('update article_terms set terms = ? where article_id = ?').run('[0,"old format"]', stored[1]!.article_id);
      await service.rebuild();
      assert.deepEqual(await lists(), before, 'the same lists from re-extracted terms');
      const again = storedTerms();
      assert.deepEqual(again, stored, 'stored again, as the writer stores them');
    } finally {
      raw.close();
      await site.maintenance.close();
    }
  });
});
