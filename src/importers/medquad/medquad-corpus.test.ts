import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { LoadedFile } from '../loader.js';
import { medquadLoader } from './medquad-loader.js';

// The real corpus, when this checkout sits next to the shared corpora (see its README for counts).
const TARBALL = path.join(process.cwd(), '../shared/corpora/medquad/medquad-xml.tar.gz');

// Per folder: [QA pairs, pairs with a non-empty answer], as measured in the corpus README.
const EXPECTED: Record<string, [number, number]> = {
  '1_CancerGov_QA': [729, 729],
  '2_GARD_QA': [5394, 5389],
  '3_GHR_QA': [5430, 5430],
  '4_MPlus_Health_Topics_QA': [981, 981],
  '5_NIDDK_QA': [1192, 1192],
  '6_NINDS_QA': [1104, 1104],
  '7_SeniorHealth_QA': [769, 769],
  '8_NHLBI_QA_XML': [559, 559],
  '9_CDC_QA': [270, 270],
  '10_MPlus_ADAM_QA': [17348, 0],
  '11_MPlusDrugs_QA': [12889, 0],
  '12_MPlusHerbsSupplements_QA': [792, 0],
};

async function countByFolder(includeUnanswered: boolean) {
  const started = performance.now();
  const source = await medquadLoader.open(TARBALL, { includeUnanswered });
  const articles: Record<string, number> = {};
  const errors: LoadedFile[] = [];
  let files = 0;
  for await (const file of source.files) {
    files++;
    if (file.error) errors.push(file);
    const folder = file.file.split('/').slice(-2)[0] ?? '';
    articles[folder] = (articles[folder] ?? 0) + file.articles.length;
  }
  return { total: source.total, files, articles, errors, seconds: (performance.now() - started) / 1000 };
}

describe('the MedQuAD corpus', () => {
  it('loads every answered pair, folder by folder', async (t) => {
    if (!existsSync(TARBALL)) {
      t.skip(`MedQuAD tarball not found at ${TARBALL}; the full-corpus check needs it`);
      return;
    }
    const result = await countByFolder(false);
    t.diagnostic(`${result.files} files, ${Object.values(result.articles).reduce((a, b) => a + b, 0)} articles in ${result.seconds.toFixed(1)} s`);
    assert.equal(result.total, 11274);
    assert.equal(result.files, 11274);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.articles, Object.fromEntries(Object.entries(EXPECTED).map(([folder, [, answered]]) => [folder, answered])));
    assert.equal(Object.values(result.articles).reduce((a, b) => a + b, 0), 16423);
  });

  it('loads every pair with includeUnanswered', async (t) => {
    if (!existsSync(TARBALL)) {
      t.skip(`MedQuAD tarball not found at ${TARBALL}; the full-corpus check needs it`);
      return;
    }
    const result = await countByFolder(true);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.articles, Object.fromEntries(Object.entries(EXPECTED).map(([folder, [pairs]]) => [folder, pairs])));
    assert.equal(Object.values(result.articles).reduce((a, b) => a + b, 0), 47457);
  });
});
