import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import type { OpenedSite } from '../../src/app/site.js';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir } from '../../src/project-files.js';
import { SearchService } from '../../src/search/search-service.js';
import { openPostgresSite } from '../../src/store/postgres/open-postgres-site.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { registeredRoutes } from '../../src/testing/app-routes.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../src/testing/postgres.js';
import { buildApp } from '../../src/web/app.js';

/** Values a hostile client puts in a path segment or a query parameter (raw, as they go in the URL). */
const HOSTILE = ['a%00b', '1e19', '99999999999999999999', '-1', 'x'.repeat(10_000), '%ff', '%c3%28', '..%2F..%2Fetc%2Fpasswd', '%EF%BF%BE'];
/** Every query parameter any route declares (src/web/route-schemas.ts), and one none does. */
const QUERY_NAMES = ['page', 'limit', 'offset', 'category', 'tag', 'topic', 'provenance', 'q', 'type', 'source', 'explain', 'status', 'x'];

/** The route's path with every parameter (`:name`, `*`) replaced by `value`. */
const withParams = (path: string, value: string) => path.replace(/:[A-Za-z_]+/g, value).replace(/\*$/, value);

async function siteApp(opened: OpenedSite): Promise<{ app: FastifyInstance; token: string }> {
  const { site } = opened;
  const report = await runImport(site, markdownDirLoader, demoContentDir);
  assert.equal(report.failed.length, 0);
  const now = () => new Date();
  const app = await buildApp({
    catalogue: site.catalogue,
    ...(site.search ? { search: new SearchService(site.search) } : {}),
    config: { baseUrl: 'http://127.0.0.1', excerptLength: 50, siteName: 'Healthpress', searchPerMinute: 1_000_000 },
    pageCache: { contentVersion: opened.contentVersion, maxBytes: 16 * 2 ** 20, checkEveryMs: 0 },
    admin: {
      accounts: { stores: site.accounts, now, siteName: 'Healthpress' },
      secureCookies: false,
      newsroom: { newsroom: site.newsroom, previewLinks: site.previewLinks, taxonomy: site.taxonomy, feedback: site.feedback, related: site.related, audit: site.accounts.audit, clock: now, clinicalReviewRequired: true },
    },
    feedback: { store: site.feedback, perHour: 1_000_000 },
  });
  const context = { stores: site.accounts, now, siteName: 'Healthpress' };
  const user = await addUser(context, CLI, { email: 'fuzz-admin@example.org', role: 'admin', password: 'tulip-kettle-orbit-9', name: 'Sample admin' });
  return { app, token: (await createToken(context, CLI, { user: user.id, name: 'fuzz' })).token };
}

/**
 * Issue 14: `/api/articles?offset=1e19`, and on PostgreSQL a NUL byte in any slug or parameter,
 * were answered 500. Every registered route, with hostile values in every path parameter and in
 * every query parameter (given once and twice), as an anonymous reader and as an admin (Bearer
 * token): never a 500.
 */
async function fuzz(app: FastifyInstance, token: string): Promise<{ requests: number; failures: string[] }> {
  const failures: string[] = [];
  let requests = 0;
  const send = async (method: string, url: string, authorised: boolean) => {
    requests++;
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers: { ...(authorised ? { authorization: `Bearer ${token}` } : {}), ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }) },
      ...(method === 'GET' || method === 'DELETE' ? {} : { payload: '{}' }),
    });
    if (response.statusCode >= 500) failures.push(`${method} ${url.slice(0, 120)} (${authorised ? 'admin' : 'anonymous'}): ${response.statusCode} ${response.body.slice(0, 200)}`);
  };
  const routes = registeredRoutes(app);
  assert.ok(routes.length > 50, `the route list is read (${routes.length} routes)`);
  for (const { method, path } of routes) {
    // Mutations are sent by the admin only: anonymous ones stop at the sign-in check.
    for (const authorised of method === 'GET' ? [false, true] : [true]) {
      for (const value of HOSTILE) {
        if (path.includes(':') || path.endsWith('*')) await send(method, withParams(path, value), authorised);
        if (method !== 'GET') continue;
        const base = withParams(path, 'x');
        for (const name of QUERY_NAMES) {
          await send(method, `${base}?${name}=${value}`, authorised);
          await send(method, `${base}?${name}=${value}&${name}=${value}`, authorised);
        }
      }
    }
  }
  return { requests, failures };
}

const pgSkip = (await postgresReachable()) ? false : `no PostgreSQL at ${TEST_PG_URL}`;

describe('client errors answered as 500 (issue 14)', () => {
  describe('named cases, on SQLite', () => {
    let app: FastifyInstance;
    let token: string;
    before(async () => {
      ({ app, token } = await siteApp(await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-client-errors-')), 'site.db'))));
    });
    after(() => app?.close());
    it('a huge offset and a NUL byte are a 400 naming the parameter', async () => {
      for (const [url, message] of [
        // (quotes escaped as JSON or HTML writes them)
        ['/api/articles?offset=1e19', /query parameter \W+offset\W+ must be at most 1000000000/],
        ['/api/articles?tag=a%00b', /query parameter \W+tag\W+ must not contain a NUL character/],
        ['/api/articles?provenance=a&provenance=b', /query parameter \W+provenance\W+ must be given once/],
        ['/articles/a%00b', /We could not read that address/],
        ['/api/categories/a%00b', /path parameter \W+\*\W+ must not contain a NUL character/],
        ['/api/admin/articles/1e19', /path parameter \W+id\W+ must be at most 2147483647/],
      ] as const) {
        const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
        assert.equal(response.statusCode, 400, url);
        assert.match(response.body, message, url);
      }
    });
  });

  for (const database of ['SQLite', 'PostgreSQL'] as const) {
    const schema = `hp_fuzz_${process.pid}_${Date.now().toString(36)}`;
    const skip = database === 'PostgreSQL' ? pgSkip : false;
    describe(`every route and parameter with hostile values, on ${database}`, { skip }, () => {
      let app: FastifyInstance;
      let token: string;
      let opened: OpenedSite;
      before(async () => {
        opened = database === 'SQLite'
          ? await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-fuzz-')), 'site.db'))
          : await openPostgresSite({ connectionString: TEST_PG_URL, schema });
        ({ app, token } = await siteApp(opened));
      });
      after(async () => {
        await app?.close();
        await opened?.site.maintenance.close();
        if (database === 'PostgreSQL') await dropSchemas([schema]);
      });
      it('never answers 500', async () => {
        const { requests, failures } = await fuzz(app, token);
        assert.ok(requests > 1000, `${requests} requests`);
        assert.deepEqual(failures.slice(0, 20), [], `${failures.length} requests answered 500`);
      });
    });
  }
});
