import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MEDQUAD_QUESTION_TYPES,
  READING_ORDER,
  normalizeQuestionType,
  questionTypeLabel,
  questionTypeRank,
} from './question-types.js';

const fallbackLabel = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);

describe('question types: one spelling (MedQuAD\'s, with spaces) for labels and reading order', () => {
  it('gives the multi-word types their labels (they were keyed genetic_changes, interactions_with_…)', () => {
    assert.equal(questionTypeLabel('interactions with medications'), 'Interactions with medicines');
    assert.equal(questionTypeLabel('interactions with foods'), 'Interactions with food');
    assert.equal(questionTypeLabel('interactions with herbs and supplements'), 'Interactions with herbs and supplements');
    assert.equal(questionTypeLabel('dose'), 'Dosage');
    assert.equal(questionTypeLabel('how effective is it'), 'Effectiveness');
  });

  it('reads "genetic changes" after causes and before inheritance, not at the end', () => {
    const order = ['inheritance', 'genetic changes', 'treatment', 'causes', 'information']
      .sort((a, b) => questionTypeRank(a) - questionTypeRank(b));
    assert.deepEqual(order, ['information', 'causes', 'genetic changes', 'inheritance', 'treatment']);
    assert.ok(questionTypeRank('genetic changes') < READING_ORDER.length);
  });

  it('every MedQuAD type has a label of its own, and every reading-order entry is a MedQuAD type', () => {
    const known = new Set<string>(MEDQUAD_QUESTION_TYPES);
    assert.equal(known.size, 39);
    for (const type of MEDQUAD_QUESTION_TYPES) {
      assert.equal(normalizeQuestionType(type), type, `${type} is already canonical`);
      assert.notEqual(questionTypeLabel(type), 'Other', type);
    }
    for (const type of READING_ORDER) assert.ok(known.has(type), `reading order names "${type}"`);
    assert.equal(new Set(READING_ORDER).size, READING_ORDER.length);
  });

  it('normalizes other spellings to the canonical one, so labels and order still apply', () => {
    assert.equal(normalizeQuestionType('  Genetic_Changes '), 'genetic changes');
    assert.equal(normalizeQuestionType('exams  and\ttests'), 'exams and tests');
    assert.equal(normalizeQuestionType('   '), null);
    assert.equal(normalizeQuestionType(undefined), null);
    assert.equal(questionTypeLabel('interactions_with_medications'), 'Interactions with medicines');
    assert.equal(questionTypeRank('Genetic_changes'), questionTypeRank('genetic changes'));
  });

  it('an unknown type keeps its words, capitalised, and reads after the known order', () => {
    assert.equal(questionTypeLabel('living with it'), fallbackLabel('living with it'));
    assert.equal(questionTypeLabel(null), 'Other');
    assert.equal(questionTypeRank('living with it'), READING_ORDER.length);
    assert.equal(questionTypeRank(null), READING_ORDER.length);
  });
});
