import pg from 'pg';

/** The PostgreSQL server the tests use (CI and the developers' machines run one here). */
export const TEST_PG_URL = process.env.HEALTHPRESS_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresReachable(connectionString = TEST_PG_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Drops test schemas; each test run makes its own so runs never see each other's tables. */
export async function dropSchemas(schemas: readonly string[], connectionString = TEST_PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
