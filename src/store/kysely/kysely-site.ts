import type { Kysely } from 'kysely';
import type { Site } from '../../app/site.js';
import type { Database } from '../schema.js';
import type { SearchSink } from '../search-sink.js';
import { kyselyAccounts } from './kysely-accounts.js';
import { KyselyArticleIngest } from './kysely-article-ingest.js';
import { KyselyFeedbackStore } from './kysely-feedback-store.js';
import { KyselyMediaLibrary } from './kysely-media-library.js';
import { KyselyNewsroomStore } from './kysely-newsroom.js';
import { KyselyPreviewLinkStore } from './kysely-preview-links.js';
import { KyselyTaxonomyStore } from './kysely-taxonomy.js';
import { KyselyPublishedCatalogue } from './kysely-published-catalogue.js';
import { KyselyRateLimitCounter } from './kysely-rate-limit-counter.js';
import { KyselyRelatedRepository } from './kysely-related-repository.js';
import { KyselySiteChangeFeed } from './kysely-site-change-feed.js';
import { KyselySiteMaintenance } from './kysely-site-maintenance.js';

/**
 * Every port but search over one Kysely instance: the SQL is written once for SQLite and
 * PostgreSQL; the openers bring the dialect, the search sink (SQLite keeps its full-text index
 * in the same transaction as each write) and what closing releases.
 */
export function kyselySite(
  db: Kysely<Database>,
  options: { searchSink?: SearchSink; onClose?: () => Promise<void> } = {},
): Omit<Site, 'search'> {
  return {
    ingest: new KyselyArticleIngest(db, options.searchSink ?? null),
    catalogue: new KyselyPublishedCatalogue(db),
    changes: new KyselySiteChangeFeed(db),
    maintenance: new KyselySiteMaintenance(db, options.onClose),
    related: new KyselyRelatedRepository(db),
    accounts: kyselyAccounts(db),
    newsroom: new KyselyNewsroomStore(db, options.searchSink ?? null),
    previewLinks: new KyselyPreviewLinkStore(db),
    taxonomy: new KyselyTaxonomyStore(db, options.searchSink ?? null),
    feedback: new KyselyFeedbackStore(db),
    media: new KyselyMediaLibrary(db),
    rateLimits: new KyselyRateLimitCounter(db),
  };
}
