import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fleschKincaidGrade, HARDEST_LISTED, measuredSentences, measureReadability, meetsTarget, parseReadabilityReport, smogGrade, splitSentences,
  syllablesOf, wordsOf,
} from './readability.js';

const close = (actual: number | null, expected: number, message: string) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${message}: expected ${expected}, got ${actual}`);

describe('readability: the formulas', () => {
  // Flesch–Kincaid grade = 0.39·(W/S) + 11.8·(Y/W) − 15.59. Each expected value worked by hand.
  const fleschKincaid: { name: string; sentences: number; words: number; syllables: number; grade: number }[] = [
    // Wikipedia's worked example ("Flesch–Kincaid readability tests"): "The Australian platypus is
    // seemingly a hybrid of a mammal and reptilian creature", 13 words, 24 syllables, "an 11.3":
    // 0.39·13 + 11.8·24/13 − 15.59 = 5.07 + 21.784615… − 15.59 = 11.264615…
    { name: 'the published platypus sentence', sentences: 1, words: 13, syllables: 24, grade: 5.07 + (11.8 * 24) / 13 - 15.59 },
    // "The cat sat on the mat.": 0.39·6 + 11.8·1 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
    { name: 'six one-syllable words', sentences: 1, words: 6, syllables: 6, grade: -1.45 },
    // 100 words in 5 sentences, 150 syllables: 0.39·20 + 11.8·1.5 − 15.59 = 7.8 + 17.7 − 15.59 = 9.91
    { name: 'twenty words a sentence, one and a half syllables a word', sentences: 5, words: 100, syllables: 150, grade: 9.91 },
    // 2 sentences, 10 words, 19 syllables: 0.39·5 + 11.8·1.9 − 15.59 = 1.95 + 22.42 − 15.59 = 8.78
    { name: 'the two-sentence passage below', sentences: 2, words: 10, syllables: 19, grade: 8.78 },
  ];
  for (const row of fleschKincaid) {
    it(`Flesch–Kincaid: ${row.name}`, () => close(fleschKincaidGrade(row), row.grade, row.name));
  }
  it('Flesch–Kincaid: the platypus sentence rounds to the published 11.3', () => {
    assert.equal(Math.round(fleschKincaidGrade({ sentences: 1, words: 13, syllables: 24 })! * 10) / 10, 11.3);
  });

  // SMOG grade = 1.0430·√(P·30/S) + 3.1291. Each expected value worked by hand.
  const smog: { name: string; sentences: number; polysyllables: number; grade: number }[] = [
    // McLaughlin's sample is 30 sentences; 49 polysyllables: 1.043·√49 + 3.1291 = 7.301 + 3.1291 = 10.4301
    // (his quick method: 3 + √49 = 10, the nearest grade).
    { name: 'thirty sentences, 49 polysyllables', sentences: 30, polysyllables: 49, grade: 10.4301 },
    // no long word at all: the formula's floor, 3.1291
    { name: 'no polysyllables', sentences: 10, polysyllables: 0, grade: 3.1291 },
    // 10 sentences, 30 polysyllables: 1.043·√(30·3) + 3.1291 = 1.043·9.486833… + 3.1291 = 13.02633…
    { name: 'ten sentences, 30 polysyllables', sentences: 10, polysyllables: 30, grade: 1.043 * Math.sqrt(90) + 3.1291 },
    // 2 sentences, 3 polysyllables: 1.043·√45 + 3.1291 = 1.043·6.708204 + 3.1291 = 10.125757
    { name: 'the two-sentence passage below', sentences: 2, polysyllables: 3, grade: 1.043 * Math.sqrt(45) + 3.1291 },
  ];
  for (const row of smog) {
    it(`SMOG: ${row.name}`, () => close(smogGrade(row), row.grade, row.name));
  }

  it('has no grade for nothing to measure', () => {
    assert.equal(fleschKincaidGrade({ sentences: 0, words: 0, syllables: 0 }), null);
    assert.equal(smogGrade({ sentences: 0, polysyllables: 0 }), null);
  });
});

describe('readability: syllables (the syllable library) and words', () => {
  // Dictionary syllable counts (Merriam-Webster's hyphenation of the pronunciation) that the library matches.
  const known: [string, number][] = [
    ['the', 1], ['cough', 1], ['health', 1], ['hoped', 1], ['water', 2], ['doctor', 2], ['asthma', 2], ['symptoms', 2],
    ['headache', 2], ['breathing', 2], ['wanted', 2], ['people', 2], ['hospital', 3], ['pharmacist', 3], ['infection', 3],
    ['regular', 3], ['exercise', 3], ['general', 3], ['created', 3], ['beautiful', 3], ['medication', 4], ['emergency', 4],
    ['ibuprofen', 4], ['cholesterol', 4], ['vaccination', 4], ['inflammation', 4], ['abdominal', 4], ['antibiotics', 5],
    ['paracetamol', 5],
  ];
  for (const [word, count] of known) {
    it(`"${word}" has ${count}`, () => assert.equal(syllablesOf(word), count));
  }

  it('pins the library\'s known misses, so an upgrade that changes them is noticed', () => {
    // Dictionary: di·a·be·tes 4, gas·tro·en·ter·i·tis 6, contra·in·di·cat·ed 6, pneu·mo·nia 3.
    // The library's counts differ by one; none crosses SMOG's three-syllable line.
    assert.deepEqual(['diabetes', 'gastroenteritis', 'contraindicated', 'pneumonia'].map(syllablesOf), [3, 5, 5, 4]);
  });

  it('counts at least one syllable in any word, and capitals, hyphens and apostrophes as one word', () => {
    assert.equal(syllablesOf('GP'), 1);
    assert.equal(syllablesOf('HOSPITAL'), 3);
    assert.equal(syllablesOf('co-codamol'), 4);
    assert.deepEqual(wordsOf("Don't take 3.5 mg of co-codamol, it's over-the-counter."), ["Don't", 'take', 'mg', 'of', 'co-codamol', "it's", 'over-the-counter']);
    assert.deepEqual(wordsOf('Call 111 or 999.'), ['Call', 'or'], 'a bare number is not a word');
  });
});

describe('readability: sentences', () => {
  it('splits by the Unicode sentence rules, keeping titles and e.g. inside a sentence', () => {
    assert.deepEqual(splitSentences('It hurts! Does it? Yes. Rest now'), ['It hurts!', 'Does it?', 'Yes.', 'Rest now']);
    assert.deepEqual(splitSentences('See Dr. Patel on Monday. Take it e.g. with food, as Prof. Smith says.'), [
      'See Dr. Patel on Monday.',
      'Take it e.g. with food, as Prof. Smith says.',
    ]);
    assert.deepEqual(splitSentences('A dose of 2.5 mg is usual.'), ['A dose of 2.5 mg is usual.']);
  });

  it('measures paragraphs, list items and table cells; leaves out headings, code and image text', () => {
    const body = [
      '## When to get help', // a heading: not counted
      '',
      'See a GP if your cough lasts more than three weeks. ![A diagram of the lungs](lungs.png)',
      '',
      '- a high fever', // each bullet its own sentence, though unpunctuated
      '- chest pain',
      '',
      '```',
      'this code block is not prose at all',
      '```',
      '',
      '| Sign | Action |',
      '| --- | --- |',
      '| Rash `code` | Call |',
    ].join('\n');
    assert.deepEqual(measuredSentences(body).map((s) => s.text), [
      'See a GP if your cough lasts more than three weeks.', 'a high fever', 'chest pain', 'Sign', 'Action', 'Rash', 'Call',
    ]);
  });
});

