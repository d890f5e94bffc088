import { after, describe, it } from 'node:test';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../testing/postgres.js';
import { contentStoreContract } from '../content-store.contract.js';
import { openPostgresStore } from './open-postgres-store.js';

const runId = `${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];

if (await postgresReachable()) {
  let n = 0;
  contentStoreContract('PostgreSQL', () => {
    const schema = `hp_test_${runId}_${++n}`;
    schemas.push(schema);
    return openPostgresStore({ connectionString: TEST_PG_URL, schema });
  });
  after(() => dropSchemas(schemas));
} else {
  describe('ContentStore contract: PostgreSQL', () => {
    it('needs a PostgreSQL server', (t) => t.skip(`no PostgreSQL at ${TEST_PG_URL} (set HEALTHPRESS_TEST_PG)`));
  });
}
