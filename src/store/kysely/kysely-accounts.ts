import type { Kysely } from 'kysely';
import type { AccountStores } from '../../accounts/account-stores.js';
import type { Database } from '../schema.js';
import { KyselyAuditLog, KyselyOneTimeLinks, KyselySignInAttempts } from './kysely-account-records.js';
import { KyselyApiTokenStore } from './kysely-api-token-store.js';
import { KyselySessionStore } from './kysely-session-store.js';
import { KyselyUserDirectory } from './kysely-user-directory.js';

/** The accounts ports over one Kysely instance, for `site.accounts`. */
export function kyselyAccounts(db: Kysely<Database>): AccountStores {
  return {
    users: new KyselyUserDirectory(db),
    sessions: new KyselySessionStore(db),
    tokens: new KyselyApiTokenStore(db),
    links: new KyselyOneTimeLinks(db),
    attempts: new KyselySignInAttempts(db),
    audit: new KyselyAuditLog(db),
  };
}