describe('readability: the report', () => {
  it('measures a passage as worked by hand', () => {
    // "Drink plenty of water." drink 1, plen·ty 2, of 1, wa·ter 2: 4 words, 6 syllables.
    // "Regular exercise improves your general health." reg·u·lar 3, ex·er·cise 3, im·proves 2,
    //   your 1, gen·er·al 3, health 1: 6 words, 13 syllables, 3 polysyllables.
    // S 2, W 10, Y 19, P 3 → FK 8.78 → 8.8; SMOG 10.125757 → 10.1 (the tables above).
    // Without the second sentence: 0.39·4 + 11.8·6/4 − 15.59 = 3.67, so it raises the grade by
    // 8.78 − 3.67 = 5.11 (two decimals); its own grade is 0.39·6 + 11.8·13/6 − 15.59 = 12.316667 → 12.3.
    // Without the first: 12.316667 > 8.78, so the first lowers the grade and is not listed.
    const report = measureReadability('Drink plenty of water. Regular exercise improves your general health.');
    assert.deepEqual(report, {
      sentences: 2, words: 10, syllables: 19, polysyllables: 3, fleschKincaidGrade: 8.8, smogGrade: 10.1,
      hardest: [{ text: 'Regular exercise improves your general health.', grade: 12.3, raises: 5.11 }],
    });
  });

  it('lists the sentence that raises the grade most first, at most five', () => {
    const plain = Array.from({ length: 8 }, (_, i) => `Drink water ${i + 1} times.`).join(' ');
    const long = 'Persistent abdominal inflammation, particularly accompanied by unexplained fever, necessitates immediate medical evaluation.';
    const medium = 'Regular exercise improves your general health.';
    const report = measureReadability(`${plain} ${medium} ${long}`);
    assert.equal(report.hardest[0]?.text, long);
    assert.equal(report.hardest[1]?.text, medium);
    assert.ok(report.hardest.length <= HARDEST_LISTED);
    assert.ok(report.fleschKincaidGrade! > measureReadability(`${plain} ${medium}`).fleschKincaidGrade!, 'the long sentence raises the grade');
  });

  it('still lists the hardest sentences of a long article, where each moves the grade by hundredths', () => {
    const plain = Array.from({ length: 1000 }, () => 'Drink plenty of water.').join(' ');
    const long = 'Persistent abdominal inflammation necessitates immediate medical evaluation.';
    const report = measureReadability(`${plain} ${long}`);
    assert.equal(report.hardest[0]?.text, long);
    assert.ok(report.hardest[0]!.raises > 0 && report.hardest[0]!.raises < 0.1, `raises ${report.hardest[0]?.raises}`);
  });

  it('reports nothing to measure for an empty body, which meets any target', () => {
    const report = measureReadability('## Only a heading\n\n```\ncode\n```');
    assert.deepEqual(report, { sentences: 0, words: 0, syllables: 0, polysyllables: 0, fleschKincaidGrade: null, smogGrade: null, hardest: [] });
    assert.ok(meetsTarget(report, 8));
    assert.ok(meetsTarget({ fleschKincaidGrade: 8 }, 8));
    assert.ok(!meetsTarget({ fleschKincaidGrade: 8.1 }, 8));
  });

  it('clips a very long sentence in the list', () => {
    const long = `${'Inflammation '.repeat(60).trim()}.`;
    const report = measureReadability(`Drink water. ${long}`);
    assert.ok(report.hardest[0]!.text.endsWith('…'));
    assert.ok(report.hardest[0]!.text.length <= 301);
  });

  it('reads a stored report back, and anything else as not measured', () => {
    const report = measureReadability('Drink plenty of water. Regular exercise improves your general health.');
    assert.deepEqual(parseReadabilityReport(JSON.stringify(report)), report);
    assert.equal(parseReadabilityReport(null), null);
    assert.equal(parseReadabilityReport('not json'), null);
    assert.equal(parseReadabilityReport('{"fleschKincaidGrade":"high"}'), null);
  });
});
