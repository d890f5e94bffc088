import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';
import { FIXED_NOW, articleInput, writeInputs } from '../../src/testing/factories.js';

/** One answer per question type, on one topic, written as an author would (MedQuAD's spelling). */
const ARTICLES: [slug: string, questionType: string][] = [
  ['xs-treatment', 'treatment'],
  ['xs-inheritance', 'inheritance'],
  ['xs-genetic-changes', 'genetic changes'],
  ['xs-interactions', 'interactions with medications'],
  ['xs-causes', 'causes'],
  ['xs-overview', 'information'],
];

function writeContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hp-question-types-'));
  ARTICLES.forEach(([slug, questionType], index) => {
    writeFileSync(join(dir, `${slug}.md`), [
      '---',
      `title: X syndrome, ${questionType}`,
      `slug: ${slug}`,
      'topic: X syndrome',
      'category: [Conditions]',
      `question_type: ${questionType}`,
      'status: published',
      `published: 2026-01-${String(10 + index)}`,
      '---',
      `An answer about X syndrome and its ${questionType}.`,
      '',
    ].join('\n'));
  });
  return dir;
}

let site: RunningSite;
before(async () => {
  site = await startDemoSite({ contentDir: writeContent(), pageCache: false });
});
after(async () => {
  await site?.close();
});

describe('topic page sections by question type (real SQLite, HTTP)', () => {
  it('labels and orders every type as MedQuAD spells it, "genetic changes" included', async () => {
    const response = await fetch(`${site.origin}/topics/x-syndrome`);
    assert.equal(response.status, 200);
    const page = await response.text();
    const headings = [...page.matchAll(/<h2 id="section-[^"]*">([^<]*)<\/h2>/g)].map((match) => match[1]);
    assert.deepEqual(headings, [
      'Overview',
      'Causes',
      'Genetic changes',
      'Inheritance',
      'Treatment',
      'Interactions with medicines',
    ]);
  });

  it('shows one section for a type a database holds in two spellings (written before the spelling was settled)', async () => {
    const topic = { name: 'Y syndrome', synonyms: [], semanticGroup: null };
    await writeInputs(site.ports.ingest, [
      articleInput({ title: 'Y syndrome, older spelling', topic, questionType: 'genetic_changes' }),
      articleInput({ title: 'Y syndrome, MedQuAD spelling', topic, questionType: 'genetic changes' }),
    ], FIXED_NOW);
    const page = await (await fetch(`${site.origin}/topics/y-syndrome`)).text();
    const headings = [...page.matchAll(/<h2 id="section-[^"]*">([^<]*)<\/h2>/g)].map((match) => match[1]);
    assert.deepEqual(headings, ['Genetic changes']);
    assert.ok(page.includes('Y syndrome, older spelling') && page.includes('Y syndrome, MedQuAD spelling'));
  });
});
