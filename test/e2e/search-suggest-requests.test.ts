import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../src/testing/browser.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const QUESTION = 'what causes back pain';
// A reader typing about four characters a second: no pause in it is a pause in the question.
const BETWEEN_KEYS_MS = 250;

describe('suggestions as a reader types, in Chromium (fake clock)', { skip: chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)` }, () => {
  let site: RunningSite;
  let browser: Browser;
  let page: Page;
  const asked: string[] = [];

  before(async () => {
    site = await startDemoSite();
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/suggest') asked.push(new URL(request.url()).searchParams.get('q') ?? '');
    });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('one typed question asks for suggestions once, after the reader pauses, not once a keystroke', async () => {
    // The page's timers run on a clock the test moves, so the keystrokes' spacing is exact.
    await page.clock.install();
    await page.goto(`${site.origin}/search`);
    // Installed, the fake clock still follows real time; paused, it moves only when the test says,
    // so a slow machine between two keystrokes is not a pause in typing.
    await page.clock.pauseAt(Date.now() + 1_000);
    const box = page.locator('main input[data-suggest]');
    await box.focus();
    for (const [index, character] of [...QUESTION].entries()) {
      await box.press(character === ' ' ? 'Space' : character);
      // The page has taken the keystroke (its input event ran) before the clock moves: on a busy
      // machine the event can otherwise come after the clock passed the pause, a pause never typed.
      await page.waitForFunction((typed) => (document.querySelector('main input[data-suggest]') as HTMLInputElement).value === typed, QUESTION.slice(0, index + 1));
      await page.clock.runFor(BETWEEN_KEYS_MS);
    }
    assert.deepEqual(asked, [], 'nothing asked while typing');
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/suggest');
    await page.clock.runFor(1_000);
    assert.equal((await answered).status(), 200);
    assert.deepEqual(asked, [QUESTION], 'once, for the whole question');
  });
});
