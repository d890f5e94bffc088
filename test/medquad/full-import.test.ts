import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { Site } from '../../src/app/site.js';
import { type ImportReport, runImport } from '../../src/importers/import-runner.js';
import { medquadLoader } from '../../src/importers/medquad/medquad-loader.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { MEDQUAD_TARBALL, skipUnless } from '../../src/testing/shared-data.js';
import { buildApp } from '../../src/web/app.js';

// Answered QA pairs per folder, from ../shared/corpora/medquad/README.md.
const ANSWERED_PER_FOLDER: Record<string, number> = {
  '1_CancerGov_QA': 729,
  '2_GARD_QA': 5389,
  '3_GHR_QA': 5430,
  '4_MPlus_Health_Topics_QA': 981,
  '5_NIDDK_QA': 1192,
  '6_NINDS_QA': 1104,
  '7_SeniorHealth_QA': 769,
  '8_NHLBI_QA_XML': 559,
  '9_CDC_QA': 270,
};

describe('the whole MedQuAD tarball', { skip: skipUnless(MEDQUAD_TARBALL, 'MedQuAD tarball'), timeout: 600_000 }, () => {
  let site: Site;
  let dbPath: string;
  let first: ImportReport;
  let app: FastifyInstance;

  before(async () => {
    dbPath = join(mkdtempSync(join(tmpdir(), 'hp-medquad-')), 'medquad.db');
    ({ site } = await openSqliteSite(dbPath));
    first = await runImport(site, medquadLoader, MEDQUAD_TARBALL);
    app = await buildApp({ catalogue: site.catalogue, config: { baseUrl: 'http://localhost', excerptLength: 50, siteName: 'Healthpress' } });
  });
  after(async () => {
    await app?.close();
    await site?.maintenance.close();
  });

  it('imports 16,423 answered articles, counted per folder as the README says', () => {
    assert.deepEqual(first.failed, []);
    assert.equal(first.files, 11_274);
    assert.equal(first.imported, 16_423);
    const db = new SQLite(dbPath, { readonly: true });
    try {
      const rows = db
        .prepare(`select substr(provenance_id, 9, instr(provenance_id, '/') - 9) as folder, count(*) as n from articles group by folder`)
        .all() as { folder: string; n: number }[];
      assert.deepEqual(Object.fromEntries(rows.map((r) => [r.folder, r.n])), ANSWERED_PER_FOLDER);
    } finally {
      db.close();
    }
  });

  it('reports the removed answers as skipped with a reason', () => {
    assert.equal(first.skipped.length, 47_457 - 16_423);
    assert.ok(first.skipped.every((s) => s.reason.length > 0));
  });

  it('changes nothing when imported again', async () => {
    const again = await runImport(site, medquadLoader, MEDQUAD_TARBALL);
    assert.equal(again.imported, 0);
    assert.equal(again.updated, 0);
    assert.equal(again.unchanged, 16_423);
    assert.equal((await site.maintenance.stats()).articles, 16_423);
  });

  for (const provenanceId of ['medquad:3_GHR_QA/0000804#1', 'medquad:1_CancerGov_QA/0000001_1#1', 'medquad:6_NINDS_QA/0000007#1', 'medquad:9_CDC_QA/0000397#2']) {
    it(`renders ${provenanceId} with its provenance id`, async () => {
      const api = await app.inject({ url: `/api/articles?provenance=${encodeURIComponent(provenanceId)}` });
      const found = api.json() as { items: { slug: string; provenanceId: string }[] };
      assert.equal(found.items.length, 1, `${provenanceId} is in the API`);
      const page = await app.inject({ url: `/articles/${found.items[0]!.slug}` });
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(`data-provenance-id="${provenanceId}"`));
      assert.match(page.body, /CC BY 4\.0/);
      const detail = (await app.inject({ url: `/api/articles/${found.items[0]!.slug}` })).json() as { provenanceId: string; provenance: { sourceUrl: string } };
      assert.equal(detail.provenanceId, provenanceId);
      assert.match(detail.provenance.sourceUrl, /^https?:\/\//);
    });
  }

  it('serves topic, category and A–Z pages over the whole corpus', async () => {
    assert.equal((await app.inject({ url: '/topics/polycystic-kidney-disease' })).statusCode, 200);
    assert.equal((await app.inject({ url: '/health-a-z' })).statusCode, 200);
    const categories = (await app.inject({ url: '/api/categories' })).json() as { items: { slug: string; articleCount: number }[] };
    const biggest = [...categories.items].sort((a, b) => b.articleCount - a.articleCount)[0]!;
    assert.equal((await app.inject({ url: `/categories/${biggest.slug}?page=2` })).statusCode, 200);
  });
});

describe('MedQuAD with the unanswered questions as link-out pages', { skip: skipUnless(MEDQUAD_TARBALL, 'MedQuAD tarball'), timeout: 600_000 }, () => {
  let site: Site;
  let app: FastifyInstance;
  let report: ImportReport;

  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-medquad-all-')), 'all.db')));
    report = await runImport(site, medquadLoader, MEDQUAD_TARBALL, { includeUnanswered: true });
    app = await buildApp({ catalogue: site.catalogue, config: { baseUrl: 'http://localhost', excerptLength: 50, siteName: 'Healthpress' } });
  });
  after(async () => {
    await app?.close();
    await site?.maintenance.close();
  });

  it('imports all 47,457 questions, 16,423 of them answered', async () => {
    assert.equal(report.imported, 47_457);
    assert.deepEqual(report.failed, []);
    const stats = await site.maintenance.stats();
    assert.equal(stats.articles, 47_457);
    assert.equal(stats.answeredArticles, 16_423);
  });

  it('renders a link-out page that states the question and links to the source', async () => {
    const api = (await app.inject({ url: `/api/articles?provenance=${encodeURIComponent('medquad:11_MPlusDrugs_QA/0000001#1')}` })).json() as {
      items: { slug: string; hasAnswer: boolean }[];
    };
    assert.equal(api.items[0]?.hasAnswer, false);
    const detail = (await app.inject({ url: `/api/articles/${api.items[0]!.slug}` })).json() as { provenance: { sourceUrl: string } };
    const page = await app.inject({ url: `/articles/${api.items[0]!.slug}` });
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`href="${detail.provenance.sourceUrl}"`), 'links to the source');
  });

  it('publishes a sitemap index once there are more than 50,000 URLs', async () => {
    const index = await app.inject({ url: '/sitemap.xml' });
    assert.match(index.body, /<sitemapindex/);
    const parts = [...index.body.matchAll(/<loc>http:\/\/localhost(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
    assert.ok(parts.includes('/sitemaps/pages.xml'));
    let articleUrls = 0;
    for (const part of parts) {
      const response = await app.inject({ url: part });
      assert.equal(response.statusCode, 200, part);
      const count = (response.body.match(/<url>/g) ?? []).length;
      assert.ok(count <= 50_000, `${part} has ${count} URLs`);
      if (part.includes('articles-')) articleUrls += count;
    }
    assert.equal(articleUrls, 47_457);
  });
});
