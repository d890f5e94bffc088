import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { LoadedFile, LoadedSource } from './loader.js';
import { markdownDirLoader } from './markdown-dir.js';
import { toIsoDate } from './markdown/fields.js';
import { splitFrontMatter } from './markdown/front-matter.js';

const FIXTURES = path.join(process.cwd(), 'test/fixtures/markdown');

async function loadAll(target: string): Promise<{ source: LoadedSource; files: LoadedFile[] }> {
  const source = await markdownDirLoader.open(target, {});
  const files: LoadedFile[] = [];
  for await (const file of source.files) files.push(file);
  assert.equal(files.length, source.total, 'total matches the files yielded');
  return { source, files };
}

function byName(files: LoadedFile[], name: string): LoadedFile {
  return files.find((file) => file.file === name) ?? assert.fail(`no report for ${name}`);
}

describe('markdownDirLoader: a good folder', () => {
  it('reads the folder recursively, ignoring _-prefixed and non-.md files', async () => {
    const { files } = await loadAll(path.join(FIXTURES, 'good'));
    assert.deepEqual(files.map((file) => file.file), ['heart/palpitations.md', 'shin-splints.md']);
    assert.deepEqual(files.map((file) => file.error), [undefined, undefined]);
  });

  it('reads _topics.yml and _categories.yml', async () => {
    const { source } = await loadAll(path.join(FIXTURES, 'good'));
    assert.deepEqual(source.topics, [
      {
        name: 'Shin splints',
        synonyms: ['Medial tibial stress syndrome'],
        semanticGroup: 'Disorders',
        summary: 'Pain along the inner edge of the shin bone, common in people who run or jump a lot.',
      },
      {
        name: 'Palpitations',
        synonyms: ['Heart palpitations'],
        semanticGroup: 'Disorders',
        summary: 'A sudden awareness of your own heartbeat, which may feel fast, pounding or irregular.',
      },
    ]);
    assert.deepEqual(source.categories, [
      { path: ['Bones and joints'], description: 'Muscles, bones and joints, from sprains to arthritis.' },
      { path: ['Bones and joints', 'Legs and feet'], description: 'Problems below the knee.' },
      { path: ['Heart and circulation'], description: null },
    ]);
  });

  it('maps every front matter field', async () => {
    const { files } = await loadAll(path.join(FIXTURES, 'good'));
    const article = byName(files, 'shin-splints.md').articles[0] ?? assert.fail('no article');
    assert.match(article.bodyMarkdown, /^Shin splints usually get better[^]*## What helps[^]*20 minutes\.$/);
    assert.deepEqual({ ...article, bodyMarkdown: '' }, {
      title: 'Easing shin splints',
      slug: 'easing-shin-splints',
      bodyMarkdown: '',
      topic: {
        name: 'Shin splints',
        synonyms: ['Medial tibial stress syndrome'],
        semanticGroup: 'Disorders',
        summary: 'Pain along the inner edge of the shin bone, common in people who run or jump a lot.',
      },
      categoryPath: ['Bones and joints', 'Legs and feet'],
      tags: ['running', 'exercise'],
      questionType: 'treatment',
      status: 'published',
      publishedAt: '2026-04-01',
      updatedAt: '2026-04-20',
      lastReviewedAt: '2026-04-20',
      // Spread by the article's id over the last three months of its year (editorial/review-spread.ts).
      nextReviewDue: '2027-03-17',
      author: 'Fixture author',
      sources: [
        { title: 'Shin splints', url: 'https://example.org/conditions/shin-splints/', publisher: 'Example Health Service' },
        { title: 'Running injuries', url: 'http://example.net/running' },
      ],
      provenance: { id: 'markdown:shin-splints', sourceSite: 'Healthpress', sourceUrl: null, licence: 'CC BY 4.0' },
      isSample: true,
      hasAnswer: true,
    });
  });

  it('uses defaults and front matter provenance, and a name-only topic when not catalogued', async () => {
    const { files } = await loadAll(path.join(FIXTURES, 'good'));
    const article = byName(files, 'heart/palpitations.md').articles[0] ?? assert.fail('no article');
    assert.equal(article.slug, undefined);
    assert.deepEqual(article.topic, { name: 'Heart flutters', synonyms: [], semanticGroup: null });
    assert.equal(article.status, 'draft');
    assert.deepEqual([article.tags, article.questionType, article.publishedAt, article.author, article.isSample], [[], null, null, null, false]);
    assert.deepEqual(article.provenance, {
      id: 'clinic:palpitations-leaflet', sourceSite: 'Example Clinic', sourceUrl: null, licence: 'CC BY-SA 4.0',
    });
  });

  it('imports a single file, without catalogs', async () => {
    const { source, files } = await loadAll(path.join(FIXTURES, 'good/heart/palpitations.md'));
    assert.deepEqual([source.topics, source.categories], [[], []]);
    assert.equal(files[0]?.file, 'palpitations.md');
    assert.equal(files[0]?.articles.length, 1);
  });
});

describe('markdownDirLoader: bad files', () => {
  it('reports each bad file with the field at fault and imports the rest', async () => {
    const { files } = await loadAll(path.join(FIXTURES, 'bad'));
    const errors = Object.fromEntries(files.map((file) => [file.file, file.error]));
    assert.match(errors['broken-yaml.md'] ?? '', /^front matter: .+ at line 2, column \d+$/);
    assert.equal(errors['missing-title.md'], 'title: is required');
    assert.equal(errors['bad-date.md'], 'published: "2026-13-45" is not a date (expected YYYY-MM-DD); updated: "2026-02-29" is not a date (expected YYYY-MM-DD)');
    assert.equal(errors['bad-category.md'], 'category: must be a non-empty list of names');
    assert.match(errors['no-front-matter.md'] ?? '', /^front matter: missing/);
    assert.equal(errors['bad-care-card.md'], 'body: line 3: the care card has an unknown level "urgnt": use non-urgent, urgent or emergency');
    assert.equal(errors['fine.md'], undefined);
    assert.equal(errors['same-id.md'], 'id: "fixture:shared-id" is already used by fine.md');
    for (const file of files) assert.equal(file.articles.length, file.error === undefined ? 1 : 0, file.file);
  });

  it('lists every problem of a file at once', async () => {
    const { files } = await loadAll(path.join(FIXTURES, 'bad'));
    const problems = (byName(files, 'many-problems.md').error ?? '').split('; ');
    assert.deepEqual(problems, [
      'catgory: unknown field (did you mean "category"?)',
      'slug: "Several Mistakes" is not a slug (lowercase words joined by hyphens, such as "several-mistakes")',
      'category: part 2 must be a non-empty name',
      'tags: must be a list of names (got "running")',
      'status: must be one of "draft", "published" (got "live")',
      'sample: must be true or false (got "yes")',
      'sources: item 1: url: "ftp://example.org/leaflet.pdf" is not an http(s) address',
      'sources: item 2: title: is required',
    ]);
  });

  it('reports catalog problems and still uses the good entries', async () => {
    const { source, files } = await loadAll(path.join(FIXTURES, 'bad-catalogs'));
    assert.deepEqual(files.map((file) => file.file), ['_topics.yml', '_categories.yml', 'article.md']);
    assert.equal(byName(files, '_topics.yml').error, [
      'entry 2: name: is required',
      'entry 3: name: "shin splints" is listed twice (same name or slug as "Shin splints")',
      'entry 4: semantic_group: must be text (got a list)',
    ].join('; '));
    assert.match(byName(files, '_categories.yml').error ?? '', /^YAML: .+ at line \d+, column \d+$/);
    assert.deepEqual(source.topics.map((topic) => topic.name), ['Shin splints']);
    assert.deepEqual(byName(files, 'article.md').articles[0]?.topic?.synonyms, ['Medial tibial stress syndrome']);
  });

  it('reports files that are not UTF-8 and still imports the others', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'markdown-import-'));
    try {
      await writeFile(path.join(folder, 'a.md'), Buffer.from([0xff, 0xfe, 0x2d, 0x00, 0x2d, 0x00]));
      await writeFile(path.join(folder, 'b.md'), '\uFEFF---\r\ntitle: Windows line ends\r\ncategory: [Fitness]\r\n---\r\nBody.\r\n');
      await writeFile(path.join(folder, 'c.md'), '');
      const { files } = await loadAll(folder);
      assert.match(files[0]?.error ?? '', /^not valid UTF-8 text/);
      assert.equal(files[1]?.articles[0]?.title, 'Windows line ends');
      assert.equal(files[1]?.articles[0]?.bodyMarkdown, 'Body.');
      assert.equal(files[2]?.error, 'empty file');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('splitFrontMatter', () => {
  it('refuses JavaScript front matter instead of running it', () => {
    const result = splitFrontMatter('---js\n{ title: (() => { throw new Error("ran") })() }\n---\nBody');
    assert.equal(result.error, 'front matter: only YAML front matter is supported (found "---js")');
  });

  it('reports a missing closing line and non-mapping front matter', () => {
    assert.equal(splitFrontMatter('---\ntitle: x\nBody').error, 'front matter: no closing "---" line');
    assert.match(splitFrontMatter('---\n- a\n- b\n---\nBody').error ?? '', /^front matter: must be a list of "field: value"/);
  });

  it('reports the same YAML error every time the same text is parsed', () => {
    const text = '---\ntitle: [unclosed\n---\nBody';
    const first = splitFrontMatter(text).error;
    assert.match(first ?? '', /^front matter: /);
    assert.equal(splitFrontMatter(text).error, first);
  });

  it('keeps dates as text so impossible dates can be caught', () => {
    assert.deepEqual(splitFrontMatter('---\npublished: 2026-13-45\n---\nx').data, { published: '2026-13-45' });
  });
});

describe('toIsoDate', () => {
  it('accepts calendar dates, datetimes and Date objects', () => {
    assert.equal(toIsoDate('2026-03-12'), '2026-03-12');
    assert.equal(toIsoDate('2028-02-29'), '2028-02-29');
    assert.equal(toIsoDate('2026-03-12T09:30:00+01:00'), '2026-03-12');
    assert.equal(toIsoDate(new Date(Date.UTC(2026, 2, 12))), '2026-03-12');
  });

  it('rejects impossible or malformed dates', () => {
    for (const value of ['2026-13-45', '2026-02-29', '2026-04-31', '12/03/2026', '2026-3-1', 'soon', 20260312, true, new Date('x')]) {
      assert.equal(toIsoDate(value), null, String(value));
    }
  });
});
