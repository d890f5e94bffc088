import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from './tokenize.js';
import { applyCorrections, TopicLexicon } from './topic-lexicon.js';

const lexicon = new TopicLexicon([
  { id: 1, slug: 'polycystic-kidney-disease', name: 'polycystic kidney disease', synonyms: ['PKD', 'polycystic renal disease'], articleCount: 12 },
  { id: 2, slug: 'kidney-stones', name: 'Kidney stones', synonyms: ['Renal calculi'], articleCount: 5 },
  { id: 3, slug: 'alzheimers-disease', name: "Alzheimer's disease", synonyms: ['Alzheimer disease'], articleCount: 20 },
  { id: 4, slug: 'all', name: 'Acute lymphoblastic leukemia', synonyms: ['ALL'], articleCount: 9 },
  { id: 5, slug: 'diabetes', name: 'Diabetes', synonyms: ['Diabetes mellitus'], articleCount: 30 },
]);

describe('TopicLexicon', () => {
  it('finds a topic by name, preferring the longest name', () => {
    const matches = lexicon.recognize(tokenize('Is polycystic kidney disease inherited?'));
    assert.equal(matches[0]?.slug, 'polycystic-kidney-disease');
    assert.equal(matches[0]?.length, 3);
    assert.ok(!matches.some((m) => m.slug === 'kidney-stones'));
  });

  it('finds a topic by another name and by plural', () => {
    assert.equal(lexicon.recognize(tokenize('my dad has PKD'), 'my dad has PKD')[0]?.slug, 'polycystic-kidney-disease');
    assert.equal(lexicon.recognize(tokenize('I keep getting a kidney stone'))[0]?.slug, 'kidney-stones');
  });

  it('takes an all-capitals abbreviation only when the question writes it so', () => {
    const hard = new TopicLexicon([{ id: 8, slug: 'hps', name: 'Hantavirus pulmonary syndrome', synonyms: ['HARD'], articleCount: 3 }]);
    assert.deepEqual(hard.recognize(tokenize('a hard knock to the head'), 'a hard knock to the head'), []);
    assert.equal(hard.recognize(tokenize('is HARD contagious'), 'is HARD contagious')[0]?.slug, 'hps');
  });

  it('keeps "tests" and "testes" apart while folding plurals', () => {
    const testes = new TopicLexicon([{ id: 6, slug: 'testes', name: 'Testes', synonyms: [], articleCount: 2 }]);
    assert.deepEqual(testes.recognize(tokenize('what tests are there')), []);
    assert.equal(testes.recognize(tokenize('pain in the testes'))[0]?.slug, 'testes');
  });

  it('ignores names that are everyday words, or stem to one', () => {
    assert.deepEqual(lexicon.recognize(tokenize('is all of this normal')), []);
    const withAbbreviations = new TopicLexicon([{ id: 9, slug: 'the-syndrome', name: 'THE syndrome', synonyms: ['THES', 'TOS'], articleCount: 1 }]);
    assert.deepEqual(withAbbreviations.recognize(tokenize('what is the best way to treat it')), []);
  });

  it('corrects misspelt names to the closest lexicon word', () => {
    assert.equal(lexicon.correct('alzhimers'), 'alzheimer', "the lexicon holds names without the possessive 's");
    assert.equal(lexicon.correct('diabetis'), 'diabetes');
    assert.equal(lexicon.correct('kiddney'), 'kidney');
    assert.equal(lexicon.correct('kidn'), null, 'four letters or fewer are left alone');
    assert.equal(lexicon.correct('zzzzzz'), null);
    assert.equal(lexicon.correct('abc'), null, 'too short to correct safely');
  });

  it('recognises a topic once its misspelling is corrected', () => {
    const tokens = applyCorrections(tokenize('what causes alzhimers disease'), [{ from: 'alzhimers', to: 'alzheimer' }]);
    assert.equal(lexicon.recognize(tokens)[0]?.slug, 'alzheimers-disease');
  });
});
