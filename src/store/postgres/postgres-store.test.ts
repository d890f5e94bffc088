import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { apiTokenStoreContract } from '../../accounts/api-token-store.contract.js';
import { auditLogContract } from '../../accounts/audit-log.contract.js';
import { oneTimeLinksContract } from '../../accounts/one-time-links.contract.js';
import { sessionStoreContract } from '../../accounts/session-store.contract.js';
import { signInAttemptsContract } from '../../accounts/sign-in-attempts.contract.js';
import { userDirectoryContract } from '../../accounts/user-directory.contract.js';
import { siteMaintenanceContract } from '../../app/site-maintenance.contract.js';
import { siteChangeFeedContract } from '../../export/site-change-feed.contract.js';
import { feedbackStoreContract } from '../../editorial/feedback-store.contract.js';
import { mediaLibraryContract } from '../../editorial/media-library.contract.js';
import { newsroomContract } from '../../editorial/newsroom.contract.js';
import { previewLinksContract } from '../../editorial/preview-links.contract.js';
import { taxonomyContract } from '../../editorial/taxonomy.contract.js';
import { articleIngestContract } from '../../importers/article-ingest.contract.js';
import { relatedRepositoryContract } from '../../related/related-repository.contract.js';
import { searchIndexContract } from '../../search/search-index.contract.js';
import { EVERY_TEST } from '../../testing/contract-suite.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../testing/postgres.js';
import { publishedCatalogueContract, sitePagesContract } from '../../web/published-catalogue.contract.js';
import { rateLimitCounterContract } from '../../web/rate-limit-counter.contract.js';
import { openPostgresSite } from './open-postgres-site.js';

const runId = `${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];

if (await postgresReachable()) {
  // Every port's contract on the real PostgreSQL, a schema of its own per test.
  let n = 0;
  const openSite = async () => {
    const schema = `hp_test_${runId}_${++n}`;
    schemas.push(schema);
    return (await openPostgresSite({ connectionString: TEST_PG_URL, schema })).site;
  };
  articleIngestContract('PostgreSQL', openSite);
  publishedCatalogueContract('PostgreSQL', openSite);
  sitePagesContract('PostgreSQL', openSite);
  siteChangeFeedContract('PostgreSQL', openSite);
  siteMaintenanceContract('PostgreSQL', openSite);
  relatedRepositoryContract('PostgreSQL', openSite);
  userDirectoryContract('PostgreSQL', openSite);
  sessionStoreContract('PostgreSQL', openSite);
  apiTokenStoreContract('PostgreSQL', openSite);
  oneTimeLinksContract('PostgreSQL', openSite);
  signInAttemptsContract('PostgreSQL', openSite);
  auditLogContract('PostgreSQL', openSite);
  newsroomContract('PostgreSQL', openSite);
  previewLinksContract('PostgreSQL', openSite);
  taxonomyContract('PostgreSQL', openSite);
  feedbackStoreContract('PostgreSQL', openSite);
  mediaLibraryContract('PostgreSQL', openSite);
  rateLimitCounterContract('PostgreSQL', openSite);
  searchIndexContract('PostgreSQL', openSite, { [EVERY_TEST]: 'PostgreSQL has no search index yet (docs/search.md)' });

  describe('openPostgresSite', () => {
    it('ends its pool when the migration fails', async () => {
      const schema = `hp_test_${runId}_taken`;
      schemas.push(schema);
      const admin = new pg.Client({ connectionString: TEST_PG_URL });
      await admin.connect();
      try {
        await admin.query(`create schema ${schema}`);
        await admin.query(`create table ${schema}.categories (id integer)`); // migration 001 creates it too
        const applicationName = `hp_failed_open_${runId}`;
        const url = new URL(TEST_PG_URL);
        url.searchParams.set('application_name', applicationName);

        await assert.rejects(openPostgresSite({ connectionString: url.href, schema }), /migration failed \(migration 001-initial\)/);
        const connections = async () =>
          Number((await admin.query<{ n: string }>('select count(*) as n from pg_stat_activity where application_name = $1', [applicationName])).rows[0]?.n);
        // A backend leaves pg_stat_activity a moment after its client hangs up.
        for (let tries = 0; tries < 20 && (await connections()) > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
        assert.equal(await connections(), 0, 'the pool kept its connections open');
      } finally {
        await admin.end();
      }
    });
  });
  after(() => dropSchemas(schemas));
} else {
  describe('site contracts: PostgreSQL', () => {
    it('needs a PostgreSQL server', (t) => t.skip(`no PostgreSQL at ${TEST_PG_URL} (set HEALTHPRESS_TEST_PG)`));
  });
}
