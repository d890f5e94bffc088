import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountStores } from '../../accounts/account-stores.js';
import type { Site } from '../site.js';
import type { AccountsContext } from './context.js';

/** A site on a real SQLite file, and an accounts context over it with a clock the test moves. */
export interface AccountsKit {
  path: string;
  site: Site;
  context: AccountsContext;
  advance(ms: number): void;
  close(): Promise<void>;
}

export const T0 = new Date('2026-06-01T12:00:00.000Z');
export const GOOD_PASSWORD = 'tulip-kettle-orbit-9';

const dir = mkdtempSync(join(tmpdir(), 'hp-accounts-'));
let n = 0;

export async function accountsKit(open: (path: string) => Promise<Site>, path = join(dir, `site-${++n}.db`)): Promise<AccountsKit> {
  const site = await open(path);
  let clock = new Date(T0);
  return {
    path,
    site,
    context: contextOver(site.accounts, () => clock),
    advance: (ms) => {
      clock = new Date(clock.getTime() + ms);
    },
    close: () => site.maintenance.close(),
  };
}

export const contextOver = (stores: AccountStores, now: () => Date): AccountsContext => ({ stores, now, siteName: 'Healthpress' });
