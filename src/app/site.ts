import type { AccountStores } from '../accounts/account-stores.js';
import type { SiteChangeFeed } from '../export/site-change-feed.js';
import type { ArticleIngest } from '../importers/article-ingest.js';
import type { RelatedRepository } from '../related/related-repository.js';
import type { FeedbackStore } from '../editorial/feedback-store.js';
import type { MediaLibrary } from '../editorial/media-library.js';
import type { NewsroomStore } from '../editorial/newsroom.js';
import type { PreviewLinkStore } from '../editorial/preview-links.js';
import type { TaxonomyStore } from '../editorial/taxonomy.js';
import type { SearchIndex } from '../search/search-index.js';
import type { PublishedCatalogue } from '../web/published-catalogue.js';
import type { RateLimitCounter } from '../web/rate-limit-counter.js';
import type { SiteMaintenance } from './site-maintenance.js';

/**
 * One open site database as the ports its users need, each owned by the capability that uses
 * it. Opening SQLite or PostgreSQL (store/) returns one; everything else takes only the port it
 * needs, never the whole record.
 */
export interface Site {
  ingest: ArticleIngest;
  catalogue: PublishedCatalogue;
  changes: SiteChangeFeed;
  maintenance: SiteMaintenance;
  related: RelatedRepository;
  /** Users, sessions, API tokens, one-time links, the sign-in throttle and the audit log (docs/accounts.md). */
  accounts: AccountStores;
  /** The newsroom's working copies and revisions (editorial/newsroom.ts). */
  newsroom: NewsroomStore;
  /** Shareable preview links of working revisions (editorial/preview-links.ts). */
  previewLinks: PreviewLinkStore;
  /** Topics, categories and tags as editors rename and add them (editorial/taxonomy.ts). */
  taxonomy: TaxonomyStore;
  /** Readers' answers to "Is this page helpful?", kept without identifying them (editorial/feedback-store.ts). */
  feedback: FeedbackStore;
  /** The media store's records: images by content hash (editorial/media-library.ts); their files live under the media directory. */
  media: MediaLibrary;
  /** Request counts of rate limits (search, suggestions), shared by every server process on this database (web/rate-limit-counter.ts). */
  rateLimits: RateLimitCounter;
  /** Absent on PostgreSQL, which has no search index yet (docs/search.md). */
  search?: SearchIndex;
}

/** What opening a database gives: its ports, and a version the page cache polls. */
export interface OpenedSite<S extends Site = Site> {
  site: S;
  /** The site's change sequence: moves on every write readers can see, from any process. Cheap: polled per request. */
  contentVersion(): Promise<string>;
}
