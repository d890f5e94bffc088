import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { articleInput, FIXED_NOW, writeInputs } from '../../src/testing/factories.js';
import { buildApp } from '../../src/web/app.js';

describe('when the store fails under a request', () => {
  it('answers 500 with the friendly page, never the error', async () => {
    const { site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-500-')), 'broken.db'));
    await writeInputs(site.ingest, [articleInput({ title: 'Present' })], FIXED_NOW);
    const app = await buildApp({ catalogue: site.catalogue, config: { baseUrl: 'http://localhost', excerptLength: 50, siteName: 'Healthpress' } });
    // A real failure, not a mock: the database connection is gone.
    await site.maintenance.close();
    for (const url of ['/articles/present', '/', '/api/articles']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 500, url);
      assert.doesNotMatch(response.body, /destroyed|\w+Error\b|at \S+\.js:\d+/, url);
      assert.equal(response.headers['cache-control'], 'no-store');
    }
    const page = await app.inject({ url: '/articles/present' });
    assert.match(page.body, /<html lang="en"/);
    assert.match(page.body, /href="\/"/);
    assert.deepEqual((await app.inject({ url: '/api/articles' })).json(), { error: { code: 'INTERNAL', status: 500, message: 'internal error' } });
    await app.close();
  });
});
