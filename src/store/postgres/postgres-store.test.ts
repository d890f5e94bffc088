import { after, describe, it } from 'node:test';
import { siteMaintenanceContract } from '../../app/site-maintenance.contract.js';
import { siteChangeFeedContract } from '../../export/site-change-feed.contract.js';
import { articleIngestContract } from '../../importers/article-ingest.contract.js';
import { relatedRepositoryContract } from '../../related/related-repository.contract.js';
import { searchIndexContract } from '../../search/search-index.contract.js';
import { EVERY_TEST } from '../../testing/contract-suite.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../testing/postgres.js';
import { publishedCatalogueContract } from '../../web/published-catalogue.contract.js';
import { openPostgresSite } from './open-postgres-store.js';

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
  siteChangeFeedContract('PostgreSQL', openSite);
  siteMaintenanceContract('PostgreSQL', openSite);
  relatedRepositoryContract('PostgreSQL', openSite);
  searchIndexContract('PostgreSQL', openSite, { [EVERY_TEST]: 'PostgreSQL has no search index yet (docs/search.md)' });
  after(() => dropSchemas(schemas));
} else {
  describe('site contracts: PostgreSQL', () => {
    it('needs a PostgreSQL server', (t) => t.skip(`no PostgreSQL at ${TEST_PG_URL} (set HEALTHPRESS_TEST_PG)`));
  });
}
