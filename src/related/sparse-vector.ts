/**
 * A sparse term vector: term ids in ascending order with their weights. Vectors are kept
 * L2-normalised, so the dot product of two of them is their cosine similarity.
 */
export interface SparseVector {
  terms: Int32Array;
  weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { terms: new Int32Array(0), weights: new Float32Array(0) };

/** The `k` heaviest entries of a weight map, L2-normalised and sorted by term id. */
export function topKVector(weights: Map<number, number>, k: number): SparseVector {
  const entries = [...weights].filter(([, w]) => w > 0);
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = entries.slice(0, k).sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0));
  const terms = new Int32Array(kept.length);
  const out = new Float32Array(kept.length);
  kept.forEach(([term, w], i) => {
    terms[i] = term;
    out[i] = w / norm;
  });
  return { terms, weights: out };
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** How many terms two vectors share. */
export function countSharedTerms(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The shared terms that contribute most to the dot product, heaviest first. */
export function sharedTerms(a: SparseVector, b: SparseVector, limit: number): number[] {
  const shared: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) shared.push([x, a.weights[i++]! * b.weights[j++]!]);
    else if (x < y) i++;
    else j++;
  }
  return shared.sort((p, q) => q[1] - p[1]).slice(0, limit).map(([term]) => term);
}

/** Adds `scale × v` into a weight map (for centroids). */
export function addInto(target: Map<number, number>, v: SparseVector, scale = 1): void {
  for (let i = 0; i < v.terms.length; i++) {
    const term = v.terms[i]!;
    target.set(term, (target.get(term) ?? 0) + scale * v.weights[i]!);
  }
}
