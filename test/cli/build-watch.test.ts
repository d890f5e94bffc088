import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir, projectRoot } from '../../src/project-files.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { writeInputs } from '../../src/testing/factories.js';
import { storedArticleInput } from '../../src/testing/stored-article-input.js';

describe('healthpress build --watch, as a separate process', () => {
  it('rebuilds the pages an edit from another process touches, and stops cleanly on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'hp-watch-')), 'site.db');
    const out = join(mkdtempSync(join(tmpdir(), 'hp-watch-out-')), 'site');
    const { site } = await openSqliteSite(db);
    assert.equal((await runImport(site, markdownDirLoader, demoContentDir)).failed.length, 0);

    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'healthpress.js'), 'build', '--watch', '--json', '--db', db, '--out', out, '--base-url', 'https://example.org/'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const nextSummary = async () => {
      const { value, done } = await lines.next();
      assert.ok(!done, `the watcher stopped: ${stderr}`);
      return JSON.parse(value as string) as { rendered: number; written: number; files: number };
    };
    try {
      const first = await nextSummary();
      assert.equal(first.rendered, first.files, 'the first build renders every page');

      // An editor's change, committed by this (another) process.
      const input = await storedArticleInput(site.catalogue, 'what-is-a-miscarriage');
      await writeInputs(site.ingest, [{ ...input, bodyMarkdown: `${input.bodyMarkdown}\n\nA sentence the watcher must publish.` }], '2026-06-01T00:00:00.000Z');
      const rebuild = await nextSummary();
      assert.ok(rebuild.rendered < first.rendered / 4, `rendered ${rebuild.rendered} of ${first.rendered}`);
      assert.ok(rebuild.written >= 1);
      assert.match(readFileSync(join(out, 'articles/what-is-a-miscarriage/index.html'), 'utf8'), /A sentence the watcher must publish\./);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0, stderr);
      await site.maintenance.close();
    }
  });
});
