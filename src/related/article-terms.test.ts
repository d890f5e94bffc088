import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeArticleTerms, encodeArticleTerms } from './article-terms.js';
import { extractArticleTerms } from './term-extraction.js';

describe('article terms', () => {
  const terms = extractArticleTerms('What causes kidney stones?', 'Kidney **stones** form when urine holds too many minerals. Stones can block the kidneys.');

  it('are stems with title-boosted frequencies, the shortest word for each, and a title key', () => {
    const at = (stem: string) => terms.stems.indexOf(stem);
    assert.equal(terms.frequencies[at('kidnei')], 3 + 2, 'three for the title, once per body mention');
    assert.equal(terms.words[at('kidnei')], 'kidney', 'not "kidneys"');
    assert.equal(terms.words[at('urin')], 'urine');
    assert.equal(terms.words[at('form')], '', 'a word that is its own stem needs no copy');
    assert.equal(terms.titleKey, 'caus kidnei stone');
  });

  it('survive encoding unchanged', () => {
    assert.deepEqual(decodeArticleTerms(encodeArticleTerms(terms)), terms);
    const empty = extractArticleTerms('', '');
    assert.deepEqual(decodeArticleTerms(encodeArticleTerms(empty)), empty);
  });

  it('from another extraction version are not trusted', () => {
    assert.equal(decodeArticleTerms('[0,"caus kidnei stone","kidnei",5,"kidney"]'), null);
    assert.equal(decodeArticleTerms('v1 caus kidnei stone'), null, 'not JSON');
    assert.equal(decodeArticleTerms('[1,"caus kidnei stone","kidnei",5]'), null, 'not whole triples');
  });
});
