import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { questionTypeLabel, questionTypeRank } from '../../content/question-types.js';
import { MEDQUAD_CATEGORIES, MEDQUAD_CATEGORY_PATHS, MEDQUAD_COLLECTIONS, findCollection } from './categories.js';
import { documentToArticles, SKIP_REASONS } from './document-articles.js';
import { parseMedquadXml, type MedquadDocument } from './parse-document.js';

const FIXTURES = path.join(process.cwd(), 'test/fixtures/medquad');

function load(relative: string, includeUnanswered = false) {
  const result = parseMedquadXml(readFileSync(path.join(FIXTURES, relative), 'utf8'));
  if (!result.ok) assert.fail(`${relative}: ${result.error}`);
  const [folder = '', fileName = ''] = relative.split('/');
  return documentToArticles(result.document, folder, fileName, { includeUnanswered });
}

describe('documentToArticles', () => {
  it('builds one published article per answered pair, shaped for the store', () => {
    const { articles, skipped } = load('3_GHR_QA/0000001.xml');
    assert.equal(articles.length, 2);
    assert.deepEqual(skipped, []);
    const [first] = articles;
    assert.ok(first);
    assert.equal(first.title, "What is (are) Mellor's syndrome?");
    assert.equal(first.slug, 'what-is-are-mellors-syndrome');
    assert.deepEqual(first.provenance, {
      id: 'medquad:3_GHR_QA/0000001#1',
      sourceSite: 'GHR',
      sourceUrl: 'https://ghr.nlm.nih.gov/condition/mellor-syndrome',
      licence: 'CC BY 4.0',
    });
    assert.deepEqual(first.topic, {
      name: 'Mellor syndrome',
      synonyms: ["Mellor's disease", 'MLS'],
      semanticGroup: 'Disorders',
      cuis: ['C9000020', 'C9000021'],
      semanticTypes: ['T019', 'T047'],
    });
    assert.deepEqual(first.categoryPath, ['Conditions', 'Genetic conditions']);
    assert.deepEqual(first.tags, ['information']);
    assert.equal(first.questionType, 'information');
    assert.equal(first.status, 'published');
    assert.equal(first.publishedAt, null);
    assert.equal(first.updatedAt, null);
    assert.equal(first.lastReviewedAt, null);
    assert.equal(first.author, null);
    assert.equal(first.isSample, false);
    assert.equal(first.hasAnswer, true);
    assert.deepEqual(first.sources, [{
      title: 'Mellor syndrome',
      url: 'https://ghr.nlm.nih.gov/condition/mellor-syndrome',
      publisher: 'Genetics Home Reference (NLM)',
    }]);
    assert.match(first.bodyMarkdown, /^Mellor syndrome is an invented condition that affects a person's hair/);
  });

  it('keys provenance on the file name and the pid attribute', () => {
    assert.deepEqual(load('1_CancerGov_QA/0000002_1.xml').articles.map((article) => article.provenance.id),
      ['medquad:1_CancerGov_QA/0000002_1#1']);
    assert.deepEqual(load('7_SeniorHealth_QA/0000001.xml').articles.map((article) => article.provenance.id), [
      'medquad:7_SeniorHealth_QA/0000001#1',
      'medquad:7_SeniorHealth_QA/0000001#4',
      'medquad:7_SeniorHealth_QA/0000001#9',
    ]);
  });

  it('gives a topic with no UMLS annotations empty lists and a null semantic group', () => {
    const [article] = load('9_CDC_QA/0000001.xml').articles;
    assert.deepEqual(article?.topic, {
      name: 'Parasites - Pondworm', synonyms: [], semanticGroup: null, cuis: [], semanticTypes: [],
    });
    assert.equal(article?.title, 'Who is at risk for Parasites - Pondworm?');
    assert.deepEqual(article?.tags, ['susceptibility']);
  });

  it('reads the lowercase format into the same article shape', () => {
    const { articles } = load('6_NINDS_QA/0000001.xml');
    assert.deepEqual(articles.map((article) => article.title), ['What is tremble reflex?', 'Is there any treatment for Tremble reflex?']);
    assert.equal(articles[0]?.provenance.sourceSite, 'NINDS');
    assert.deepEqual(articles[0]?.categoryPath, ['Conditions', 'Brain and nerves']);
  });

  it('yields nothing, and no error, for a document without pairs', () => {
    assert.deepEqual(load('5_NIDDK_QA/0000001.xml'), { articles: [], skipped: [] });
  });

  it('skips empty answers, saying whether the dataset removed them', () => {
    assert.deepEqual(load('2_GARD_QA/0000001.xml').skipped, [{ item: 'medquad:2_GARD_QA/0000001#2', reason: SKIP_REASONS.empty }]);
    const adam = load('10_MPlus_ADAM_QA/0000001.xml');
    assert.equal(adam.articles.length, 0);
    assert.deepEqual(adam.skipped, [
      { item: 'medquad:10_MPlus_ADAM_QA/0000001#1', reason: 'answer removed from the dataset' },
      { item: 'medquad:10_MPlus_ADAM_QA/0000001#2', reason: 'answer removed from the dataset' },
      { item: 'medquad:10_MPlus_ADAM_QA/0000001#5', reason: 'answer removed from the dataset' },
    ]);
  });

  it('turns unanswered pairs into link-out pages when asked to', () => {
    const { articles, skipped } = load('11_MPlusDrugs_QA/0000001.xml', true);
    assert.deepEqual(skipped, []);
    assert.equal(articles.length, 2);
    const [first] = articles;
    assert.ok(first);
    assert.equal(first.hasAnswer, false);
    assert.equal(first.title, 'Who should get Examplomycin and why is it prescribed?');
    assert.deepEqual(first.categoryPath, ['Medicines and supplements', 'Medicines']);
    assert.deepEqual(first.topic?.name, 'Examplomycin');
    assert.equal(first.bodyMarkdown, [
      '**Who should get Examplomycin and why is it prescribed?**',
      'The answer to this question is published by MedlinePlus Drug Information: '
        + '[read it on the source site](https://www.nlm.nih.gov/medlineplus/druginfo/meds/a999001.html).',
      'MedQuAD, the question-and-answer collection this page comes from, keeps the question but not the answer, '
        + 'which stays with its publisher for copyright reasons.',
    ].join('\n\n'));
    const gard = load('2_GARD_QA/0000001.xml', true);
    assert.equal(gard.articles.length, 2);
    assert.equal(gard.articles[1]?.hasAnswer, false);
    assert.match(gard.articles[1]?.bodyMarkdown ?? '', /Genetic and Rare Diseases Information Center \(GARD\): \[read it on the source site\]/);
    assert.match(gard.articles[1]?.bodyMarkdown ?? '', /has no answer text for this question/);
  });

  it('falls back on the source attribute when the folder has been renamed', () => {
    const document: MedquadDocument = {
      id: '1', source: 'NHLBI', url: null, focus: null, focusCategory: null, synonyms: [], cuis: [],
      semanticTypes: [], semanticGroup: null,
      pairs: [{ pid: '3', qid: null, qtype: null, question: 'why ?', answer: 'Because.' }],
    };
    const [article] = documentToArticles(document, 'heart', '42.xml', {}).articles;
    assert.deepEqual(article?.categoryPath, ['Conditions', 'Heart, lung and blood']);
    assert.equal(article?.provenance.id, 'medquad:heart/42#3');
    assert.equal(article?.topic, null);
    assert.deepEqual(article?.sources, []);
    assert.deepEqual(article?.tags, []);
    assert.equal(article?.questionType, null);
  });
});

describe('category mapping', () => {
  it('maps every corpus folder to a category path with a description for each level', () => {
    assert.equal(MEDQUAD_COLLECTIONS.length, 12);
    const described = new Set(MEDQUAD_CATEGORIES.map((category) => category.path.join(' > ')));
    for (const collection of MEDQUAD_COLLECTIONS) {
      const categoryPath = MEDQUAD_CATEGORY_PATHS[collection.folder];
      assert.ok(categoryPath, collection.folder);
      for (let depth = 1; depth <= categoryPath.length; depth++) {
        assert.ok(described.has(categoryPath.slice(0, depth).join(' > ')), `${collection.folder} at depth ${depth}`);
      }
    }
    for (const category of MEDQUAD_CATEGORIES) assert.match(category.description ?? '', /^[A-Z].*\.$/);
  });

  it('follows the documented mapping', () => {
    assert.deepEqual(MEDQUAD_CATEGORY_PATHS['1_CancerGov_QA'], ['Conditions', 'Cancer']);
    assert.deepEqual(MEDQUAD_CATEGORY_PATHS['4_MPlus_Health_Topics_QA'], ['Health topics']);
    assert.deepEqual(MEDQUAD_CATEGORY_PATHS['12_MPlusHerbsSupplements_QA'], ['Medicines and supplements', 'Herbs and supplements']);
    assert.equal(findCollection('unknown', 'nihseniorhealth')?.folder, '7_SeniorHealth_QA');
    assert.equal(findCollection('unknown', null), null);
  });
});

describe('question types as imported', () => {
  it('stores MedQuAD\'s spelling, which the topic page labels and orders', () => {
    const xml = `<Document id="0000009" source="GHR" url="https://ghr.nlm.nih.gov/condition/x">
<Focus>X syndrome</Focus>
<QAPairs>
  <QAPair pid="1"><Question qid="0000009-1" qtype="genetic changes">What are the genetic changes related to X syndrome ?</Question><Answer>Changes in the XS1 gene.</Answer></QAPair>
  <QAPair pid="2"><Question qid="0000009-2" qtype="Interactions with medications">Can X be taken with other medicines ?</Question><Answer>Ask first.</Answer></QAPair>
</QAPairs>
</Document>`;
    const parsed = parseMedquadXml(xml);
    if (!parsed.ok) assert.fail(parsed.error);
    const { articles } = documentToArticles(parsed.document, '3_GHR_QA', '0000009.xml', { includeUnanswered: false });
    assert.deepEqual(articles.map((article) => article.questionType), ['genetic changes', 'interactions with medications']);
    assert.equal(questionTypeLabel(articles[0]!.questionType), 'Genetic changes');
    assert.ok(questionTypeRank(articles[0]!.questionType) < questionTypeRank('inheritance'));
    assert.equal(questionTypeLabel(articles[1]!.questionType), 'Interactions with medicines');
  });
});
