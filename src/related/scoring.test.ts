import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RankedDoc, Tier, scoreCandidate, withEvidence } from './scoring.js';
import { EMPTY_VECTOR } from './sparse-vector.js';

function doc(id: number, topicId: number): RankedDoc {
  return { id, topicId, categoryId: 1, questionType: 'information', tagIds: [], tier: Tier.Answered, titleKey: `t${id}`, vector: EMPTY_VECTOR };
}

describe('scoreCandidate', () => {
  const source = doc(1, 10);

  it('ranks a match on one shared name word below a weaker match on many shared words', () => {
    // "Hairy cell leukemia" → "Hairy tongue" (only "hairy") against → "Chronic lymphocytic leukemia".
    const oneWord = scoreCandidate(source, doc(2, 20), { content: 0.42, contentTerms: 1, topic: 0.47, topicTerms: 1 });
    const manyWords = scoreCandidate(source, doc(3, 30), { content: 0.3, contentTerms: 6, topic: 0.2, topicTerms: 9 });
    assert.ok(manyWords.score > oneWord.score, `${manyWords.score} should beat ${oneWord.score}`);
    assert.equal(oneWord.content, 0.42, 'the raw cosine is kept for the near-duplicate test');
  });

  it('never damps the article\'s own topic', () => {
    const sameTopic = scoreCandidate(source, doc(4, 10), { content: 0.5, contentTerms: 6, topic: 1, topicTerms: 0 });
    assert.equal(sameTopic.topic, 1);
  });

  it('scales a similarity by the share of the evidence it needs, and not beyond', () => {
    assert.ok(Math.abs(withEvidence(0.6, 1, 3) - 0.2) < 1e-12);
    assert.equal(withEvidence(0.6, 3, 3), 0.6);
    assert.equal(withEvidence(0.6, 40, 3), 0.6);
  });
});
