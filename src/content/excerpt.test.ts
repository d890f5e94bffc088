import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerpt } from './excerpt.js';

describe('excerpt', () => {
  it('returns short text whole, without an ellipsis', () => {
    assert.equal(excerpt('Rest helps.', 50), 'Rest helps.');
    assert.equal(excerpt('', 50), '');
  });

  it('cuts English at a word boundary and ends with an ellipsis', () => {
    const text = 'After a miscarriage, many women feel tired and sore for a few days.';
    const result = excerpt(text, 50);
    assert.ok(Array.from(result).length <= 50, result);
    assert.ok(result.endsWith('…'));
    const kept = result.slice(0, -1);
    assert.ok(text.startsWith(kept));
    assert.match(text.charAt(kept.length), /[\s,]/, 'the cut falls between words');
  });

  it('never exceeds the limit, counting the ellipsis', () => {
    for (const n of [10, 20, 37, 50, 80]) {
      const result = excerpt('Word '.repeat(60), n);
      assert.ok(Array.from(result).length <= n, `${n}: ${result}`);
    }
  });

  it('cuts Chinese and Japanese text by character', () => {
    const chinese = '流产后腰痛的原因有很多，包括腰肌劳损、受凉以及产后疲劳等，需要注意休息。';
    const result = excerpt(chinese, 10);
    assert.equal(Array.from(result).length, 10);
    assert.equal(result, `${Array.from(chinese).slice(0, 9).join('')}…`);
    const japanese = 'つわりは妊娠初期によく見られる症状で、多くの場合は自然に治まります。';
    assert.equal(Array.from(excerpt(japanese, 12)).length, 12);
  });

  it('cuts a single over-long word by character rather than returning nothing', () => {
    assert.equal(excerpt('Pneumonoultramicroscopicsilicovolcanoconiosis', 10), 'Pneumonou…');
  });

  it('collapses whitespace and keeps decoded characters as they are', () => {
    assert.equal(excerpt('Fish &amp; chips\n\n  are   fine', 50), 'Fish &amp; chips are fine');
    assert.equal(excerpt('Café au lait spots', 50), 'Café au lait spots');
  });

  it('does not leave dangling punctuation before the ellipsis', () => {
    const result = excerpt('Causes include: strain, cold, fatigue, and age-related changes', 24);
    assert.ok(!/[,:;]…$/.test(result), result);
  });

  it('counts emoji and other astral characters as one character each', () => {
    const result = excerpt('😀'.repeat(20), 5);
    assert.equal(Array.from(result).length, 5);
  });

  it('cuts a long text exactly as it cuts the same text shortened to just past the cut', () => {
    // Long texts are cut from their head only; the result must not depend on the rest.
    const words = 'Back pain after a miscarriage is common and usually eases within a few weeks as the body recovers'.split(' ');
    for (const n of [10, 20, 50, 80]) {
      for (let shift = 0; shift < 12; shift++) {
        const long = `${'x'.repeat(shift)} ${words.join('   ')} `.repeat(40);
        const short = long.slice(0, n * 2 + 40);
        assert.ok(long.length > n * 8 + 64, 'the long text takes the head path');
        assert.equal(excerpt(long, n), excerpt(short, n), `${n}/${shift}`);
      }
    }
    const oneWord = 'a'.repeat(2000);
    assert.equal(excerpt(oneWord, 20), `${'a'.repeat(19)}…`);
  });
});
