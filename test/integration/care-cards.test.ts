import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

// The demo's pregnancy warning signs end with an emergency card under "## Get emergency help".
const ARTICLE = '/articles/warning-signs-in-pregnancy';

describe('care cards over HTTP (demo content, real SQLite, ephemeral port)', () => {
  let uk: RunningSite;
  let us: RunningSite;
  before(async () => {
    uk = await startDemoSite({ admin: {} });
    us = await startDemoSite({ country: 'us' });
  });
  after(async () => {
    await uk?.close();
    await us?.close();
  });

  const page = async (site: RunningSite, path: string) => {
    const response = await fetch(`${site.origin}${path}`);
    assert.equal(response.status, 200, path);
    return response.text();
  };

  it('shows a UK emergency card: a labelled section, its level in words in the heading, 999 as a tel: link', async () => {
    const html = await page(uk, ARTICLE);
    const card = /<section class="care-card care-card--emergency" aria-labelledby="(care-card-1)">([\s\S]*?)<\/section>/.exec(html);
    assert.ok(card, 'an emergency card');
    // Under the body's "Get emergency help" h2, so an h3, and the heading the section is labelled by.
    assert.match(card[2]!, new RegExp(`<h3 class="care-card__heading" id="${card[1]}"><span class="care-card__level">Immediate action required:</span> <span class="care-card__title">Call 999 or go to A&amp;E now if:</span></h3>`));
    assert.match(card[2]!, /<li>heavy bleeding<\/li>/);
    assert.match(card[2]!, /<p class="care-card__action">Call <a href="tel:999">999<\/a> or go to A&amp;E now\.<\/p>/);
    assert.doesNotMatch(html, /data-care-card-|:::/, 'no placeholder and no directive reaches the reader');
  });

  it('words the same stored card for the US when the site is set to us', async () => {
    const html = await page(us, ARTICLE);
    assert.match(html, /Call 911 or go to the emergency room now if:/);
    assert.match(html, /Call <a href="tel:911">911<\/a> or go to the nearest emergency room now\./);
    assert.doesNotMatch(html, /999|A&amp;E/);
  });

  it('lists the cards in the public JSON API, with the filled body HTML', async () => {
    const response = await fetch(`${uk.origin}/api${ARTICLE}`);
    const json = (await response.json()) as { bodyHtml: string; careCards: Record<string, unknown>[] };
    assert.deepEqual(json.careCards, [{
      level: 'emergency',
      levelLabel: 'Immediate action required',
      heading: 'Call 999 or go to A&E now if:',
      headingIsDefault: true,
      action: 'Call 999 or go to A&E now.',
      actionHtml: 'Call <a href="tel:999">999</a> or go to A&amp;E now.',
      markdown: '- heavy bleeding\n- chest pain or difficulty breathing\n- a seizure (fit)\n- thoughts of harming yourself or your baby',
      bodyHtml: '<ul>\n<li>heavy bleeding</li>\n<li>chest pain or difficulty breathing</li>\n<li>a seizure (fit)</li>\n<li>thoughts of harming yourself or your baby</li>\n</ul>\n',
    }]);
    assert.match(json.bodyHtml, /href="tel:999"/);
    const none = (await (await fetch(`${uk.origin}/api/articles/causes-of-insomnia`)).json()) as { careCards: unknown[] };
    assert.deepEqual(none.careCards, []);
  });

  it('refuses to save an invalid card through the Admin API, naming the line, and lists a valid one', async () => {
    const context = { stores: uk.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
    const user = await addUser(context, CLI, { email: 'cards@example.org', role: 'editor', password: 'tulip-kettle-orbit-9', name: 'Sample editor' });
    const token = (await createToken(context, CLI, { user: user.id, name: 'tests' })).token;
    const call = async (method: 'POST' | 'GET' | 'PUT', url: string, body?: unknown) => {
      const response = await uk.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { payload: JSON.stringify(body) } : {}) });
      return { status: response.statusCode, json: JSON.parse(response.body) as Record<string, any> };
    };
    const refused = await call('POST', '/api/admin/articles', { title: 'Sample: a card with a typo', body: 'Sample text.\n\n:::care-card urgnt\n- a sample symptom\n:::' });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.json.error.details, ['body: line 3: the care card has an unknown level "urgnt": use non-urgent, urgent or emergency']);

    const created = await call('POST', '/api/admin/articles', { title: 'Sample: a card', body: 'Sample text.\n\n:::care-card urgent Sample heading if:\n- a sample symptom\n:::' });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const unclosed = await call('PUT', `/api/admin/articles/${created.json.id}`, { baseRevision: created.json.revision, body: ':::care-card urgent\n- a sample symptom' });
    assert.equal(unclosed.status, 422);
    assert.match(unclosed.json.error.details[0], /^body: line 1: the care card is not closed/);
    const read = await call('GET', `/api/admin/articles/${created.json.id}`);
    assert.deepEqual(read.json.careCards.map((c: Record<string, unknown>) => [c.level, c.heading, c.action]), [['urgent', 'Sample heading if:', 'Call 111 or ask your GP surgery for an urgent appointment.']]);
  });
});
