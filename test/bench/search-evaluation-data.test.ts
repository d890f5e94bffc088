import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';

const missing = join(mkdtempSync(join(tmpdir(), 'hp-bench-data-')), 'search-questions.jsonl');

describe('search benchmarks without their evaluation set', () => {
  for (const bench of ['search-quality', 'search-speed']) {
    it(`${bench} names the missing file and how to provide it, and exits non-zero without a stack trace`, () => {
      const run = spawnSync(process.execPath, [join(projectRoot, 'dist', 'bench', `${bench}.js`), '--questions', missing], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /search evaluation set is missing/);
      assert.ok(run.stderr.includes(missing), run.stderr);
      assert.match(run.stderr, /bench\/data\/search-questions\.jsonl\s+or passed with\s+--questions <file>/);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(run.stdout, '');
    });
  }
});
