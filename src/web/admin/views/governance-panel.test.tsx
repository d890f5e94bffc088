import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { GovernancePanel, type GovernancePanelData, zonedText } from './governance-panel.js';

const site = { name: 'Healthpress', baseUrl: 'http://localhost', basePath: '/sub', excerptLength: 50, assetVersion: '1', country: 'uk' as const };
const data: GovernancePanelData = {
  articleId: 4, revision: 9,
  signoff: { standing: 'voided', latest: { reviewerName: 'Dr Sample (fictional)', credential: 'GP', signedAt: '2026-07-01T08:30:00Z', revision: 7, note: null } },
  reviewRequiredReason: 'clinical review is required and the sign-off was voided by a later change to clinical content',
  schedule: { publishAt: '2026-12-24T09:30:00Z', unpublishAt: null, held: 'clinical review is required and the sign-off was voided' },
  may: { requestChanges: true, approve: true, schedule: true, unschedule: true, archive: true, unarchive: false },
  reviewer: { name: 'Dr Sample (fictional)', credential: 'GP' },
  sources: [
    { key: 'https://example.org/a', title: 'A <sample> source', publisher: 'Sample body', checkedAt: '2026-07-01T08:30:00Z', sections: [{ slug: 'symptoms', heading: 'Symptoms' }], flags: [] },
    {
      key: 'title:A textbook', title: 'A textbook', publisher: null, checkedAt: null, sections: [{ slug: 'causes', heading: null }],
      flags: [{ code: 'unlinked', message: 'No web address, DOI or PMID.' }, { code: 'missing-section', message: 'Linked to the section "causes", which is gone.' }],
    },
  ],
  timeZone: 'Europe/London',
  timeline: [{ action: 'request_changes', actor: 'Rev <b>', at: '2026-07-01T08:00:00Z', comment: 'Cite <the> dose', toState: 'changes_requested', revision: 6 }],
};

describe('the review and publishing panel', () => {
  const html = renderToString(<GovernancePanel site={site} csrfToken="tok" data={data} />);
  it('says the sign-off was voided, by whom it was given and why publishing waits', () => {
    assert.match(html, /Sign-off voided:<\/strong> Dr Sample \(fictional\) \(GP\) signed revision 7 off/);
    assert.match(html, /Publishing needs a clinical sign-off first/);
    assert.match(html, /<strong>Held:<\/strong> clinical review is required and the sign-off was voided/);
  });
  it('shows the review dates and interval in force, and a source\'s reviewer only as the source\'s claim', () => {
    const withReview = renderToString(<GovernancePanel site={site} csrfToken="tok" data={{ ...data,
      review: { lastReviewedAt: '2026-01-15', nextReviewDue: '2026-11-20', intervalMonths: 12, siteDefault: true },
      sourceReviewedBy: { name: 'Sample <Reviewer>', credential: 'Sample credential' } }} />);
    assert.match(withReview, /<dt>Last reviewed<\/dt><dd>15 Jan 2026<\/dd>/);
    assert.match(withReview, /<dt>Next review due<\/dt><dd>20 Nov 2026<\/dd>/);
    assert.match(withReview, /<dt>Review every<\/dt><dd>12 months \(the site's default\)<\/dd>/);
    assert.match(withReview, /The source says it was reviewed by Sample &lt;Reviewer> \(Sample credential\)\. That is the source's provenance, not a sign-off/);
    assert.doesNotMatch(html, /data-source-reviewer|data-review-dates/, 'neither when not given');
  });
  it('offers the steps the actor may take, each a CSRF-carrying form to the workflow path', () => {
    for (const intent of ['approve', 'request_changes', 'schedule', 'unschedule', 'archive']) assert.match(html, new RegExp(`name="intent" value="${intent}"`));
    assert.doesNotMatch(html, /value="unarchive"/);
    assert.equal(html.match(/action="\/sub\/admin\/articles\/4\/workflow"/g)?.length, 5);
    assert.equal(html.match(/name="_csrf" value="tok"/g)?.length, 5);
    assert.match(html, /name="revision" value="9"/);
  });
  it('escapes what people typed on the timeline and in sources', () => {
    assert.match(html, /Cite &lt;the> dose/);
    assert.match(html, /Rev &lt;b>/);
    assert.match(html, /A &lt;sample> source/);
  });
  it('keeps an evidence record: each source checked when, its sections, and its flags in words', () => {
    assert.match(html, /data-flagged="1"/);
    assert.match(html, /1 of 2 sources need attention/);
    assert.match(html, /checked 1 Jul 2026, 09:30 BST · supports: Symptoms/);
    assert.match(html, /A textbook<\/strong> · not checked · supports: causes/);
    assert.match(html, /<li data-flag="unlinked"><strong>Check:<\/strong> No web address, DOI or PMID.<\/li>/);
    assert.match(html, /data-flag="missing-section"/);
  });
  it('asks the reviewer to tick each source checked, by its key', () => {
    assert.match(html, /name="checkedSources" value="https:\/\/example.org\/a"/);
    assert.match(html, /name="checkedSources" value="title:A textbook"/);
    assert.doesNotMatch(html, /name="checkedSources"[^>]*checked/, 'nothing is ticked for the reviewer');
  });
  it('shows times in the site time zone', () => {
    assert.equal(zonedText('2026-07-01T08:30:00Z', 'Europe/London'), '1 Jul 2026, 09:30 BST');
    assert.equal(zonedText('2026-12-24T09:30:00Z', 'America/New_York'), '24 Dec 2026, 04:30 GMT-5');
  });
});
