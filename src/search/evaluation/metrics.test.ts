import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateRanking, meanMetrics } from './metrics.js';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe('ranking metrics', () => {
  it('scores a perfect ranking 1 everywhere', () => {
    const m = evaluateRanking(['a', 'b', 'c'], { a: 3, b: 2, c: 1 });
    assert.deepEqual(m, { p1: 1, mrr: 1, map: 1, ndcg: 1 });
  });

  it('scores a ranking with nothing relevant 0', () => {
    assert.deepEqual(evaluateRanking(['x', 'y'], { a: 3 }), { p1: 0, mrr: 0, map: 0, ndcg: 0 });
  });

  it('computes MRR and MAP from the positions of relevant results', () => {
    // Relevant (grade ≥ 2): a at rank 2, b at rank 4; grade 1 does not count as relevant.
    const m = evaluateRanking(['x', 'a', 'c', 'b'], { a: 3, b: 2, c: 1 });
    assert.equal(m.p1, 0);
    close(m.mrr, 1 / 2);
    close(m.map, (1 / 2 + 2 / 4) / 2);
  });

  it('computes nDCG with graded gains', () => {
    const m = evaluateRanking(['b', 'a'], { a: 3, b: 1 });
    const dcg = (2 ** 1 - 1) / Math.log2(2) + (2 ** 3 - 1) / Math.log2(3);
    const ideal = (2 ** 3 - 1) / Math.log2(2) + (2 ** 1 - 1) / Math.log2(3);
    close(m.ndcg, dcg / ideal);
  });

  it('only looks at the first ten results', () => {
    const ranked = [...Array.from({ length: 10 }, (_, i) => `n${i}`), 'a'];
    assert.equal(evaluateRanking(ranked, { a: 3 }).mrr, 0);
  });

  it('averages over queries', () => {
    const mean = meanMetrics([{ p1: 1, mrr: 1, map: 1, ndcg: 1 }, { p1: 0, mrr: 0.5, map: 0, ndcg: 0.5 }]);
    assert.deepEqual(mean, { p1: 0.5, mrr: 0.75, map: 0.5, ndcg: 0.75 });
  });
});
