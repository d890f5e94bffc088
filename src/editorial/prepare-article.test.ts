import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleDigest } from '../content/digest.js';
import { decodeArticleTerms } from '../related/article-terms.js';
import { articleInput } from '../testing/factories.js';
import { prepareArticle } from './prepare-article.js';

describe('prepareArticle', () => {
  it('derives the sanitized HTML, the text, its lead, the terms and the digest from the input alone', () => {
    const input = articleInput({ title: 'Asthma inhalers', bodyMarkdown: `# Using an inhaler\n\nShake it <script>alert(1)</script> first. ${'Breathe out slowly. '.repeat(60)}` });
    const prepared = prepareArticle(input);
    assert.equal(prepared.input, input);
    assert.equal(prepared.digest, articleDigest(input));
    assert.match(prepared.bodyHtml, /^<h2>Using an inhaler<\/h2>/, 'the title is the only h1');
    assert.doesNotMatch(prepared.bodyHtml, /<script/);
    assert.ok(prepared.bodyText.startsWith('Using an inhaler Shake it <script>alert(1)</script> first.'), prepared.bodyText.slice(0, 80));
    assert.equal(prepared.leadText, prepared.bodyText.slice(0, 600));
    assert.ok(prepared.bodyText.length > 600);
    assert.ok(decodeArticleTerms(prepared.terms)?.stems.includes('asthma'), 'terms the recommender can decode');
    assert.deepEqual(prepareArticle(input), prepared, 'the same input, the same preparation');
    assert.equal(prepareArticle(input, 'given').digest, 'given', 'a digest already computed is taken as it is');
  });
});
