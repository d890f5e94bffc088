import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runImport } from '../../src/importers/import-runner.js';
import { textPageLoader } from '../../src/importers/text-page.js';
import { SAMPLE_PAGE, skipUnless } from '../../src/testing/shared-data.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { buildApp } from '../../src/web/app.js';

describe('the legacy sample page, imported with the text importer', { skip: skipUnless(SAMPLE_PAGE, 'sample page') }, () => {
  it('renders its title, numbered items in order, every paragraph, and none of its chrome', async () => {
    const { site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-sample-')), 'sample.db'));
    const report = await runImport(site, textPageLoader, SAMPLE_PAGE);
    assert.equal(report.imported, 1);
    assert.deepEqual(report.failed, []);
    const app = await buildApp({ catalogue: site.catalogue, config: { baseUrl: 'http://localhost', excerptLength: 50, siteName: 'Healthpress' } });
    try {
      const slug = 'causes-of-back-pain-after-miscarriage';
      const response = await app.inject({ url: `/articles/${slug}` });
      assert.equal(response.statusCode, 200);
      const page = response.body;
      assert.match(page, /<h1[^>]*>Causes of back pain after miscarriage<\/h1>/);
      // The sanitized body holds no <div>, so the body container ends at the first </div>.
      const bodyStart = page.indexOf('article__body');
      const body = page.slice(bodyStart, page.indexOf('</div>', bodyStart));
      assert.ok(body.length > 500, 'article body found');

      // Short numbered items are section headings; the long fourth item stays a paragraph.
      const headings = [...body.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
      assert.deepEqual(headings, ['1. Lumbar muscle strain', '2. Catch a cold', '3. Fatigue during pregnancy and postpartum period']);
      const positions = ['1. Lumbar', '2. Catch', '3. Fatigue', '4. Lumbar spine diseases'].map((t) => body.indexOf(t));
      assert.ok(positions.every((p) => p >= 0), `all four items present: ${positions}`);
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in order');
      assert.match(body, /<p>4\. Lumbar spine diseases are more common/);

      const paragraphs = [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
      for (const start of ['I believe everyone is familiar', 'Low back pain is mostly caused', 'Excessive postpartum bleeding', 'Lower back pain after a miscarriage may be caused', 'In the above article']) {
        assert.ok(paragraphs.some((p) => p.startsWith(start)), `paragraph "${start}…"`);
      }
      for (const chrome of ['&lt;&lt;:', '&gt;&gt;:', 'Varicose veins relief methods', 'Understanding Second Degree Cervicitis', 'Recommend', '5 weeks pregnant?', 'take a short confin']) {
        assert.ok(!body.includes(chrome), `no "${chrome}" in the body`);
      }
    } finally {
      await app.close();
      await site.maintenance.close();
    }
  });
});
