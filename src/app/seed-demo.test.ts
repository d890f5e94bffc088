import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { seedDemo } from './seed-demo.js';

describe('seedDemo', () => {
  it('loads the demo content into an empty site, reporting each file, and leaves a site with content alone', async () => {
    const { site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-seed-')), 'site.db'));
    try {
      const files: number[] = [];
      const report = await seedDemo(site, ({ done }) => files.push(done));
      assert.ok(report, 'an empty site is seeded');
      assert.equal(report.imported, 51);
      assert.deepEqual(report.failed, []);
      assert.equal(files.at(-1), report.files);
      assert.ok(report.related && report.related.recomputed > 0, 'the recommended lists are computed with the import');
      assert.equal(await seedDemo(site), null);
      assert.equal((await site.maintenance.stats()).articles, 51);
    } finally {
      await site.maintenance.close();
    }
  });
});
