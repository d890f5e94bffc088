import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { create } from 'tar';
import type { LoadedFile, LoadedSource, LoaderOptions } from '../loader.js';
import { MEDQUAD_CATEGORIES } from './categories.js';
import { medquadLoader } from './medquad-loader.js';

const FIXTURES = path.join(process.cwd(), 'test/fixtures/medquad');

// What the fixtures hold: 16 XML files, two of them broken; 17 answered pairs; 7 empty answers
// (one GARD, six in the removed collections).
const FILES = 16;
const ANSWERED = 17;
const UNANSWERED = 7;
const BROKEN = ['5_NIDDK_QA/0000002.xml', '9_CDC_QA/0000003.xml'];

async function collect(source: LoadedSource): Promise<Map<string, LoadedFile>> {
  const files = new Map<string, LoadedFile>();
  for await (const file of source.files) files.set(file.file, file);
  return files;
}

function count(files: Map<string, LoadedFile>, pick: (file: LoadedFile) => number): number {
  let total = 0;
  for (const file of files.values()) total += pick(file);
  return total;
}

async function load(input: string, options: LoaderOptions = {}) {
  const source = await medquadLoader.open(input, options);
  return { source, files: await collect(source) };
}

let temp = '';

before(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'medquad-loader-'));
});

after(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('medquadLoader from a folder', () => {
  it('is named medquad', () => {
    assert.equal(medquadLoader.name, 'medquad');
  });

  it('yields one LoadedFile per XML file, the total known up front', async () => {
    const { source, files } = await load(FIXTURES);
    assert.equal(source.total, FILES);
    assert.equal(files.size, FILES);
    assert.ok(files.has('1_CancerGov_QA/0000001_1.xml'));
    assert.ok(files.has('12_MPlusHerbsSupplements_QA/0000001.xml'));
    assert.deepEqual(source.topics, []);
    assert.deepEqual(source.categories, MEDQUAD_CATEGORIES);
  });

  it('hands out files in corpus order: folders and files by number', async () => {
    const source = await medquadLoader.open(FIXTURES, {});
    const order: string[] = [];
    for await (const file of source.files) order.push(file.file.split('/')[0] ?? '');
    const folders = [...new Set(order)];
    assert.deepEqual(folders.map((folder) => Number.parseInt(folder, 10)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('counts answered pairs only by default and reports the others as skipped', async () => {
    const { files } = await load(FIXTURES);
    assert.equal(count(files, (file) => file.articles.length), ANSWERED);
    assert.equal(count(files, (file) => file.skipped.length), UNANSWERED);
    assert.ok([...files.values()].every((file) => file.articles.every((article) => article.hasAnswer)));
    assert.deepEqual(files.get('11_MPlusDrugs_QA/0000001.xml')?.skipped.map((item) => item.reason),
      ['answer removed from the dataset', 'answer removed from the dataset']);
  });

  it('adds link-out pages for unanswered pairs with includeUnanswered', async () => {
    const { files } = await load(FIXTURES, { includeUnanswered: true });
    assert.equal(count(files, (file) => file.articles.length), ANSWERED + UNANSWERED);
    assert.equal(count(files, (file) => file.skipped.length), 0);
    assert.equal(count(files, (file) => file.articles.filter((article) => !article.hasAnswer).length), UNANSWERED);
  });

  it('reports each broken file with its name and still loads the others', async () => {
    const { files } = await load(FIXTURES);
    const failed = [...files.values()].filter((file) => file.error !== undefined);
    assert.deepEqual(failed.map((file) => file.file).sort(), BROKEN);
    for (const file of failed) assert.deepEqual([file.articles, file.skipped], [[], []]);
    assert.match(files.get('9_CDC_QA/0000003.xml')?.error ?? '', /^not well-formed XML: .+ \(line \d+\)$/);
    assert.match(files.get('5_NIDDK_QA/0000002.xml')?.error ?? '', /<Summary>/);
    assert.equal(files.get('9_CDC_QA/0000002.xml')?.articles.length, 1);
  });

  it('yields a file with no pairs as empty, without an error', async () => {
    const { files } = await load(FIXTURES);
    assert.deepEqual(files.get('5_NIDDK_QA/0000001.xml'), { file: '5_NIDDK_QA/0000001.xml', articles: [], skipped: [] });
  });

  it('accepts a folder that holds the corpus one level down', async () => {
    const wrapper = path.join(temp, 'wrapper');
    await mkdir(wrapper);
    await cp(FIXTURES, path.join(wrapper, 'MedQuAD-master'), { recursive: true });
    await writeFile(path.join(wrapper, 'notes.txt'), 'not part of the corpus');
    const { source, files } = await load(wrapper);
    assert.equal(source.total, FILES);
    assert.ok(files.has('3_GHR_QA/0000001.xml'));
    assert.equal(count(files, (file) => file.articles.length), ANSWERED);
  });

  it('accepts a single collection folder', async () => {
    const { source, files } = await load(path.join(FIXTURES, '9_CDC_QA'));
    assert.equal(source.total, 3);
    assert.deepEqual([...files.keys()], ['9_CDC_QA/0000001.xml', '9_CDC_QA/0000002.xml', '9_CDC_QA/0000003.xml']);
    assert.equal(files.get('9_CDC_QA/0000001.xml')?.articles[0]?.provenance.id, 'medquad:9_CDC_QA/0000001#1');
  });

  it('rejects a path that does not exist or holds no XML', async () => {
    await assert.rejects(medquadLoader.open(path.join(temp, 'missing'), {}), /ENOENT/);
    const empty = path.join(temp, 'empty');
    await mkdir(empty);
    await assert.rejects(medquadLoader.open(empty, {}), /no MedQuAD XML files found/);
  });
});

describe('medquadLoader from a tarball', () => {
  it('streams the archive and gives the same result as the folder', async () => {
    const tarball = path.join(temp, 'medquad-fixtures.tar.gz');
    const folders = (await readdir(FIXTURES, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    await create({ gzip: true, file: tarball, cwd: FIXTURES }, folders);

    const fromTar = await load(tarball, { includeUnanswered: true });
    const fromFolder = await load(FIXTURES, { includeUnanswered: true });
    assert.equal(fromTar.source.total, FILES);
    assert.deepEqual([...fromTar.files.keys()].sort(), [...fromFolder.files.keys()].sort());
    for (const [name, file] of fromFolder.files) assert.deepEqual(fromTar.files.get(name), file, name);
  });

  it('reads an archive whose files sit under a top folder, keyed by collection folder', async () => {
    const staging = path.join(temp, 'staging');
    await cp(FIXTURES, path.join(staging, 'MedQuAD-master'), { recursive: true });
    const tarball = path.join(temp, 'wrapped.tgz');
    await create({ gzip: true, file: tarball, cwd: staging }, ['MedQuAD-master']);
    const { source, files } = await load(tarball);
    assert.equal(source.total, FILES);
    const ghr = files.get('MedQuAD-master/3_GHR_QA/0000001.xml');
    assert.equal(ghr?.articles[0]?.provenance.id, 'medquad:3_GHR_QA/0000001#1');
    assert.ok(files.get('MedQuAD-master/9_CDC_QA/0000003.xml')?.error);
  });

  it('rejects a file that is not a tar archive', async () => {
    const bogus = path.join(temp, 'bogus.tar.gz');
    await writeFile(bogus, 'this is not an archive');
    await assert.rejects(medquadLoader.open(bogus, {}), /cannot read tarball/);
  });
});
