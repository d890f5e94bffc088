import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedQuery } from './query-analysis.js';
import { rankCandidates } from './ranking.js';
import type { Candidate } from './search-index.js';

function candidate(id: number, overrides: Partial<Candidate> = {}): Candidate {
  return {
    articleId: id, slug: `a${id}`, title: `Article ${id}`, topicId: null, topicName: null, topicSlug: null, questionType: 'information',
    categorySlug: null, categoryName: null, sourceSite: 'Test', provenanceId: `test:${id}`, hasAnswer: true, leadText: '', bm25: 1,
    ...overrides,
  };
}

function query(overrides: Partial<AnalyzedQuery> = {}): AnalyzedQuery {
  return { text: '', truncated: false, corrections: [], questionTypes: [], topics: [], expansions: [], terms: [], phrases: [], ...overrides };
}

describe('rankCandidates', () => {
  it('puts the recognised topic and the asked question type first, and explains why', () => {
    const q = query({
      topics: [{ topicId: 7, slug: 'gout', name: 'Gout', matched: 'gout', via: 'name', length: 1, specific: true }],
      questionTypes: [{ type: 'causes', cue: 'what causes', start: 0, end: 11 }],
    });
    const ranked = rankCandidates(
      [
        candidate(1, { bm25: 10, title: 'Something with many matching words' }),
        candidate(2, { bm25: 4, topicId: 7, topicName: 'Gout', questionType: 'treatment' }),
        candidate(3, { bm25: 3, topicId: 7, topicName: 'Gout', questionType: 'causes' }),
      ],
      q,
    );
    assert.deepEqual(ranked.map((r) => r.candidate.articleId), [3, 2, 1]);
    const names = ranked[0]!.signals.map((s) => s.name);
    assert.deepEqual(names, ['text', 'topic', 'questionType']);
    const total = ranked[0]!.signals.reduce((sum, s) => sum + s.contribution, 0);
    assert.ok(Math.abs(total - ranked[0]!.score) < 1e-12, 'the score is the sum of the explained signals');
  });

  it('ranks a link-out page below an answered one of equal text relevance', () => {
    const ranked = rankCandidates([candidate(1, { hasAnswer: false }), candidate(2)], query());
    assert.equal(ranked[0]!.candidate.articleId, 2);
    assert.ok(ranked[1]!.signals.some((s) => s.name === 'linkOut' && s.contribution < 0));
  });

  it('prefers an overview when no kind of answer is asked for', () => {
    const ranked = rankCandidates([candidate(1, { questionType: 'treatment' }), candidate(2, { questionType: 'information' })], query());
    assert.equal(ranked[0]!.candidate.articleId, 2);
  });

  it('rewards titles that share the question\'s telling words', () => {
    const q = query({ terms: [{ text: 'shingles', stem: 'shingl', weight: 5, frequent: false, from: 'query' }, { text: 'pain', stem: 'pain', weight: 1, frequent: true, from: 'query' }] });
    const ranked = rankCandidates([candidate(1, { title: 'Pain after surgery' }), candidate(2, { title: 'What are shingles?' })], q);
    assert.equal(ranked[0]!.candidate.articleId, 2);
  });
});
