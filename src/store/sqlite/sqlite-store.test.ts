import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
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
import { publishedCatalogueContract, sitePagesContract } from '../../web/published-catalogue.contract.js';
import { rateLimitCounterContract } from '../../web/rate-limit-counter.contract.js';
import { openSqliteSite } from './open-sqlite-site.js';

// Every port's contract on a real SQLite file, a fresh one per test. Nothing is skipped.
const dir = mkdtempSync(join(tmpdir(), 'healthpress-sqlite-'));
let n = 0;
const openSite = async () => (await openSqliteSite(join(dir, `site-${++n}.db`))).site;

articleIngestContract('SQLite file', openSite);
publishedCatalogueContract('SQLite file', openSite);
sitePagesContract('SQLite file', openSite);
siteChangeFeedContract('SQLite file', openSite);
siteMaintenanceContract('SQLite file', openSite);
relatedRepositoryContract('SQLite file', openSite);
userDirectoryContract('SQLite file', openSite);
sessionStoreContract('SQLite file', openSite);
apiTokenStoreContract('SQLite file', openSite);
oneTimeLinksContract('SQLite file', openSite);
signInAttemptsContract('SQLite file', openSite);
auditLogContract('SQLite file', openSite);
newsroomContract('SQLite file', openSite);
previewLinksContract('SQLite file', openSite);
taxonomyContract('SQLite file', openSite);
feedbackStoreContract('SQLite file', openSite);
mediaLibraryContract('SQLite file', openSite);
rateLimitCounterContract('SQLite file', openSite);
searchIndexContract('SQLite file', openSite);

/** This process's open file descriptors on `path` (Linux: /proc/self/fd). */
function openHandles(path: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === path;
    } catch {
      return false; // closed while we looked (readdir's own descriptor)
    }
  }).length;
}

describe('openSqliteSite', () => {
  it('closes the file again when the migration fails', { skip: existsSync('/proc/self/fd') ? false : 'reads /proc/self/fd (Linux)' }, async () => {
    const path = join(dir, 'taken.db');
    const taken = new SQLite(path);
    taken.exec('create table categories (id integer)'); // migration 001 creates it too
    taken.close();

    await assert.rejects(openSqliteSite(path), /migration failed \(migration 001-initial\)/);
    assert.equal(openHandles(path), 0, 'the connection was left open');
  });
});
