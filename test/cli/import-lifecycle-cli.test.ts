import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';

const healthpress = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), ...args], { encoding: 'utf8', timeout: 60_000 });

describe('healthpress import markdown: scheduled articles and --prune, as a separate process', () => {
  it('reports a future-dated article as scheduled, says how to prune without pruning, and prunes only with --prune', () => {
    const work = mkdtempSync(join(tmpdir(), 'hp-import-lifecycle-cli-'));
    const folder = join(work, 'source');
    const db = join(work, 'site.db');
    cpSync(join(projectRoot, 'test', 'fixtures', 'markdown', 'lifecycle'), folder, { recursive: true });
    try {
      const first = healthpress('import', 'markdown', folder, '--db', db);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stdout, /scheduled\s+1\n/);
      assert.match(first.stdout, /booking-a-check-up\.md: publish at 2099-03-01T00:00:00\.000Z/);

      rmSync(join(folder, 'questions-to-ask.md'), { force: true });
      rmSync(join(folder, 'next-review-given.md'));
      const counted = healthpress('import', 'markdown', folder, '--db', db);
      assert.equal(counted.status, 0, counted.stderr);
      assert.match(counted.stdout, /pruned\s+0\n/);
      assert.match(counted.stdout, /1 article\(s\) imported from here earlier have no file any more; to unpublish them: healthpress import markdown .* --prune/);

      const pruned = healthpress('import', 'markdown', folder, '--db', db, '--prune', '--json');
      assert.equal(pruned.status, 0, pruned.stderr);
      const report = JSON.parse(pruned.stdout) as { pruned: Array<{ slug: string }>; prunable: number; scheduled: unknown[] };
      assert.deepEqual(report.pruned.map((article) => article.slug), ['questions-to-ask']);
      assert.equal(report.prunable, 0);
      assert.equal(report.scheduled.length, 1, 'the future-dated article stays scheduled');

      const stats = JSON.parse(healthpress('stats', '--json', '--db', db).stdout) as { articles: number };
      assert.ok(stats.articles >= 1);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
