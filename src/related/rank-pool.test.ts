import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankInParallel } from './rank-pool.js';
import type { RelatedOverride, RelatedSource } from './related-document.js';
import { RelatedModel } from './related-model.js';
import { extractArticleTerms } from './term-extraction.js';

const WORDS = ['asthma', 'wheezing', 'inhaler', 'knee', 'cartilage', 'sprain', 'migraine', 'aura', 'nausea', 'kidney', 'stone', 'urine'];

function corpus(): RelatedSource[] {
  return Array.from({ length: 60 }, (_, i) => {
    const words = [WORDS[i % 12]!, WORDS[(i * 5 + 1) % 12]!, WORDS[(i * 7 + 3) % 12]!];
    return {
      id: i + 1,
      terms: extractArticleTerms(`About ${words.join(' ')}`, `Notes on ${words.join(', ')} and ${words[0]} care, number ${i}.`),
      topicId: (i % 9) + 1,
      categoryId: (i % 2) + 1,
      questionType: i % 3 === 0 ? 'information' : 'causes',
      tagIds: [],
      published: i % 11 !== 0,
      hasAnswer: true,
    };
  });
}

describe('rankInParallel', () => {
  it('gives the lists one thread gives, whatever the number of threads', async () => {
    const sources = corpus();
    const topics = Array.from({ length: 9 }, (_, i) => ({ id: i + 1, name: `${WORDS[i]} problems`, synonyms: [] }));
    const model = RelatedModel.build(sources, topics, { limit: 13, useTopics: true });
    const overrides = new Map<number, RelatedOverride[]>([[2, [{ articleId: 2, targetId: 40, kind: 'pin', position: 1 }]]]);
    const alone = new Map(sources.map((s) => [s.id, model.rank(s.id, overrides.get(s.id))]));
    let last = 0;
    const { lists: parallel } = await rankInParallel(() => model, sources, topics, overrides, { threads: 3, limit: 13, progress: (done) => (last = done) });
    assert.deepEqual(parallel, alone);
    assert.equal(parallel.get(2)?.[0]?.articleId, 40, 'a pin ranked on another thread is kept');
    assert.equal(last, sources.length, 'progress reaches the total');
  });
});
