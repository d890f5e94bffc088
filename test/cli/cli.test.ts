import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';

const cli = join(projectRoot, 'bin', 'healthpress.js');
const fixtures = join(projectRoot, 'test', 'fixtures');

function healthpress(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'hp-cli-')), 'cli.db');

describe('the healthpress CLI, as a separate process', () => {
  it('imports a Markdown folder with a progress bar and a report, then counts it', () => {
    const db = freshDb();
    const run = healthpress(['import', 'markdown', join(fixtures, 'markdown', 'good'), '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /importing .*100%/, 'progress bar on stderr');
    assert.match(run.stdout, /imported\s+\d+/);
    assert.match(run.stdout, /failed\s+0/);

    const stats = healthpress(['stats', '--json'], { HEALTHPRESS_DB: db });
    assert.equal(stats.status, 0, stats.stderr);
    const counts = JSON.parse(stats.stdout) as { articles: number; topics: number; categories: number; database: string };
    assert.equal(counts.database, db, 'HEALTHPRESS_DB chooses the database');
    assert.ok(counts.articles > 0 && counts.topics > 0 && counts.categories > 0);

    const again = healthpress(['import', 'markdown', join(fixtures, 'markdown', 'good'), '--db', db, '--json']);
    const report = JSON.parse(again.stdout) as { imported: number; unchanged: number };
    assert.equal(report.imported, 0);
    assert.equal(report.unchanged, counts.articles);
  });

  it('reports broken files by name and reason, imports the rest, and exits non-zero', () => {
    const db = freshDb();
    const run = healthpress(['import', 'markdown', join(fixtures, 'markdown', 'bad'), '--db', db, '--json']);
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout) as { imported: number; failed: { file: string; reason: string }[] };
    assert.ok(report.imported >= 1, 'the good file in the folder still imports');
    const broken = report.failed.find((f) => f.file.includes('broken-yaml'));
    assert.ok(broken, JSON.stringify(report.failed));
    assert.match(broken.reason, /front matter/);
    assert.ok(report.failed.some((f) => f.file.includes('bad-date') && /published|updated|last_reviewed/.test(f.reason)));
    assert.ok(report.failed.some((f) => f.file.includes('bad-care-card') && /line 3: the care card has an unknown level "urgnt"/.test(f.reason)), JSON.stringify(report.failed));
  });

  it('searches one question as JSON, and many from standard input as JSON lines', () => {
    const db = freshDb();
    assert.equal(healthpress(['import', 'markdown', join(projectRoot, 'content', 'demo'), '--db', db]).status, 0);
    const one = healthpress(['search', 'what causes back pain after a miscarriage?', '--json', '--explain', '--db', db]);
    assert.equal(one.status, 0, one.stderr);
    const result = JSON.parse(one.stdout) as { hits: { id: number; slug: string; title: string; score: number; provenanceId: string; signals: unknown[] }[] };
    const first = result.hits[0]!;
    assert.equal(first.slug, 'causes-of-back-pain-after-a-miscarriage');
    assert.equal(first.provenanceId, 'markdown:causes-of-back-pain-after-a-miscarriage');
    assert.ok(typeof first.id === 'number' && first.score > 0 && first.signals.length > 0);

    const many = healthpress(['search', '--stdin', '--limit', '3', '--db', db], {}, 'flu vaccine\n\nhow is high blood pressure treated\n"unbalanced (quotes AND NEAR\n');
    assert.equal(many.status, 0, many.stderr);
    const lines = many.stdout.trim().split('\n').map((line) => JSON.parse(line) as { query: string; hits: unknown[] });
    assert.equal(lines.length, 3, 'one line per non-empty query');
    assert.equal(lines[1]!.query, 'how is high blood pressure treated');
    assert.ok(lines[1]!.hits.length > 0 && lines[1]!.hits.length <= 3);
  });

  it('refuses an unknown import kind and a missing path with a clear message', () => {
    const kind = healthpress(['import', 'wordpress', '.', '--db', freshDb()]);
    assert.notEqual(kind.status, 0);
    assert.match(kind.stderr, /unknown command 'wordpress'/);
    const missing = healthpress(['import', 'text', '/no/such/place', '--db', freshDb()]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /"\/no\/such\/place" does not exist/);
  });

  it('--version prints the package version; every command\'s help lists --db and shows examples', () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const printed = healthpress(['--version']);
    assert.equal(printed.status, 0, printed.stderr);
    assert.equal(printed.stdout.trim(), version);
    for (const command of [['stats'], ['search'], ['build'], ['import', 'markdown'], ['review', 'due'], ['publish-due'], ['serve'], ['backup']]) {
      const help = healthpress([...command, '--help']);
      assert.equal(help.status, 0, help.stderr);
      assert.match(help.stdout, /--db <path>/, `${command.join(' ')} --help names --db`);
      assert.match(help.stdout, new RegExp(`Examples:\\n  \\$ healthpress ${command[0]}`), `${command.join(' ')} --help has examples`);
    }
  });

  it('each importer has its own help, and importing a folder with the wrong one says which fits (it reported "0 files" with exit 0)', () => {
    const helps = ['medquad', 'text', 'markdown'].map((kind) => healthpress(['import', kind, '--help']).stdout);
    assert.equal(new Set(helps).size, 3, 'three different texts');
    assert.match(helps[0]!, /--include-unanswered/);
    assert.doesNotMatch(helps[1]!, /--include-unanswered|--prune/);
    assert.match(helps[2]!, /--prune/);
    const onlyMarkdown = mkdtempSync(join(tmpdir(), 'hp-cli-md-'));
    for (const name of ['symptoms-of-flu.md', 'causes-of-insomnia.md']) copyFileSync(join(projectRoot, 'content', 'demo', name), join(onlyMarkdown, name));
    const wrong = healthpress(['import', 'text', onlyMarkdown, '--db', freshDb()]);
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /no text files found in .*hp-cli-md-\w+\. It holds 2 \.md file\(s\): try `healthpress import markdown /);
  });

  it('read-only commands refuse a missing database and create nothing (stats used to report 0 and exit 0)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hp-cli-missing-')), 'no', 'such', 'dir');
    for (const command of [['stats'], ['search', 'flu'], ['review', 'due'], ['publish-due'], ['related', 'rebuild'], ['build', '--out', join(dir, 'out')]]) {
      const run = healthpress([...command, '--db', join(dir, 'x.db')]);
      assert.equal(run.status, 1, `${command.join(' ')}: ${run.stdout}`);
      assert.match(run.stderr, /--db: there is no database at .*x\.db/, command.join(' '));
    }
    assert.equal(existsSync(dir), false, 'no folders and no empty database were made');
  });

  it('checks --workers with the rest of the configuration, naming each problem', () => {
    const run = healthpress(['serve', '--workers', 'two', '--port', 'abc', '--db', freshDb()]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--port: "abc" must be a whole number from 0 to 65535\n\s+- --workers: "two" must be a whole number from 0 to 1024/);
    const fromEnv = healthpress(['serve', '--db', freshDb()], { HEALTHPRESS_WORKERS: '-1' });
    assert.match(fromEnv.stderr, /HEALTHPRESS_WORKERS: "-1" must be a whole number from 0 to 1024/);
  });

  it('builds the static site with a JSON summary, then writes nothing on a rebuild', () => {
    const db = freshDb();
    assert.equal(healthpress(['import', 'markdown', join(projectRoot, 'content', 'demo'), '--db', db]).status, 0);
    const out = join(mkdtempSync(join(tmpdir(), 'hp-cli-build-')), 'site');
    const first = healthpress(['build', '--db', db, '--out', out, '--base-url', 'https://example.org/health/', '--workers', '1', '--json']);
    assert.equal(first.status, 0, first.stderr);
    const summary = JSON.parse(first.stdout) as { files: number; written: number; brokenLinks: unknown[]; baseUrl: string };
    assert.ok(summary.files > 100 && summary.written === summary.files, first.stdout);
    assert.deepEqual(summary.brokenLinks, []);
    assert.equal(summary.baseUrl, 'https://example.org/health');
    const again = healthpress(['build', '--db', db, '--out', out, '--base-url', 'https://example.org/health/']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /written\s+0\n/);
    assert.match(again.stdout, new RegExp(`unchanged\\s+${summary.files}\\n`));
  });

  it('reports every bad setting at once', () => {
    const run = healthpress(['serve', '--db', freshDb()], { HEALTHPRESS_PORT: 'eighty', HEALTHPRESS_BASE_URL: 'ftp://x' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /HEALTHPRESS_PORT: "eighty"/);
    assert.match(run.stderr, /HEALTHPRESS_BASE_URL: "ftp:\/\/x"/);
  });
});
