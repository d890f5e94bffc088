import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminApiPeople, type AdminApiCall } from '../../src/testing/admin-api-client.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'sample-Pw-governance-2026';
type Who = 'editor' | 'reviewer' | 'contributor';

describe('clinical review over HTTP: the Admin API with review required (demo site, SQLite file)', () => {
  let site: RunningSite;
  let woken = 0;
  let api: AdminApiCall<Who>;

  before(async () => {
    site = await startDemoSite({ admin: { onScheduleChanged: () => void woken++ } });
    api = await adminApiPeople(site, ['editor', 'reviewer', 'contributor'] as const, PASSWORD);
  });
  after(async () => site?.close());

  it('submits, requests changes, signs off, refuses a publish without a current sign-off, publishes, and the reader page names the reviewer', async () => {
    const created = await api('POST', '/articles', 'contributor', { title: 'Sample: easing hiccups', body: 'Sample text about hiccups.' });
    assert.equal(created.status, 201);
    const id = created.json.id as number;
    assert.equal((await api('POST', `/articles/${id}/submit`, 'contributor', {})).json.status, 'in_review');
    assert.equal((await api('POST', `/articles/${id}/request-changes`, 'reviewer', {})).status, 400, 'the comment is required');
    assert.equal((await api('POST', `/articles/${id}/request-changes`, 'reviewer', { note: 'Say when to see a GP' })).json.status, 'changes_requested');
    const saved = await api('PUT', `/articles/${id}`, 'contributor', { baseRevision: (await api('GET', `/articles/${id}`, 'contributor')).json.revision, body: 'Sample text about hiccups. See a GP if they last two days.' });
    assert.equal(saved.status, 200);
    const submitted = await api('POST', `/articles/${id}/submit`, 'contributor', {});
    const revision = submitted.json.revision as number;

    const refused = await api('POST', `/articles/${id}/publish`, 'editor', {});
    assert.equal(refused.status, 409);
    assert.equal(refused.json.error.code, 'REVIEW_REQUIRED');
    assert.match(refused.json.error.message, /no reviewer has signed off/);
    assert.equal((await api('POST', `/articles/${id}/signoff`, 'editor', { revision, credential: 'GP' })).status, 403, 'editors do not sign off');
    const stale = await api('POST', `/articles/${id}/signoff`, 'reviewer', { revision: revision - 1, credential: 'GP' });
    assert.equal(stale.status, 422);
    assert.match(stale.json.error.details[0], /is not the latest revision/);

    const signed = await api('POST', `/articles/${id}/signoff`, 'reviewer', { revision, credential: 'GP (sample)' });
    assert.equal(signed.status, 200);
    assert.equal(signed.json.status, 'approved');
    const published = await api('POST', `/articles/${id}/publish`, 'editor', {});
    assert.equal(published.status, 200);
    const page = await site.app.inject({ method: 'GET', url: '/articles/sample-easing-hiccups' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Clinically reviewed by Sample reviewer \(fictional\), GP \(sample\)/);
    assert.match(page.body, /Next review due/);

    const timeline = await api('GET', `/articles/${id}/timeline`, 'editor');
    assert.deepEqual(timeline.json.events.map((e: { action: string }) => e.action), ['submit', 'request_changes', 'submit', 'approve', 'publish']);
    assert.equal(timeline.json.events[1].comment, 'Say when to see a GP');
    assert.equal(timeline.json.events[1].actor, 'Sample reviewer (fictional)');
  });

  it('voids the sign-off on an editor\'s clinical change, schedules only a signed-off revision in the future, and wakes the scheduler', async () => {
    const id = (await api('POST', '/articles', 'editor', { title: 'Sample: sore feet', body: 'Sample text about sore feet.' })).json.id as number;
    const { revision } = (await api('POST', `/articles/${id}/submit`, 'editor', {})).json;
    await api('POST', `/articles/${id}/signoff`, 'reviewer', { revision, credential: 'GP' });
    const edited = await api('PUT', `/articles/${id}`, 'editor', { baseRevision: revision, body: 'Changed sample text about sore feet.' });
    assert.equal(edited.status, 200);
    const timeline = await api('GET', `/articles/${id}/timeline`, 'editor');
    assert.equal(timeline.json.status, 'in_review');
    assert.equal(timeline.json.signoff.standing, 'voided');
    const later = new Date(Date.now() + 86_400_000).toISOString();
    assert.equal((await api('POST', `/articles/${id}/schedule`, 'editor', { at: later })).json.error.code, 'REVIEW_REQUIRED');

    await api('POST', `/articles/${id}/signoff`, 'reviewer', { revision: edited.json.revision, credential: 'GP' });
    const past = await api('POST', `/articles/${id}/schedule`, 'editor', { at: '2020-01-01T00:00:00Z' });
    assert.equal(past.status, 422);
    assert.match(past.json.error.message, /publishAt: .* is in the past/);
    const before = woken;
    const scheduled = await api('POST', `/articles/${id}/schedule`, 'editor', { at: later });
    assert.equal(scheduled.status, 200);
    assert.equal(scheduled.json.status, 'scheduled');
    assert.equal(scheduled.json.schedule.publishAt, later);
    assert.equal(woken, before + 1);
    assert.equal((await api('POST', `/articles/${id}/unschedule`, 'editor', {})).json.status, 'approved');
  });
});
