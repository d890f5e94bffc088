import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminApiPeople, type AdminApiCall } from '../../src/testing/admin-api-client.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';
import { jsonLdBlocks } from '../../src/web/views/html-probe.js';

const PASSWORD = 'sample-Pw-sources-2026';
type Who = 'editor' | 'reviewer';
type Evidence = Array<{ key: string; checkedAt: string | null; flags: Array<{ code: string; message: string }> }>;

describe('structured sources and the evidence record over HTTP (Admin API, demo site, SQLite file)', () => {
  let site: RunningSite;
  let api: AdminApiCall<Who>;

  const flagsOf = async (id: number) => {
    const evidence = (await api('GET', `/articles/${id}`, 'editor')).json.evidence as Evidence;
    return Object.fromEntries(evidence.map((entry) => [entry.key, entry.flags.map((flag) => flag.code)]));
  };
  const recent = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
  const guideline = { title: 'Sample guideline (fictional)', publisher: 'Sample body', url: 'https://example.org/guideline', accessed: recent, sections: ['Symptoms'] };
  const trial = { title: 'Sample trial (fictional)', url: '', doi: 'https://doi.org/10.1234/sample.5678', pmid: '12345678', accessed: recent, sections: ['when-to-get-help'] };
  const body = '## Symptoms\n\nSample text about sample hiccups.\n\n## When to get help\n\nSample text: see a GP if they last two days.';

  before(async () => {
    site = await startDemoSite({ admin: {} });
    api = await adminApiPeople(site, ['editor', 'reviewer'] as const, PASSWORD);
  });
  after(async () => site?.close());

  it('refuses a bad DOI, PMID or date naming the item and the field, and writes nothing', async () => {
    const refused = await api('POST', '/articles', 'editor', {
      title: 'Sample: refused sources', body,
      sources: [guideline, { title: 'Bad', doi: 'bmj.123', pmid: 'PMID1', accessed: '2026-02-30' }],
    });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.json.error.details, [
      'sources: item 2: doi: "bmj.123" is not a DOI (expected 10.NNNN/…, such as 10.1136/bmj.m1234)',
      'sources: item 2: pmid: "PMID1" is not a PubMed id (expected digits only, such as 31452104)',
      'sources: item 2: accessed: "2026-02-30" is not a date (expected YYYY-MM-DD)',
    ]);
    const list = await api('GET', '/articles?q=refused', 'editor');
    assert.equal(list.json.total, 0);
  });

  it('keeps the check date per source, flags an unchecked source and a lost section, clears the flags when all are checked, and shows readers DOI and PubMed links', async () => {
    const created = await api('POST', '/articles', 'editor', { title: 'Sample: hiccup sources', body, sources: [guideline, trial] });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const id = created.json.id as number;
    const stored = (await api('GET', `/articles/${id}`, 'editor')).json.fields.sources;
    assert.deepEqual(stored[1], { title: 'Sample trial (fictional)', url: '', accessed: recent, doi: '10.1234/sample.5678', pmid: '12345678', sections: ['when-to-get-help'] });
    assert.deepEqual(stored[0].sections, ['symptoms'], 'a heading named by its words is kept as its slug');
    const trialKey = 'doi:10.1234/sample.5678';
    assert.deepEqual(await flagsOf(id), { [guideline.url]: ['unchecked'], [trialKey]: ['unchecked'] }, 'nobody signed off yet');

    let { revision } = (await api('POST', `/articles/${id}/submit`, 'editor', {})).json;
    const unknown = await api('POST', `/articles/${id}/signoff`, 'reviewer', { revision, credential: 'GP (sample)', checkedSources: ['https://example.org/other'] });
    assert.equal(unknown.status, 422);
    assert.match(unknown.json.error.details[0], /^checkedSources: "https:\/\/example.org\/other" is not a source of revision \d+$/);
    assert.equal((await api('POST', `/articles/${id}/signoff`, 'reviewer', { revision, credential: 'GP (sample)', checkedSources: [guideline.url] })).status, 200);
    const first = (await api('GET', `/articles/${id}`, 'editor')).json.evidence as Evidence;
    assert.ok(first[0]!.checkedAt, 'the checked source has its date');
    assert.equal(first[1]!.checkedAt, null);
    assert.deepEqual(first.map((entry) => entry.flags.map((flag) => flag.code)), [[], ['unchecked']]);
    assert.match(first[1]!.flags[0]!.message, /Not checked at the last sign-off \(revision \d+\)/);

    // The editor drops the heading the trial supports: the sign-off is voided and the link flagged, not refused.
    const edited = await api('PUT', `/articles/${id}`, 'editor', { baseRevision: revision, body: '## Symptoms\n\nSample text about sample hiccups. See a GP if they last two days.' });
    assert.equal(edited.status, 200);
    revision = edited.json.revision;
    assert.deepEqual((await flagsOf(id))[trialKey], ['unchecked', 'missing-section']);

    // Put the heading back and sign off with every source checked: nothing left to flag.
    revision = (await api('PUT', `/articles/${id}`, 'editor', { baseRevision: revision, body })).json.revision;
    assert.equal((await api('POST', `/articles/${id}/signoff`, 'reviewer', { revision, credential: 'GP (sample)', checkedSources: [guideline.url, trialKey] })).status, 200);
    assert.deepEqual(await flagsOf(id), { [guideline.url]: [], [trialKey]: [] });

    assert.equal((await api('POST', `/articles/${id}/publish`, 'editor', {})).status, 200);
    const page = await site.app.inject({ method: 'GET', url: '/articles/sample-hiccup-sources' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="https:\/\/doi.org\/10.1234\/sample.5678"/);
    assert.match(page.body, /href="https:\/\/pubmed.ncbi.nlm.nih.gov\/12345678\/"/);
    const ld = jsonLdBlocks(page.body).find((block) => (block as { '@type'?: string })['@type'] === 'MedicalWebPage') as { citation: Array<Record<string, unknown>> };
    assert.deepEqual(ld.citation[1]!.sameAs, ['https://doi.org/10.1234/sample.5678', 'https://pubmed.ncbi.nlm.nih.gov/12345678/']);
    assert.equal(ld.citation[1]!.url, 'https://doi.org/10.1234/sample.5678', 'a source without a web address is found by its DOI');
    const api2 = await site.app.inject({ method: 'GET', url: '/api/articles/sample-hiccup-sources' });
    assert.equal((api2.json() as { sources: Array<{ doi?: string }> }).sources[1]!.doi, '10.1234/sample.5678', 'the JSON API carries the structured sources');
  });

  it('saves sources from the plain HTML form (no JavaScript), and a bad DOI comes back on its row\'s field, the typed values kept', async () => {
    const signInPage = await site.app.inject('/admin/sign-in');
    const csrfCookie = signInPage.cookies.find((c) => c.name === 'hp_csrf')!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(signInPage.body)![1]!;
    const signedIn = await site.app.inject({ method: 'POST', url: '/admin/sign-in', cookies: { hp_csrf: csrfCookie.value }, payload: { email: 'editor@example.org', password: PASSWORD, _csrf: csrf } });
    const cookies = { hp_session: signedIn.cookies.find((c) => c.name === 'hp_session')!.value, hp_csrf: csrfCookie.value };
    const id = (await api('POST', '/articles', 'editor', { title: 'Sample: form sources', body })).json.id as number;
    const editor = await site.app.inject({ url: `/admin/articles/${id}`, cookies });
    assert.match(editor.body, /name="sourceSections-0" value="when-to-get-help"/, 'the body\'s headings are offered in each row');
    const form = (doi: string) => new URLSearchParams([
      ['_csrf', csrf], ['baseRevision', '1'], ['title', 'Sample: form sources'], ['bodyMarkdown', body],
      ['sourceTitle', 'Sample trial (fictional)'], ['sourcePublisher', ''], ['sourceUrl', ''], ['sourceAccessed', recent], ['sourceDoi', doi], ['sourcePmid', ''],
      ['sourceSections-0', 'when-to-get-help'],
      ['sourceTitle', ''], ['sourcePublisher', ''], ['sourceUrl', ''], ['sourceAccessed', ''], ['sourceDoi', ''], ['sourcePmid', ''],
    ]).toString();
    const post = (doi: string) => site.app.inject({ method: 'POST', url: `/admin/articles/${id}`, cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form(doi) });
    const refused = await post('bmj.123');
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /<a href="#f-sourceDoi-0">Source 1: doi: &quot;bmj.123&quot; is not a DOI/);
    assert.match(refused.body, /id="f-sourceDoi-0" name="sourceDoi" value="bmj.123"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-sourceDoi-0"|id="f-sourceDoi-0"[^>]*aria-invalid="true"/);
    assert.match(refused.body, /name="sourceSections-0" value="when-to-get-help" checked/, 'the ticked section is kept');
    const saved = await post('10.1234/sample.5678');
    assert.equal(saved.statusCode, 303);
    assert.deepEqual((await api('GET', `/articles/${id}`, 'editor')).json.fields.sources, [
      { title: 'Sample trial (fictional)', url: '', accessed: recent, doi: '10.1234/sample.5678', sections: ['when-to-get-help'] },
    ]);
  });
});
