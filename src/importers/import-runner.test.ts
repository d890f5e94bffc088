import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { ArticleInput } from '../content/article.js';
import { articleDigest } from '../content/digest.js';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { articleInput, FIXED_NOW } from '../testing/factories.js';
import { runImport } from './import-runner.js';
import type { Loader } from './loader.js';

/** A source of one file holding the given articles, in order. */
function loaderOf(articles: ArticleInput[]): Loader {
  return {
    name: 'test',
    async open() {
      async function* files() {
        yield { file: 'batch.json', articles, skipped: [] };
      }
      return { total: 1, categories: [], topics: [], files: files() };
    },
  };
}

describe('runImport', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hp-import-runner-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the last copy when one provenance id appears twice in a batch, as sequential writes would', async () => {
    const { site } = await openSqliteSite(join(dir, 'twice.db'));
    try {
      const first = articleInput({ bodyMarkdown: 'The first wording.' });
      const edited = { ...first, bodyMarkdown: 'An edited wording.' };
      const options = { now: () => FIXED_NOW, skipRelated: true };
      await runImport(site, loaderOf([first]), 'first', options);

      // The later copy equals what is stored; the earlier one differs and will be written first.
      const report = await runImport(site, loaderOf([edited, first]), 'again', options);

      const id = first.provenance.id;
      assert.equal((await site.ingest.storedDigests([id])).get(id), articleDigest(first), 'the earlier copy won');
      const stored = (await site.catalogue.publishedArticles()).find((article) => article.provenance.id === id);
      assert.match(stored?.bodyHtml ?? '', /The first wording\./);
      assert.deepEqual([report.updated, report.unchanged, report.failed], [2, 0, []]);
    } finally {
      await site.maintenance.close();
    }
  });
});
