import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugCandidates, slugify } from './slug.js';
describe('slugify', () => {
    it('lowercases and joins words with hyphens', () => {
        assert.equal(slugify('Causes of back pain after a miscarriage'), 'causes-of-back-pain-after-a-miscarriage');
    });
    it('drops punctuation, apostrophes and accents', () => {
        assert.equal(slugify("What is (are) Women's health ?"), 'what-is-are-womens-health');
        assert.equal(slugify('Café-au-lait spots'), 'cafe-au-lait-spots');
        assert.equal(slugify('Heart & lungs'), 'heart-and-lungs');
    });
    it('keeps letters of scripts without a Latin form', () => {
        assert.equal(slugify('流产 后'), '流产-后');
    });
    it('shortens long titles at a word boundary', () => {
        const slug = slugify('word '.repeat(40), 30);
        assert.ok(slug.length <= 30);
        assert.ok(!slug.endsWith('-'));
        assert.match(slug, /^(word-)*word$/);
    });
    it('returns an empty slug for text with no letters or digits', () => {
        assert.equal(slugify('?!…'), '');
    });
});
describe('slugCandidates', () => {
    it('yields the base, then numbered variants', () => {
        const gen = slugCandidates('flu');
        assert.deepEqual([gen.next().value, gen.next().value, gen.next().value], ['flu', 'flu-2', 'flu-3']);
        assert.equal(slugCandidates('').next().value, 'article');
    });
});
//# sourceMappingURL=slug.test.js.map