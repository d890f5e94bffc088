import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { FIXED_NOW, articleInput, prepared } from '../../testing/factories.js';
import { openSqliteStore } from '../sqlite/open-sqlite-store.js';

describe('a stored status this code does not know', () => {
  it('fails every read that sees it, naming the article and the value; readers never see the article', async () => {
    const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'healthpress-status-')), 'status.db'));
    try {
      const input = articleInput({ title: 'Awaiting review' });
      await store.upsertArticles(prepared([input, articleInput()]), FIXED_NOW);
      const start = await store.siteState();
      // As a later version with an editorial workflow would write it.
      await sql`update articles set status = 'in_review', change_seq = change_seq + 1 where provenance_id = ${input.provenance.id}`.execute(store.db);
      await sql`update content_state set change_seq = change_seq + 1`.execute(store.db);

      const message = `article "awaiting-review" (${input.provenance.id}): unknown status "in_review" (known: draft, published)`;
      await assert.rejects(store.changesSince(start.changeSeq), { message });
      await assert.rejects(store.related.sources(0, 100), { message });
      await assert.rejects(store.related.findArticle('awaiting-review'), { message });
      assert.equal(await store.findArticleBySlug('awaiting-review'), null, 'not published to readers');
      assert.equal((await store.siteState()).articles.length, 1);
    } finally {
      await store.close();
    }
  });
});
