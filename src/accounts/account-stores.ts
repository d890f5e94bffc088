import type { ApiTokenStore } from './api-token-store.js';
import type { AuditLog } from './audit-log.js';
import type { OneTimeLinks } from './one-time-links.js';
import type { SessionStore } from './session-store.js';
import type { SignInAttempts } from './sign-in-attempts.js';
import type { UserDirectory } from './user-directory.js';

/** Every accounts port over one database: `site.accounts`. */
export interface AccountStores {
  users: UserDirectory;
  sessions: SessionStore;
  tokens: ApiTokenStore;
  links: OneTimeLinks;
  attempts: SignInAttempts;
  audit: AuditLog;
}

/**
 * What the accounts contract suites need of a site: its accounts ports, and closing. Named here
 * so the core folder depends on no outer layer (app/site.ts's `Site` has both).
 */
export interface AccountsSite {
  accounts: AccountStores;
  maintenance: { close(): Promise<void> };
}
