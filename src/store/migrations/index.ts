import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001-initial.js';
import * as searchIndex from './002-search-index.js';
import * as related from './003-related.js';
import * as revisions from './004-revisions.js';
import * as articleTerms from './005-article-terms.js';
import * as changeSequence from './006-change-sequence.js';
import * as accounts from './007-accounts.js';
import * as newsroom from './008-newsroom.js';
import * as previewLinks from './009-preview-links.js';
import * as adminList from './010-admin-list.js';
import * as withdrawnAt from './011-withdrawn-at.js';
import * as redirects from './012-redirects.js';
import * as clinicalGovernance from './013-clinical-governance.js';
import * as revisionReadability from './014-revision-readability.js';
import * as readerFeedback from './015-reader-feedback.js';
import * as media from './016-media.js';
import * as sitePages from './018-site-pages.js';
import * as importLifecycle from './019-import-lifecycle.js';
import * as rateLimits from './021-rate-limits.js';

/** Migrations are listed in code, not read from a folder, so the compiled bundle carries them. */
export const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '001-initial': initial, '002-search-index': searchIndex, '003-related': related, '004-revisions': revisions, '005-article-terms': articleTerms, '006-change-sequence': changeSequence,
      '007-accounts': accounts, '008-newsroom': newsroom, '009-preview-links': previewLinks, '010-admin-list': adminList, '011-withdrawn-at': withdrawnAt, '012-redirects': redirects,
      '013-clinical-governance': clinicalGovernance,
      '014-revision-readability': revisionReadability,
      '015-reader-feedback': readerFeedback,
      '016-media': media,
      '018-site-pages': sitePages,
      '019-import-lifecycle': importLifecycle,
      '021-rate-limits': rateLimits,
    };
  },
};
