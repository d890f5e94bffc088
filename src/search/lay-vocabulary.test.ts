import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LAY_VOCABULARY } from './lay-vocabulary-data.js';
import { VOCABULARY_SIZE, expandVocabulary } from './lay-vocabulary.js';
import { tokenize } from './tokenize.js';

function words(text: string): string {
  return tokenize(text).map((t) => t.text).join(' ');
}

function expand(text: string): [string, string[]][] {
  return expandVocabulary(tokenize(text)).map((e) => [e.matched, e.adds]);
}

/** What each reader's wording adds to the query (the first expansion found). */
const CASES: readonly (readonly [string, string, readonly string[]])[] = [
  ['is a water pill safe for my kidneys', 'water pill', ['diuretic']],
  ['signs of a heart attack in women', 'heart attack', ['myocardial infarction']],
  ['bleeding after a miscarriage', 'miscarriage', ['spontaneous abortion', 'pregnancy loss']],
  ['my son keeps bed wetting at night', 'bed wetting', ['enuresis', 'nocturnal enuresis']],
  ['passing kidney stones', 'kidney stones', ['nephrolithiasis', 'kidney stones']],
  ['bad tummy ache after eating', 'tummy ache', ['abdominal pain']],
  ['my baby keeps throwing up', 'throwing up', ['vomiting']],
  ['pink eye in toddlers', 'pink eye', ['conjunctivitis']],
  ['can you get shingles twice', 'shingles', ['herpes zoster']],
  ['TB test positive', 'tb', ['tuberculosis']],
  ['heavy periods and clots', 'heavy periods', ['menorrhagia', 'heavy menstrual bleeding']],
  ['piles during pregnancy', 'piles', ['hemorrhoids']],
  ['can tylenol hurt my liver', 'tylenol', ['acetaminophen']],
  ['paracetamol dose for kids', 'paracetamol', ['acetaminophen']],
  ['anaemia in pregnancy', 'anaemia', ['anemia']],
  ['diarrhoea after antibiotics', 'diarrhoea', ['diarrhea']],
  ["athlete's foot cream", 'athlete foot', ['tinea pedis']],
  ['c-section recovery', 'c section', ['cesarean section', 'cesarean delivery']],
  ["can't breathe when lying down", 'cant breathe', ['shortness of breath', 'dyspnea']],
  ['ringing in the ears after a concert', 'ringing in the ears', ['tinnitus']],
  ['UTIs in older women', 'utis', ['urinary tract infection']],
  ['crohns flare diet', 'crohns', ["Crohn's disease"]],
];

describe('expandVocabulary', () => {
  for (const [text, matched, adds] of CASES) {
    it(`${text} → ${adds.join(', ')}`, () => {
      assert.deepEqual(expand(text)[0], [matched, adds]);
    });
  }

  it('prefers the longest phrase', () => {
    assert.deepEqual(expand('what is high blood pressure'), [['high blood pressure', ['hypertension']]]);
    assert.deepEqual(expand('low blood sugar at night'), [['low blood sugar', ['hypoglycemia']]]);
    assert.deepEqual(expand('my blood sugar is high'), [['blood sugar', ['glucose', 'blood glucose']]]);
  });

  it('finds several phrases in one message', () => {
    const found = expand('I get heartburn and a runny nose when I take advil');
    assert.deepEqual(found.map(([matched]) => matched), ['heartburn', 'runny nose', 'advil']);
  });

  it('reports token positions', () => {
    const [expansion] = expandVocabulary(tokenize('Is high blood pressure hereditary?'));
    assert.deepEqual(expansion && [expansion.start, expansion.end], [1, 4]);
  });

  it('never matches inside other words', () => {
    assert.deepEqual(expand('influenza vaccine'), [['influenza', ['flu']]]);
    assert.deepEqual(expand('peel the bark, bpa bottles, steroidal'), []);
    assert.deepEqual(expand('peeling skin on the abdomen'), []);
  });

  it('keeps known phrases from expanding their words', () => {
    assert.deepEqual(expand('new hearing aids'), []);
    assert.deepEqual(expand('the incubation period of measles'), []);
    assert.deepEqual(expand('diabetes insipidus'), []);
    assert.deepEqual(expand('diabetes in dogs'), [['diabetes', ['diabetes mellitus']]]);
  });

  it('works both ways', () => {
    assert.deepEqual(expand('hypertension'), [['hypertension', ['high blood pressure']]]);
    assert.deepEqual(expand('myocardial infarction'), [['myocardial infarction', ['heart attack']]]);
    assert.deepEqual(expand('hemorrhoids'), [['hemorrhoids', ['piles', 'haemorrhoids']]]);
    assert.deepEqual(expand('tumor'), [['tumor', ['tumour']]]);
    assert.deepEqual(expand('tumour'), [['tumour', ['tumor']]]);
    assert.deepEqual(expand('acetaminophen overdose'), [['acetaminophen', ['paracetamol', 'Tylenol']]]);
  });

  it('returns nothing for an empty query', () => {
    assert.deepEqual(expandVocabulary([]), []);
  });
});

describe('the vocabulary table', () => {
  it('has at least 250 phrases', () => assert.ok(VOCABULARY_SIZE >= 250, String(VOCABULARY_SIZE)));

  it('is written in lowercase words, each adding something else', () => {
    for (const [phrase, adds] of LAY_VOCABULARY) {
      assert.equal(phrase, phrase.toLowerCase(), phrase);
      assert.ok(tokenize(phrase).length > 0, phrase);
      for (const add of adds) assert.notEqual(words(add), words(phrase), phrase);
    }
  });

  it('lists no phrase twice within the lay sections', () => {
    // Clinical words may reappear as a British/American spelling; lay phrases should not repeat.
    const seen = new Map<string, number>();
    for (const [phrase] of LAY_VOCABULARY) {
      const key = words(phrase);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const repeated = [...seen].filter(([, count]) => count > 1).map(([key]) => key);
    const allowed = new Set(['hemorrhoids', 'edema', 'hypoglycemia', 'hyperglycemia', 'dyspnea', 'feces']);
    assert.deepEqual(repeated.filter((key) => !allowed.has(key)), []);
  });
});
