import { type SparseVector, topKVector } from './sparse-vector.js';

/** Terms kept per article: enough for its subject, few enough that the index stays sparse. */
export const TERMS_PER_ARTICLE = 40;
/** Below this many articles a group is too small to tell boilerplate from subject. */
const MIN_GROUP_SIZE = 30;

interface Group {
  docs: number;
  df: Map<number, number>;
}

/**
 * Document frequencies over the whole corpus and within each boilerplate group (articles of
 * one category and question type). MedQuAD writes many answers from a template ("This
 * condition is inherited in an autosomal recessive pattern, which means…"); a term that most
 * articles of the group share says what kind of question was asked, not what it is about, so
 * its weight is damped by (1 − share)². Without this, every inheritance page recommends
 * thirteen other inheritance pages about unrelated conditions.
 */
export class TermStatistics {
  private readonly df = new Map<number, number>();
  private readonly groups = new Map<string, Group>();
  private docs = 0;

  /** Counts (sign 1) or uncounts (sign −1) one article's distinct terms. */
  count(terms: Iterable<number>, groupKey: string, sign: 1 | -1): void {
    let group = this.groups.get(groupKey);
    if (!group) {
      group = { docs: 0, df: new Map() };
      this.groups.set(groupKey, group);
    }
    group.docs += sign;
    this.docs += sign;
    for (const term of terms) {
      this.df.set(term, (this.df.get(term) ?? 0) + sign);
      group.df.set(term, (group.df.get(term) ?? 0) + sign);
    }
  }

  get documentCount(): number {
    return this.docs;
  }

  idf(term: number): number {
    return Math.log(1 + this.docs / Math.max(1, this.df.get(term) ?? 0));
  }

  boilerplateDamping(term: number, groupKey: string): number {
    const group = this.groups.get(groupKey);
    if (!group || group.docs < MIN_GROUP_SIZE) return 1;
    const share = (group.df.get(term) ?? 0) / group.docs;
    return (1 - share) ** 2;
  }

  /** Sublinear tf × idf × boilerplate damping, the heaviest TERMS_PER_ARTICLE kept. */
  vector(frequencies: Map<number, number>, groupKey: string, k = TERMS_PER_ARTICLE): SparseVector {
    const weights = new Map<number, number>();
    for (const [term, tf] of frequencies) {
      weights.set(term, (1 + Math.log(tf)) * this.idf(term) * this.boilerplateDamping(term, groupKey));
    }
    return topKVector(weights, k);
  }
}

export function groupKey(categoryId: number | null, questionType: string | null): string {
  return `${categoryId ?? ''}|${questionType ?? ''}`;
}
