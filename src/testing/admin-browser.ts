import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLI } from '../app/accounts/context.js';
import { addUser } from '../app/accounts/manage-users.js';
import type { Role } from '../accounts/roles.js';
import { describeViolations, seriousViolations } from './axe.js';
import { launchChromium } from './browser.js';
import { type DemoSiteOptions, type RunningSite, startDemoSite } from './demo-site.js';

/** The password every browser test's people sign in with (long enough for the password rules). */
export const TEST_PASSWORD = 'tulip-kettle-orbit-9';

/** Adds a person with `role` to a running test site, signing in with TEST_PASSWORD; gives their user id. */
export async function addTestUser(site: RunningSite, email: string, role: Role, name: string): Promise<number> {
  const user = await addUser({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' }, CLI, { email, role, password: TEST_PASSWORD, name });
  return user.id;
}

/**
 * Fresh browser contexts for one test file, each closed by `closeAll`. axe is injected as an
 * inline script, which the site's CSP forbids, so every context bypasses CSP.
 */
export class BrowserSessions {
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly browser: Browser, private readonly origin: string) {}

  async newPage(options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await this.browser.newContext({ bypassCSP: true, ...options });
    this.contexts.push(context);
    return context.newPage();
  }

  /** A new context signed in as `email` through the real sign-in form, left on the dashboard. */
  async signedIn(email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const page = await this.newPage(options);
    await page.goto(`${this.origin}/admin/sign-in`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', TEST_PASSWORD);
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/\/admin$/);
    return page;
  }

  async closeAll(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close();
  }
}

/** Fails with axe's own description of any serious or critical violation on the page. */
export async function assertAxeClean(page: Page, label: string): Promise<void> {
  const violations = await seriousViolations(page);
  assert.equal(violations.length, 0, `${label}: ${describeViolations(violations)}`);
}

export interface BrowserSite {
  site: RunningSite;
  sessions: BrowserSessions;
  /** Closes the browser's contexts, the browser and the site. */
  close(): Promise<void>;
}

/** The demo site with Chromium beside it, for one browser test file (its `before`; `close` in its `after`). */
export async function startBrowserSite(options: DemoSiteOptions = {}): Promise<BrowserSite> {
  const site = await startDemoSite(options);
  try {
    const browser = await launchChromium();
    const sessions = new BrowserSessions(browser, site.origin);
    return {
      site, sessions,
      async close() {
        await sessions.closeAll();
        await browser.close();
        await site.close();
      },
    };
  } catch (error) {
    await site.close();
    throw error;
  }
}
