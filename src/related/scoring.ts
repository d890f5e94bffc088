import type { RelatedReason } from './related-document.js';
import type { SparseVector } from './sparse-vector.js';

/** Reader-facing rank of an article as a recommendation, best first. */
export const enum Tier {
  Answered = 0,
  LinkOut = 1,
  Draft = 2,
}

/** What scoring and selection need to know of an article. */
export interface RankedDoc {
  id: number;
  topicId: number | null;
  categoryId: number | null;
  questionType: string | null;
  tagIds: number[];
  tier: Tier;
  titleKey: string;
  vector: SparseVector;
}

export interface Scored {
  doc: RankedDoc;
  score: number;
  /** Cosine of the two articles' term vectors. */
  content: number;
  /** Similarity of the two topics' profiles (1 for the same topic, 0 when unknown or unused). */
  topic: number;
}

/**
 * Weights of the score. Text similarity and topic relatedness carry it; the bonuses order
 * otherwise close candidates. Tuned on MedQuAD with bench/related-quality (topic-hidden and
 * full), never on the articles of docs/related-sample.md alone.
 */
export const WEIGHTS = {
  content: 0.55,
  topicProfile: 0.45,
  sameTopic: 0.15,
  sameCategory: 0.03,
  sameQuestionType: 0.03,
  /** A related condition's overview is the natural next read. */
  overviewOfOtherTopic: 0.05,
  perSharedTag: 0.02,
  maxSharedTags: 3,
} as const;

const OVERVIEW = 'information';

/**
 * Shared terms a similarity needs before it counts in full. A cosine carried by one shared word
 * is a coincidence of names more often than a relation: "Hairy cell leukemia" and "Hairy tongue"
 * share only "hairy", heavily weighted in both titles, and scored above the other leukemias.
 * Below these counts a similarity is scaled by shared / needed.
 */
export const FULL_EVIDENCE = { articleTerms: 3, topicProfileTerms: 6 } as const;

/** `similarity` scaled down when it rests on fewer than `needed` shared terms. */
export function withEvidence(similarity: number, sharedTerms: number, needed: number): number {
  return sharedTerms >= needed ? similarity : (similarity * sharedTerms) / needed;
}

/** How alike two articles are, and how much shared vocabulary says so. */
export interface Similarity {
  /** Cosine of the articles' term vectors, and the number of terms they share. */
  content: number;
  contentTerms: number;
  /**
   * Similarity of the two topics' profiles and the terms those share; null when topics are not
   * used (the topic-hidden measure) or either article has none. The same topic is 1.
   */
  topic: number | null;
  topicTerms: number;
}

/** Score of `candidate` in the list of `source`. */
export function scoreCandidate(source: RankedDoc, candidate: RankedDoc, similarity: Similarity): Scored {
  const { content, topic: topicSimilarity } = similarity;
  const sameTopic = topicSimilarity !== null && source.topicId !== null && source.topicId === candidate.topicId;
  const text = withEvidence(content, similarity.contentTerms, FULL_EVIDENCE.articleTerms);
  const topic = topicSimilarity === null || sameTopic ? topicSimilarity : withEvidence(topicSimilarity, similarity.topicTerms, FULL_EVIDENCE.topicProfileTerms);
  let score = topic === null ? text : WEIGHTS.content * text + WEIGHTS.topicProfile * topic;
  if (sameTopic) score += WEIGHTS.sameTopic;
  if (source.categoryId !== null && source.categoryId === candidate.categoryId) score += WEIGHTS.sameCategory;
  if (source.questionType !== null && source.questionType === candidate.questionType) score += WEIGHTS.sameQuestionType;
  if (topic !== null && !sameTopic && candidate.questionType === OVERVIEW && source.questionType !== OVERVIEW) {
    score += WEIGHTS.overviewOfOtherTopic;
  }
  score += WEIGHTS.perSharedTag * Math.min(WEIGHTS.maxSharedTags, countShared(source.tagIds, candidate.tagIds));
  return { doc: candidate, score, content, topic: topic ?? 0 };
}

export function countShared(a: number[], b: number[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

/** The reason stored with an entry; `words` are the heaviest shared terms, readable. */
export function reasonFor(source: RankedDoc, scored: Scored, words: string[], fallback: RelatedReason['fallback']): RelatedReason {
  const candidate = scored.doc;
  const reason: RelatedReason = {};
  if (source.topicId !== null && source.topicId === candidate.topicId) reason.sameTopic = true;
  else if (scored.topic >= 0.05) reason.relatedTopic = Math.round(scored.topic * 100) / 100;
  if (words.length) reason.terms = words;
  if (source.categoryId !== null && source.categoryId === candidate.categoryId) reason.sameCategory = true;
  if (source.questionType !== null && source.questionType === candidate.questionType) reason.sameQuestionType = true;
  const tags = countShared(source.tagIds, candidate.tagIds);
  if (tags) reason.sharedTags = tags;
  if (fallback) reason.fallback = fallback;
  return reason;
}
