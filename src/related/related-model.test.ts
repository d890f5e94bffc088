import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RelatedSource } from './related-document.js';
import { RelatedModel } from './related-model.js';
import { extractArticleTerms } from './term-extraction.js';

let nextId = 1;
function source(title: string, bodyMarkdown: string, overrides: Partial<RelatedSource> = {}): RelatedSource {
  return { id: nextId++, terms: extractArticleTerms(title, bodyMarkdown), topicId: null, categoryId: 1, questionType: 'information', tagIds: [], published: true, hasAnswer: true, ...overrides };
}

// A template shared by every inheritance page, as MedQuAD's GHR answers have.
const TEMPLATE = 'This condition is inherited in an autosomal recessive pattern, which means both copies of the gene in each cell have mutations. The parents each carry one copy of the mutated gene.';
const CONDITIONS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'Xray', 'Yankee', 'Zulu', 'Apex', 'Basil', 'Cedar', 'Dune', 'Ember', 'Fjord'];

function corpus() {
  const inheritance = CONDITIONS.map((name, i) =>
    source(`Is ${name} syndrome inherited?`, `${name} syndrome: ${TEMPLATE}`, { topicId: i + 1, questionType: 'inheritance' }),
  );
  const overview = source('What is Alpha syndrome?', 'Alpha syndrome is a rare disorder of the kidneys and the eyes. Alpha syndrome causes cysts in the kidneys.', { topicId: 1 });
  const kidney = source('What is Renal cyst disease?', 'Renal cyst disease forms cysts in the kidneys and may harm the eyes.', { topicId: 99 });
  return { inheritance, overview, kidney, all: [...inheritance, overview, kidney] };
}
const topics = CONDITIONS.map((name, i) => ({ id: i + 1, name: `${name} syndrome`, synonyms: [] }));

describe('RelatedModel', () => {
  it('sees past a shared answer template to the article\'s subject, even with topics hidden', () => {
    const { inheritance, overview, all } = corpus();
    const model = RelatedModel.build(all, topics, { limit: 13, useTopics: false });
    const list = model.rank(inheritance[0]!.id);
    assert.equal(list[0]?.articleId, overview.id, 'the same condition\'s overview beats 31 pages sharing the template');
    assert.ok(list[0]!.reason.terms?.includes('alpha'));
  });

  it('recommends related topics through their profiles, with a reason for each entry', () => {
    const { overview, kidney, all } = corpus();
    const model = RelatedModel.build(all, [...topics, { id: 99, name: 'Renal cyst disease', synonyms: [] }], { limit: 13, useTopics: true });
    const list = model.rank(overview.id);
    const kidneyEntry = list.find((entry) => entry.articleId === kidney.id);
    assert.ok(kidneyEntry, 'a page about kidney cysts is recommended from a page about kidney cysts');
    assert.ok(kidneyEntry.reason.terms?.some((word) => word.startsWith('kidney')), JSON.stringify(kidneyEntry.reason));
    assert.ok(list.length <= 13);
    assert.ok(!list.some((entry) => entry.articleId === overview.id), 'never itself');
  });

  it('applies pins at their place and drops exclusions', () => {
    const { overview, kidney, inheritance, all } = corpus();
    const model = RelatedModel.build(all, topics, { limit: 5, useTopics: true });
    const pinned = inheritance[7]!.id;
    const list = model.rank(overview.id, [
      { articleId: overview.id, targetId: pinned, kind: 'pin', position: 2 },
      { articleId: overview.id, targetId: kidney.id, kind: 'exclude', position: null },
    ]);
    assert.equal(list[1]?.articleId, pinned);
    assert.equal(list[1]?.reason.pinned, true);
    assert.ok(list.length <= 5);
    assert.ok(!list.some((entry) => entry.articleId === kidney.id));
  });

  it('updates incrementally: a changed article moves in and out of other lists', () => {
    const { overview, kidney, all } = corpus();
    const model = RelatedModel.build(all, topics, { limit: 3, useTopics: false });
    const before = model.reverseCandidates(kidney.id).find((c) => c.articleId === overview.id);
    assert.ok(before && before.score > 0);
    model.upsert([{ ...kidney, terms: extractArticleTerms('Sunburn', 'Sunburn reddens the skin after hours in strong sun.') }]);
    assert.ok(!model.rank(overview.id).some((entry) => entry.articleId === kidney.id), 'no longer shares terms');
    assert.ok(!model.reverseCandidates(kidney.id).some((c) => c.articleId === overview.id));
  });

  it('says which article it does not know', () => {
    const model = RelatedModel.build([], [], { limit: 13, useTopics: true });
    assert.throws(() => model.rank(42), /article 42 is not in the model/);
  });
});
