import { after, describe, it } from 'node:test';
import pg from 'pg';
import { contentStoreContract } from '../content-store.contract.js';
import { openPostgresStore } from './open-postgres-store.js';

const connectionString = process.env.HEALTHPRESS_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const runId = `${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

if (await reachable()) {
  let n = 0;
  contentStoreContract('PostgreSQL', () => {
    const schema = `hp_test_${runId}_${++n}`;
    schemas.push(schema);
    return openPostgresStore({ connectionString, schema });
  });
  after(async () => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });
} else {
  describe('ContentStore contract: PostgreSQL', () => {
    it('needs a PostgreSQL server', (t) => t.skip(`no PostgreSQL at ${connectionString} (set HEALTHPRESS_TEST_PG)`));
  });
}
