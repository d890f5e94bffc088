import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir, projectRoot } from '../../src/project-files.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';
import { FIXED_NOW, articleInput, writeInputs } from '../../src/testing/factories.js';

/**
 * Issue 14: a title holding U+0001 (or NUL, ESC, U+000B, U+FFFE) made feed.xml invalid XML for
 * every reader, and one holding `ESC ] 0 ; … BEL` retitled the terminal of whoever ran
 * `healthpress search`. Refused with the field named at every input; stripped on the way out for
 * rows stored before the check.
 */
describe('control characters in text fields (issue 14)', () => {
  let site: RunningSite;
  let token: string;
  before(async () => {
    site = await startDemoSite({ admin: { clinicalReview: 'off' } });
    const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
    const user = await addUser(context, CLI, { email: 'editor@example.org', role: 'editor', password: 'tulip-kettle-orbit-9', name: 'Sample editor' });
    token = (await createToken(context, CLI, { user: user.id, name: 'tests' })).token;
  });
  after(async () => site?.close());

  it('the Admin API refuses a title or a body holding one, naming the field', async () => {
    for (const [body, field] of [
      [{ title: 'Flu\u0001 facts', body: 'Text.' }, /title: contains U\+0001 at character 4/],
      [{ title: 'Flu facts', body: 'Text \u001B]0;pwned\u0007.' }, /body: contains U\+001B at character 6/],
      [{ title: 'Flu facts', body: 'Text.', tags: ['a\uFFFE'] }, /tags: contains U\+FFFE/],
    ] as const) {
      const response = await site.app.inject({ method: 'POST', url: '/api/admin/articles', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      assert.equal(response.statusCode, 422, response.body);
      assert.match(JSON.stringify(response.json()), field);
    }
  });

  it('an import refuses the file, naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hp-control-import-'));
    // A demo article with a vertical tab in its title (YAML's "\v"), under another slug.
    const demo = readFileSync(join(demoContentDir, 'back-pain-in-pregnancy.md'), 'utf8');
    writeFileSync(join(dir, 'bad.md'), demo.replace(/^title: .*$/m, 'title: "Back\\v pain"').replace(/^slug: .*$/m, 'slug: back-pain-control'));
    const report = await runImport(site.ports, markdownDirLoader, dir);
    assert.equal(report.imported, 0);
    assert.equal(report.failed.length, 1);
    assert.match(report.failed[0]!.reason, /title: contains U\+000B/);
  });

  it('feed.xml stays valid XML when a stored title holds one (written before the check)', async () => {
    await writeInputs(site.ports.ingest, [articleInput({ title: 'Stored\u0001 before\u0000 the\u000B check\uFFFE', publishedAt: '2030-01-01T00:00:00.000Z' })], FIXED_NOW);
    const feed = await site.app.inject({ method: 'GET', url: '/feed.xml' });
    assert.equal(feed.statusCode, 200);
    assert.equal(XMLValidator.validate(feed.body), true);
    assert.match(feed.body, /Stored before the check/);
  });

  it('healthpress search prints no terminal escape sequence from a stored title', async () => {
    await writeInputs(site.ports.ingest, [articleInput({ title: 'Zebrafish\u001B]0;pwned\u0007 rash\u001B[31m', bodyMarkdown: 'Zebrafish rash is a made-up sample condition.' })], FIXED_NOW);
    const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), 'search', '--db', site.dbPath, 'zebrafish rash'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Zebrafish rash/);
    assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });
});
