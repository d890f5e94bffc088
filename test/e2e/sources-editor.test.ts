import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addTestUser, type BrowserSessions, startBrowserSite } from '../../src/testing/admin-browser.js';
import { describeViolations, seriousViolations } from '../../src/testing/axe.js';
import { chromiumAvailable, CHROMIUM_PATH } from '../../src/testing/browser.js';
import type { RunningSite } from '../../src/testing/demo-site.js';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;

describe('structured sources in Chromium: an editor adds a DOI source linked to a section, a reviewer confirms it', { skip }, () => {
  let site: RunningSite;
  let sessions: BrowserSessions;
  let close = async () => {};
  const signedIn = (email: string) => sessions.signedIn(email);

  before(async () => {
    ({ site, sessions, close } = await startBrowserSite({ admin: {} }));
    for (const role of ['editor', 'reviewer'] as const) await addTestUser(site, `${role}@example.org`, role, `Sample ${role} (fictional)`);
  });
  after(() => close());

  it('keeps the row\'s fields and ticked section through an added row and autosave, then records the reviewer\'s check', async () => {
    const editor = await signedIn('editor@example.org');
    await editor.goto(`${site.origin}/admin/articles/new`);
    await editor.fill('input[name="title"]', 'Sample: sources in the browser');
    await editor.fill('textarea[name="bodyMarkdown"]', '## Symptoms\n\nSample text.\n\n## When to get help\n\nSample text.');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitForURL(/\/admin\/articles\/\d+$/);
    const id = Number(/\/admin\/articles\/(\d+)$/.exec(editor.url())![1]);

    // The section checkboxes come from the saved body's headings.
    await editor.fill('#f-sourceTitle-0', 'Sample trial (fictional)');
    await editor.fill('#f-sourceDoi-0', 'https://doi.org/10.1234/sample.5678');
    await editor.fill('#f-sourceAccessed-0', '2026-11-02');
    await editor.getByRole('group', { name: 'Sections it supports (optional)' }).first().getByLabel('When to get help').check();
    // Three rows are rendered; "Add source" makes a fourth, blank and with its own names and ids.
    await editor.getByRole('button', { name: 'Add source' }).click();
    const added = editor.locator('[data-editor-source-row]').nth(3);
    assert.equal(await added.locator('input[type="checkbox"]').count(), 2);
    assert.deepEqual(await added.locator('input[type="checkbox"]').evaluateAll((boxes) => boxes.map((b) => [(b as HTMLInputElement).name, (b as HTMLInputElement).checked, b.id])),
      [['sourceSections-3', false, 'f-sourceSection-0-3'], ['sourceSections-3', false, 'f-sourceSection-1-3']]);
    await added.getByLabel('PubMed id, PMID (optional)').fill('12345678');
    await added.getByLabel('Title').fill('Sample cohort (fictional)');
    await added.getByLabel('When to get help').check();

    const saved = async () => (await site.ports.newsroom.workingCopy(id))!.working.fields.sources;
    for (let attempt = 0; attempt < 100 && (await saved()).length < 2; attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(await saved(), [
      { title: 'Sample trial (fictional)', url: '', accessed: '2026-11-02', doi: '10.1234/sample.5678', sections: ['when-to-get-help'] },
      { title: 'Sample cohort (fictional)', url: '', pmid: '12345678', sections: ['when-to-get-help'] },
    ]);
    await editor.getByRole('button', { name: 'Submit for review' }).click();
    await editor.waitForURL(/\/admin\/articles\/\d+$/);

    const reviewer = await signedIn('reviewer@example.org');
    await reviewer.goto(`${site.origin}/admin/articles/${id}`);
    const record = reviewer.locator('[data-evidence-record]');
    assert.match(await record.innerText(), /2 of 2 sources need attention/);
    await reviewer.fill('#g-credential', 'GP (sample)');
    await reviewer.getByLabel('Sample trial (fictional)').check();
    await reviewer.getByRole('button', { name: /^Sign off revision/ }).click();
    await reviewer.waitForURL(/\/admin\/articles\/\d+$/);
    const text = await reviewer.locator('[data-evidence-record]').innerText();
    assert.match(text, /1 of 2 sources need attention/);
    assert.match(text, /Sample trial \(fictional\) · checked /);
    assert.match(text, /Check: Not checked at the last sign-off/);
    const violations = await seriousViolations(reviewer);
    assert.equal(violations.length, 0, describeViolations(violations));
  });
});
