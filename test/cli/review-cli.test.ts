import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { addMonths } from '../../src/editorial/review-dates.js';
import { projectRoot } from '../../src/project-files.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { articleInput, writeInputs } from '../../src/testing/factories.js';

describe('healthpress review due, as a separate process', () => {
  it('lists the never reviewed, the overdue and the soon due, most urgent first, and refuses an interval past the maximum', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'hp-review-')), 'site.db');
    const today = new Date().toISOString().slice(0, 10);
    const tenDaysAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00.000Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    const { site } = await openSqliteSite(db);
    await writeInputs(site.ingest, [
      articleInput({ title: 'Reviewed last month', slug: 'current', lastReviewedAt: addMonths(today, -1) }),
      articleInput({ title: 'Reviewed 13 months ago', slug: 'overdue', lastReviewedAt: addMonths(today, -13) }),
      articleInput({ title: 'Due in ten days', slug: 'soon', lastReviewedAt: tenDaysAfter(addMonths(today, -12)) }),
      articleInput({ title: 'Reviewed a year ago today', slug: 'today', lastReviewedAt: addMonths(today, -12) }),
      articleInput({ title: 'Never reviewed', slug: 'never', lastReviewedAt: null }),
      articleInput({ title: 'A draft', slug: 'draft', status: 'draft', lastReviewedAt: null }),
    ], new Date().toISOString());
    await site.maintenance.close();
    const run = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), 'review', 'due', ...args, '--db', db], { encoding: 'utf8', timeout: 60_000 });

    const listed = run('--json', '--within', '30');
    assert.equal(listed.status, 0, listed.stderr);
    const queue = JSON.parse(listed.stdout) as { title: string; status: string; due: string | null }[];
    assert.deepEqual(queue.map((e) => [e.title, e.status]), [
      ['Never reviewed', 'never-reviewed'],
      ['Reviewed 13 months ago', 'overdue'],
      ['Reviewed a year ago today', 'overdue'],
      ['Due in ten days', 'due-soon'],
    ], 'most urgent first; due today is overdue; current and draft articles are left out');
    assert.equal(queue[1]!.due, addMonths(today, -1));

    const longer = JSON.parse(run('--json', '--interval', '6').stdout) as { title: string }[];
    assert.ok(!longer.some((e) => e.title === 'Reviewed last month') && longer.length === 4, 'six months: last month is still current');
    assert.equal(JSON.parse(run('--json', '--within', '5').stdout).length, 3, 'ten days away is not within five');
    const wider = JSON.parse(run('--json', '--interval', '1', '--within', '0').stdout) as { title: string; status: string }[];
    assert.deepEqual(wider.find((e) => e.title === 'Reviewed last month')?.status, 'overdue', 'a one-month interval makes last month due today');

    const refused = run('--interval', '48');
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /interval: at most 36 months, the site's maximum \(got 48\)/);
  });
});
