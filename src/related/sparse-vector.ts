/**
 * A sparse term vector: term ids in ascending order with their weights. Vectors are kept
 * L2-normalised, so the dot product of two of them is their cosine similarity.
 */
export interface SparseVector {
  terms: Int32Array;
  weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { terms: new Int32Array(0), weights: new Float32Array(0) };

/**
 * The `k` heaviest entries of a weight map (ties: lower term first), L2-normalised and sorted by
 * term id. Typed arrays and native sorts instead of sorting [term, weight] pairs: a rebuild calls
 * this for every article and every topic.
 */
export function topKVector(weights: Map<number, number>, k: number): SparseVector {
  const candidates = new Int32Array(weights.size);
  const candidateWeights = new Float64Array(weights.size);
  let n = 0;
  for (const [term, w] of weights) {
    if (w > 0) {
      candidates[n] = term;
      candidateWeights[n++] = w;
    }
  }
  let terms: Int32Array;
  if (n <= k) terms = candidates.slice(0, n);
  else {
    // The k-th heaviest weight: everything heavier is kept, then equal weights by term id.
    const threshold = candidateWeights.slice(0, n).sort()[n - k]!;
    const kept = new Int32Array(k);
    const ties: number[] = [];
    let m = 0;
    for (let i = 0; i < n; i++) {
      if (candidateWeights[i]! > threshold) kept[m++] = candidates[i]!;
      else if (candidateWeights[i] === threshold) ties.push(candidates[i]!);
    }
    ties.sort((a, b) => a - b);
    for (let i = 0; m < k; i++) kept[m++] = ties[i]!;
    terms = kept;
  }
  terms.sort();
  let norm = 0;
  for (const term of terms) {
    const w = weights.get(term)!;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  const out = new Float32Array(terms.length);
  for (let i = 0; i < terms.length; i++) out[i] = weights.get(terms[i]!)! / norm;
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
