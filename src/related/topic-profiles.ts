import { InvertedIndex } from './inverted-index.js';
import { EMPTY_VECTOR, type SparseVector, addInto, countSharedTerms, dot, topKVector } from './sparse-vector.js';
import type { TermStatistics } from './term-statistics.js';
import { topK } from './top-k.js';

/** Terms kept in a topic's profile (wider than an article's: it sums several articles). */
const TERMS_PER_TOPIC = 60;
/** Related topics remembered per topic, for candidate generation. */
export const NEIGHBOUR_TOPICS = 16;
const MIN_TOPIC_SIMILARITY = 0.05;

export interface TopicSimilarity {
  similarity: number;
  sharedTerms: number;
}

/**
 * A topic's profile is the centroid of its articles' term vectors plus its names and other
 * names, so two topics are related when their articles talk about the same things
 * ("Acute myeloid leukemia" and "Chronic myeloid leukemia"), whatever their names.
 */
export class TopicProfiles {
  private readonly names = new Map<number, Set<number>>();
  private readonly profiles = new Map<number, SparseVector>();
  private readonly neighbourLists = new Map<number, number[]>();
  private readonly index = new InvertedIndex();
  private scores: Float64Array = new Float64Array(0);

  constructor(private readonly stats: TermStatistics) {}

  setNames(topicId: number, terms: Set<number>): void {
    this.names.set(topicId, terms);
  }

  /** Recomputes a topic's profile from its articles' vectors. */
  update(topicId: number, articleVectors: SparseVector[]): void {
    const old = this.profiles.get(topicId);
    if (old) this.index.remove(topicId, old);
    const sum = new Map<number, number>();
    for (const vector of articleVectors) addInto(sum, vector, 1 / articleVectors.length);
    const names = this.names.get(topicId);
    if (names && names.size) {
      const nameWeights = new Map([...names].map((term) => [term, this.stats.idf(term)]));
      addInto(sum, topKVector(nameWeights, TERMS_PER_TOPIC));
    }
    const profile = topKVector(sum, TERMS_PER_TOPIC);
    this.profiles.set(topicId, profile);
    this.neighbourLists.delete(topicId);
    this.index.add(topicId, profile);
    if (topicId >= this.scores.length) this.scores = new Float64Array(Math.max(topicId + 1, this.scores.length * 2));
  }

  /**
   * A topic's most similar topics, found when first asked after its profile last changed: a
   * process that refreshes one article's lists asks for a few dozen topics, not all of them.
   */
  neighbours(topicId: number): readonly number[] {
    let ranked = this.neighbourLists.get(topicId);
    if (ranked === undefined) {
      const touched: number[] = [];
      this.index.accumulate(this.profiles.get(topicId) ?? EMPTY_VECTOR, this.scores, touched);
      this.scores[topicId] = 0;
      ranked = topK(touched, this.scores, NEIGHBOUR_TOPICS, MIN_TOPIC_SIMILARITY).filter((other) => other !== topicId);
      for (const other of touched) this.scores[other] = 0;
      this.neighbourLists.set(topicId, ranked);
    }
    return ranked;
  }

  /** Cosine of two topics' profiles (1 for the same topic) and the number of terms they share. */
  similarity(a: number, b: number): TopicSimilarity {
    if (a === b) return { similarity: 1, sharedTerms: TERMS_PER_TOPIC };
    const x = this.profiles.get(a) ?? EMPTY_VECTOR;
    const y = this.profiles.get(b) ?? EMPTY_VECTOR;
    return { similarity: dot(x, y), sharedTerms: countSharedTerms(x, y) };
  }
}
