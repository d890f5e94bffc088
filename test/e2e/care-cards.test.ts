import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addTestUser, assertAxeClean as axeClean, type BrowserSessions, startBrowserSite } from '../../src/testing/admin-browser.js';
import { chromiumAvailable, CHROMIUM_PATH } from '../../src/testing/browser.js';
import type { RunningSite } from '../../src/testing/demo-site.js';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;
// Demo articles with care cards: emergency; non-urgent and emergency; urgent.
const WITH_CARDS = ['/articles/warning-signs-in-pregnancy', '/articles/symptoms-of-a-urinary-tract-infection', '/articles/recovering-physically-after-a-miscarriage'];

describe('care cards in Chromium: readers (axe clean in light, dark and print) and the editor\'s insert helper', { skip }, () => {
  let site: RunningSite;
  let sessions: BrowserSessions;
  let close = async () => {};
  const newPage = (options: { colorScheme?: 'light' | 'dark' } = {}) => sessions.newPage(options);

  before(async () => {
    ({ site, sessions, close } = await startBrowserSite({ admin: {} }));
    await addTestUser(site, 'editor@example.org', 'editor', 'Sample editor');
  });
  after(() => close());

  it('a card is a region named by its heading, which starts with the level in words; 999 is a phone link', async () => {
    const page = await newPage();
    await page.goto(`${site.origin}${WITH_CARDS[0]}`);
    const card = page.getByRole('region', { name: 'Immediate action required: Call 999 or go to A&E now if:' });
    await card.waitFor();
    assert.equal(await card.getByRole('heading', { level: 3 }).innerText(), 'Immediate action required:\nCall 999 or go to A&E now if:');
    assert.equal(await card.getByRole('listitem').count(), 4);
    const call = card.getByRole('link', { name: '999' });
    assert.equal(await call.getAttribute('href'), 'tel:999');
    // Reached from the keyboard like any link.
    await call.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), 'tel:999');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`pages with care cards have no serious or critical axe violations (${colorScheme})`, async () => {
      const page = await newPage({ colorScheme });
      for (const path of WITH_CARDS) {
        await page.goto(`${site.origin}${path}`);
        assert.ok((await page.locator('section.care-card').count()) > 0, `${path} has a card`);
        await axeClean(page, `${path} (${colorScheme})`);
      }
    });
  }

  it('prints readably: no colour fills, black text, a border round each card, and still axe clean', async () => {
    const page = await newPage();
    await page.goto(`${site.origin}${WITH_CARDS[1]}`);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.locator('section.care-card').evaluateAll((cards) => cards.map((card) => {
      const heading = getComputedStyle(card.querySelector('.care-card__heading')!);
      const box = getComputedStyle(card);
      return { cardBg: box.backgroundColor, color: box.color, border: box.borderTopStyle, headingBg: heading.backgroundColor, headingColor: heading.color };
    }));
    assert.equal(styles.length, 2);
    for (const style of styles) {
      assert.deepEqual(style, { cardBg: 'rgba(0, 0, 0, 0)', color: 'rgb(0, 0, 0)', border: 'solid', headingBg: 'rgba(0, 0, 0, 0)', headingColor: 'rgb(0, 0, 0)' });
    }
    await axeClean(page, 'print');
  });

  it('an editor inserts a card from the keyboard; the body gets the block and the live preview shows the card', async () => {
    const article = await site.ports.catalogue.findArticleBySlug('causes-of-insomnia');
    assert.ok(article);
    const page = await sessions.signedIn('editor@example.org');
    await page.goto(`${site.origin}/admin/articles/${article.id}`);

    const summary = page.locator('summary', { hasText: 'Insert a care card' });
    await summary.waitFor({ state: 'visible' });
    await axeClean(page, 'the editor with the helper closed');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-careCard-level');
    await page.keyboard.press('End'); // the last level: emergency
    assert.equal(await page.getByLabel('How urgent').inputValue(), 'emergency');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sample: get help now if:');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a sample symptom\nanother sample symptom');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const body = page.locator('textarea[name="bodyMarkdown"]');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'bodyMarkdown', 'focus moves to the body, on the new block');
    const value = await body.inputValue();
    assert.ok(value.endsWith('\n\n:::care-card emergency Sample: get help now if:\n- a sample symptom\n- another sample symptom\n:::\n'), value.slice(-200));
    assert.match(await page.locator('[data-care-card-insert-status]').innerText(), /^Care card inserted into the body at line \d+/);

    const previewCard = page.locator('[data-editor-preview] section.care-card--emergency');
    await previewCard.waitFor({ timeout: 10_000 });
    assert.match(await previewCard.innerText(), /Immediate action required:\s*Sample: get help now if:[\s\S]*a sample symptom[\s\S]*Call 999 or go to A&E now\./);
    await axeClean(page, 'the editor with the helper open and a card in the preview');
  });

  it('an invalid card is refused on save: the editor names its line and what is wrong, and nothing is half shown', async () => {
    const page = await sessions.signedIn('editor@example.org');
    const article = await site.ports.catalogue.findArticleBySlug('tips-for-better-sleep');
    assert.ok(article);
    await page.goto(`${site.origin}/admin/articles/${article.id}`);
    await page.locator('textarea[name="bodyMarkdown"]').fill('Sample text.\n\n:::care-card urgnt\n- a sample symptom\n:::');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Line 3: the care card has an unknown level "urgnt": use non-urgent, urgent or emergency/);
    assert.match(await page.locator('#f-bodyMarkdown-error').innerText(), /Line 3: the care card has an unknown level/);
    await axeClean(page, 'the editor refusing an invalid card');
    const reader = await (await fetch(`${site.origin}/articles/tips-for-better-sleep`)).text();
    assert.doesNotMatch(reader, /urgnt|care-card/, 'readers still see the article as it was');
  });
});
