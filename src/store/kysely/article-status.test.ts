import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { FIXED_NOW, articleInput, writeInputs } from '../../testing/factories.js';
import { openSqliteSite } from '../sqlite/open-sqlite-site.js';

describe('a stored status this code does not know', () => {
  it('fails every read that sees it, naming the article and the value; readers never see the article', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'healthpress-status-')), 'status.db');
    const { site } = await openSqliteSite(path);
    try {
      const input = articleInput({ title: 'Awaiting review' });
      await writeInputs(site.ingest, [input, articleInput()], FIXED_NOW);
      const start = await site.changes.siteState();
      // As a later version with an editorial workflow would write it, from another connection.
      const raw = new SQLite(path);
      raw.prepare(`update articles set status = 'in_review', change_seq = change_seq + 1 where provenance_id = ?`).run(input.provenance.id);
      raw.prepare('update content_state set change_seq = change_seq + 1').run();
      raw.close();

      const message = `article "awaiting-review" (${input.provenance.id}): unknown status "in_review" (known: draft, published)`;
      await assert.rejects(site.changes.changesSince(start.changeSeq), { message });
      await assert.rejects(site.related.sources(0, 100), { message });
      await assert.rejects(site.related.findArticle('awaiting-review'), { message });
      assert.equal(await site.catalogue.findArticleBySlug('awaiting-review'), null, 'not published to readers');
      assert.equal((await site.changes.siteState()).articles.length, 1);
    } finally {
      await site.maintenance.close();
    }
  });
});
