import type { SparseVector } from './sparse-vector.js';

/** Long posting lists are read only this far (heaviest first): a common term adds little to any cosine. */
export const MAX_POSTINGS_READ = 1500;

interface Postings {
  docs: number[];
  weights: number[];
  sorted: boolean;
}

/**
 * Term → the documents whose vectors hold it, heaviest weight first. Candidate generation reads
 * only the postings of a document's own terms, so an article is compared with the articles that
 * share at least one of its strong terms, never with the whole corpus.
 */
export class InvertedIndex {
  private readonly postings = new Map<number, Postings>();

  add(doc: number, vector: SparseVector): void {
    for (let i = 0; i < vector.terms.length; i++) {
      const term = vector.terms[i]!;
      let list = this.postings.get(term);
      if (!list) {
        list = { docs: [], weights: [], sorted: true };
        this.postings.set(term, list);
      }
      list.docs.push(doc);
      list.weights.push(vector.weights[i]!);
      list.sorted = false;
    }
  }

  remove(doc: number, vector: SparseVector): void {
    for (const term of vector.terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const at = list.docs.indexOf(doc);
      if (at === -1) continue;
      list.docs.splice(at, 1);
      list.weights.splice(at, 1);
    }
  }

  /**
   * Adds the dot product of `vector` with every document sharing a term into `scores`, and
   * lists each document touched once in `touched`.
   */
  accumulate(vector: SparseVector, scores: Float64Array, touched: number[]): void {
    for (let i = 0; i < vector.terms.length; i++) {
      const list = this.postings.get(vector.terms[i]!);
      if (!list) continue;
      if (!list.sorted) sortPostings(list);
      const weight = vector.weights[i]!;
      const end = Math.min(list.docs.length, MAX_POSTINGS_READ);
      const docs = list.docs;
      const weights = list.weights;
      for (let j = 0; j < end; j++) {
        const doc = docs[j]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = scores[doc]! + weight * weights[j]!;
      }
    }
  }
}

function sortPostings(list: Postings): void {
  const order = list.docs.map((_, i) => i).sort((a, b) => list.weights[b]! - list.weights[a]! || list.docs[a]! - list.docs[b]!);
  list.docs = order.map((i) => list.docs[i]!);
  list.weights = order.map((i) => list.weights[i]!);
  list.sorted = true;
}
