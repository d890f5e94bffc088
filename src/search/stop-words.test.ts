import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STOP_WORDS, isStopWord } from './stop-words.js';
import { tokenize } from './tokenize.js';

function kept(text: string): string {
  return tokenize(text).filter((t) => !isStopWord(t.text)).map((t) => t.text).join(' ');
}

describe('STOP_WORDS', () => {
  it('drops question scaffolding and message chatter', () => {
    assert.equal(kept('Hi doctor, what should I do about my back pain? Thanks'), 'back pain');
    assert.equal(kept("I'm wondering if anyone knows why my 5 year old son gets nosebleeds"), 'knows 5 son nosebleeds');
    assert.equal(kept('Can you please tell me some information about shingles'), 'shingles');
    assert.equal(kept("Dear Dr, I've had a cough for 2 weeks, it's really bad"), 'cough 2 bad');
  });

  it('keeps words with medical meaning', () => {
    for (const word of ['pain', 'baby', 'child', 'children', 'pregnant', 'woman', 'men', 'mother', 'bad', 'normal',
      'feel', 'see', 'type', 'morning', 'night', 'left', 'right', 'cause', 'symptoms', 'treatment', 'risk', 'test']) {
      assert.ok(!STOP_WORDS.has(word), word);
    }
    assert.equal(kept('morning sickness'), 'morning sickness');
    assert.equal(kept('type 2 diabetes in children'), 'type 2 diabetes children');
  });

  it('leaves out contractions that spell another word', () => {
    for (const word of ['ill', 'well', 'shed', 'shell']) assert.ok(!STOP_WORDS.has(word), word);
  });

  it('holds only tokenized forms: lowercase, no apostrophes', () => {
    for (const word of STOP_WORDS) assert.match(word, /^[a-z]+$/, word);
  });

  it('normalizes the word it is asked about', () => {
    assert.ok(isStopWord("Don't"));
    assert.ok(isStopWord('WHAT'));
    assert.ok(isStopWord("it's"));
    assert.ok(!isStopWord('Crohn’s'));
  });
});
