import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addMonths } from '../../src/editorial/review-dates.js';
import { adminApiPeople, type AdminApiCall } from '../../src/testing/admin-api-client.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'sample-Pw-interval-2026';

describe('"Review every N months" over HTTP: the Admin API and the editor (demo site, SQLite file)', () => {
  let site: RunningSite;
  let api: AdminApiCall<'editor' | 'reviewer'>;

  before(async () => {
    site = await startDemoSite({ admin: {} });
    api = await adminApiPeople(site, ['editor', 'reviewer'] as const, PASSWORD);
  });
  after(async () => site?.close());

  it('refuses an interval beyond the maximum naming the field, saves a good one, and the published page is due that many months after its review', async () => {
    const created = await api('POST', '/articles', 'editor', { title: 'Sample: a six-monthly page', body: 'Sample text, reviewed twice a year.' });
    assert.equal(created.status, 201);
    const id = created.json.id as number;
    const base = (await api('GET', `/articles/${id}`, 'editor')).json.revision as number;

    const refused = await api('PUT', `/articles/${id}`, 'editor', { baseRevision: base, reviewIntervalMonths: 48 });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.json.error.details, ["reviewIntervalMonths: at most 36 months, the site's maximum (got 48)"]);
    assert.equal((await api('PUT', `/articles/${id}`, 'editor', { baseRevision: base, reviewIntervalMonths: 0 })).json.error.details[0], 'reviewIntervalMonths: must be a whole number of months from 1 (got 0)');

    const typed = await api('PUT', `/articles/${id}`, 'editor', { baseRevision: base, reviewIntervalMonths: 'yearly' });
    assert.deepEqual(typed.json.error.details, ['reviewIntervalMonths: must be a whole number of months, from 1 to 36'], 'as the editor\'s script sends it: text');

    const saved = await api('PUT', `/articles/${id}`, 'editor', { baseRevision: base, reviewIntervalMonths: '6' });
    assert.equal(saved.status, 200);
    assert.equal((await api('GET', `/articles/${id}`, 'editor')).json.fields.reviewIntervalMonths, 6);

    const editor = await site.app.inject({ method: 'GET', url: `/admin/articles/${id}`, headers: { authorization: `Bearer ${api.token('editor')}` } });
    assert.equal(editor.statusCode, 200);
    assert.match(editor.body, /<label[^>]*for="[^"]*reviewIntervalMonths"[^>]*>Review every N months<\/label>/);
    assert.match(editor.body, /name="reviewIntervalMonths" value="6"/);
    assert.match(editor.body, /<dt>Review every<\/dt><dd>6 months<\/dd>/);

    const { revision } = (await api('POST', `/articles/${id}/submit`, 'editor', {})).json;
    assert.equal((await api('POST', `/articles/${id}/signoff`, 'reviewer', { revision, credential: 'GP (sample)' })).status, 200);
    assert.equal((await api('POST', `/articles/${id}/publish`, 'editor', {})).status, 200);
    const page = await site.app.inject({ method: 'GET', url: '/articles/sample-a-six-monthly-page' });
    const reviewed = /Last reviewed <time datetime="([^"]+)"/.exec(page.body)?.[1] ?? assert.fail('no "Last reviewed" on the page');
    const due = /Next review due <time datetime="([^"]+)"/.exec(page.body)?.[1] ?? assert.fail('no "Next review due" on the page');
    assert.equal(due.slice(0, 10), addMonths(reviewed.slice(0, 10), 6));
  });

  it('counts the review queue on the dashboard, as the review queue API does', async () => {
    const { counts } = (await api('GET', '/review-queue', 'editor')).json as { counts: { overdue: number; dueSoon: number; neverReviewed: number } };
    const dashboard = await site.app.inject({ method: 'GET', url: '/admin', headers: { authorization: `Bearer ${api.token('editor')}` } });
    assert.equal(dashboard.statusCode, 200);
    const text = dashboard.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    assert.match(text, new RegExp(`Overdue for review ${counts.overdue} `));
    assert.match(text, new RegExp(`Due within 30 days ${counts.dueSoon} `));
    assert.match(text, new RegExp(`Never reviewed ${counts.neverReviewed} `));
  });
});
