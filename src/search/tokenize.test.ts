import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('gives plain ASCII text the same tokens as the Unicode path', () => {
    const text = "Crohn's disease: DON'T skip 2nd-line Tx (e.g. anti-TNF) — parents' questions, 10mg";
    // The em dash makes the text non-ASCII; the same text with a plain hyphen takes the ASCII path.
    const unicode = tokenize(text);
    const ascii = tokenize(text.replace('—', '-'));
    assert.deepEqual(ascii, unicode);
    assert.deepEqual(ascii.map((t) => t.text).slice(0, 4), ['crohn', 'disease', 'dont', 'skip']);
  });

  it('folds accents outside ASCII', () => {
    assert.deepEqual(tokenize('Sjögren’s Café').map((t) => t.text), ['sjogren', 'cafe']);
  });
});
