import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteMaintenanceContract } from '../../app/site-maintenance.contract.js';
import { siteChangeFeedContract } from '../../export/site-change-feed.contract.js';
import { articleIngestContract } from '../../importers/article-ingest.contract.js';
import { relatedRepositoryContract } from '../../related/related-repository.contract.js';
import { searchIndexContract } from '../../search/search-index.contract.js';
import { publishedCatalogueContract } from '../../web/published-catalogue.contract.js';
import { openSqliteSite } from './open-sqlite-store.js';

// Every port's contract on a real SQLite file, a fresh one per test. Nothing is skipped.
const dir = mkdtempSync(join(tmpdir(), 'healthpress-sqlite-'));
let n = 0;
const openSite = async () => (await openSqliteSite(join(dir, `site-${++n}.db`))).site;

articleIngestContract('SQLite file', openSite);
publishedCatalogueContract('SQLite file', openSite);
siteChangeFeedContract('SQLite file', openSite);
siteMaintenanceContract('SQLite file', openSite);
relatedRepositoryContract('SQLite file', openSite);
searchIndexContract('SQLite file', openSite);
