import { termIds } from './article-terms.js';
import { InvertedIndex } from './inverted-index.js';
import type { RelatedEntry, RelatedOverride, RelatedSource, RelatedTopicSource } from './related-document.js';
import { type RankedDoc, type Scored, Tier, reasonFor, scoreCandidate } from './scoring.js';
import { selectRelated } from './selection.js';
import { EMPTY_VECTOR, countSharedTerms, dot, sharedTerms } from './sparse-vector.js';
import { TermStatistics, groupKey } from './term-statistics.js';
import { extractNameTerms } from './term-extraction.js';
import { topK } from './top-k.js';
import { NEIGHBOUR_TOPICS, TopicProfiles, type TopicSimilarity } from './topic-profiles.js';
import { Vocabulary } from './vocabulary.js';

export interface ModelOptions {
  /** Entries per list. */
  limit: number;
  /**
   * Use topics (same-topic bonus and cap, topic profiles, names and other names). Off only for
   * the offline quality measure, which asks whether the text alone finds the right topics.
   */
  useTopics: boolean;
}

/** Articles compared in full per list: the best by text similarity… */
const CONTENT_CANDIDATES = 80;
/** …plus the article's own topic and half its NEIGHBOUR_TOPICS related topics, up to this many articles each. */
const ARTICLES_PER_CANDIDATE_TOPIC = 12;
const SHOWN_TERMS = 3;

type TopicMemo = Map<number, TopicSimilarity>;
/** Topic ids below this make a unique number of a pair (topic ids are row ids, far below it). */
const TOPIC_KEY_SPAN = 2 ** 24;

interface Doc extends RankedDoc {
  group: string;
  /** Distinct term ids, to uncount them when the article changes. */
  distinctTerms: number[];
}

export type BuildProgress = (done: number, total: number) => void;

/**
 * The recommender: term vectors, the inverted index and topic profiles for a whole site, in
 * memory. Pure: the store hands it articles and receives lists. Built once for a rebuild, or
 * kept and updated article by article (upsert) for incremental refreshes.
 */
export class RelatedModel {
  private readonly vocabulary = new Vocabulary();
  private readonly stats = new TermStatistics();
  private readonly index = new InvertedIndex();
  private readonly topics = new TopicProfiles(this.stats);
  private readonly docs: (Doc | undefined)[] = [];
  private readonly slots = new Map<number, number>();
  private readonly topicDocs = new Map<number, Set<number>>();
  private scores: Float64Array = new Float64Array(1024);

  private constructor(readonly options: ModelOptions) {}

  static build(sources: RelatedSource[], topics: RelatedTopicSource[], options: ModelOptions, progress?: BuildProgress): RelatedModel {
    const model = new RelatedModel(options);
    model.setTopicNames(topics);
    // Term statistics must cover the whole corpus before any vector is weighted.
    const frequencies = sources.map((source, i) => {
      const extracted = model.addDoc(source);
      if (i % 500 === 0) progress?.(i, sources.length);
      return extracted;
    });
    sources.forEach((source, i) => model.weigh(model.slots.get(source.id)!, frequencies[i]!));
    model.refreshTopics(new Set(model.topicDocs.keys()));
    progress?.(sources.length, sources.length);
    return model;
  }

  has(articleId: number): boolean {
    return this.slots.has(articleId);
  }

  get size(): number {
    return this.slots.size;
  }

  /** Adds or replaces articles (and refreshes the profiles of the topics they touch). */
  upsert(sources: RelatedSource[], topics: RelatedTopicSource[] = []): void {
    this.setTopicNames(topics);
    const dirtyTopics = new Set<number>(topics.map((topic) => topic.id));
    for (const source of sources) {
      const old = this.removeDoc(source.id);
      if (old?.topicId != null) dirtyTopics.add(old.topicId);
      const frequencies = this.addDoc(source);
      this.weigh(this.slots.get(source.id)!, frequencies);
      if (source.topicId !== null) dirtyTopics.add(source.topicId);
    }
    this.refreshTopics(dirtyTopics);
  }

  remove(articleIds: number[]): void {
    const dirty = new Set<number>();
    for (const id of articleIds) {
      const old = this.removeDoc(id);
      if (old?.topicId != null) dirty.add(old.topicId);
    }
    this.refreshTopics(dirty);
  }

  /** The list for one article, editors' pins and exclusions applied. */
  rank(articleId: number, overrides: RelatedOverride[] = []): RelatedEntry[] {
    const source = this.doc(articleId);
    const excluded = new Set(overrides.filter((o) => o.kind === 'exclude').map((o) => o.targetId));
    const pins = overrides
      .filter((o) => o.kind === 'pin' && o.targetId !== articleId && this.slots.has(o.targetId))
      .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
    const pinned = new Set(pins.map((pin) => pin.targetId));
    const topicMemo: TopicMemo = new Map();
    const candidates = this.candidates(source, NEIGHBOUR_TOPICS / 2)
      .filter(([doc]) => !excluded.has(doc.id) && !pinned.has(doc.id))
      .map(([doc, content]) => this.score(source, doc, content, topicMemo));
    const chosen = selectRelated(candidates, {
      source,
      limit: this.options.limit - pins.length,
      useTopics: this.options.useTopics,
      similarity: (a, b) => dot(a.vector, b.vector),
    });
    const entries = chosen.map(({ scored, fallback }) => this.entry(source, scored, fallback));
    for (const pin of pins) {
      const target = this.doc(pin.targetId);
      const entry = this.entry(source, this.score(source, target, dot(source.vector, target.vector)), undefined);
      entry.reason = { pinned: true, ...entry.reason };
      const at = pin.position === null ? pins.indexOf(pin) : pin.position - 1;
      entries.splice(Math.max(0, Math.min(at, entries.length)), 0, entry);
    }
    return entries.slice(0, this.options.limit);
  }

  /**
   * The articles whose lists `articleId` could enter, each with the score it would have there.
   * The incremental refresh compares these with each list's last score.
   */
  reverseCandidates(articleId: number): { articleId: number; score: number }[] {
    const changed = this.doc(articleId);
    const topicMemo: TopicMemo = new Map();
    return this.candidates(changed, NEIGHBOUR_TOPICS).map(([other, content]) => ({
      articleId: other.id,
      score: this.score(other, changed, content, topicMemo).score,
    }));
  }

  private candidates(source: Doc, topicCount: number): [Doc, number][] {
    const slot = this.slots.get(source.id)!;
    const touched: number[] = [];
    this.index.accumulate(source.vector, this.scores, touched);
    this.scores[slot] = 0;
    const best = topK(touched, this.scores, CONTENT_CANDIDATES, Number.MIN_VALUE);
    const pool = new Map<number, number>(best.map((doc) => [doc, this.scores[doc]!]));
    for (const doc of touched) this.scores[doc] = 0;
    if (this.options.useTopics && source.topicId !== null) {
      const topics = [source.topicId, ...this.topics.neighbours(source.topicId).slice(0, topicCount)];
      topics.forEach((topicId, i) => {
        let taken = 0;
        for (const doc of this.topicDocs.get(topicId) ?? []) {
          if (i > 0 && taken++ >= ARTICLES_PER_CANDIDATE_TOPIC) break;
          if (doc !== slot && !pool.has(doc)) pool.set(doc, dot(source.vector, this.docs[doc]!.vector));
        }
      });
    }
    return [...pool].map(([doc, content]) => [this.docs[doc]!, content]);
  }

  /** `topicMemo` spares recomparing two topics' profiles for each of their articles within one list. */
  private score(source: Doc, candidate: Doc, content: number, topicMemo?: TopicMemo): Scored {
    let topic: TopicSimilarity | null = null;
    if (this.options.useTopics && source.topicId !== null && candidate.topicId !== null) {
      const key = source.topicId * TOPIC_KEY_SPAN + candidate.topicId;
      topic = topicMemo?.get(key) ?? this.topics.similarity(source.topicId, candidate.topicId);
      topicMemo?.set(key, topic);
    }
    return scoreCandidate(source, candidate, {
      content,
      contentTerms: countSharedTerms(source.vector, candidate.vector),
      topic: topic?.similarity ?? null,
      topicTerms: topic?.sharedTerms ?? 0,
    });
  }

  private entry(source: Doc, scored: Scored, fallback: Parameters<typeof reasonFor>[3]): RelatedEntry {
    const words = sharedTerms(source.vector, scored.doc.vector, SHOWN_TERMS).map((term) => this.vocabulary.word(term));
    return { articleId: scored.doc.id, score: Math.round(scored.score * 10000) / 10000, reason: reasonFor(source, scored, words, fallback) };
  }

  private doc(articleId: number): Doc {
    const slot = this.slots.get(articleId);
    if (slot === undefined) throw new Error(`related: article ${articleId} is not in the model`);
    return this.docs[slot]!;
  }

  private setTopicNames(topics: RelatedTopicSource[]): void {
    for (const topic of topics) {
      this.topics.setNames(topic.id, extractNameTerms(this.vocabulary, [topic.name, ...topic.synonyms]));
    }
  }

  /** Extracts an article's terms and counts them; its vector is weighed afterwards. */
  private addDoc(source: RelatedSource): Map<number, number> {
    const frequencies = termIds(this.vocabulary, source.terms);
    const titleKey = source.terms.titleKey;
    const group = groupKey(source.categoryId, source.questionType);
    const distinctTerms = [...frequencies.keys()];
    this.stats.count(distinctTerms, group, 1);
    const slot = this.docs.length;
    this.docs.push({
      id: source.id,
      topicId: source.topicId,
      categoryId: source.categoryId,
      questionType: source.questionType,
      tagIds: source.tagIds,
      tier: !source.published ? Tier.Draft : source.hasAnswer ? Tier.Answered : Tier.LinkOut,
      titleKey,
      vector: EMPTY_VECTOR,
      group,
      distinctTerms,
    });
    this.slots.set(source.id, slot);
    if (slot >= this.scores.length) this.scores = growTo(this.scores, slot + 1);
    if (source.topicId !== null) {
      const members = this.topicDocs.get(source.topicId) ?? new Set<number>();
      members.add(slot);
      this.topicDocs.set(source.topicId, members);
    }
    return frequencies;
  }

  private weigh(slot: number, frequencies: Map<number, number>): void {
    const doc = this.docs[slot]!;
    doc.vector = this.stats.vector(frequencies, doc.group);
    this.index.add(slot, doc.vector);
  }

  private removeDoc(articleId: number): Doc | undefined {
    const slot = this.slots.get(articleId);
    if (slot === undefined) return undefined;
    const doc = this.docs[slot]!;
    this.stats.count(doc.distinctTerms, doc.group, -1);
    this.index.remove(slot, doc.vector);
    if (doc.topicId !== null) this.topicDocs.get(doc.topicId)?.delete(slot);
    this.slots.delete(articleId);
    // The slot stays empty: slots are positions in the index's postings and score arrays.
    this.docs[slot] = undefined;
    return doc;
  }

  private refreshTopics(topicIds: Set<number>): void {
    if (!this.options.useTopics) return;
    for (const topicId of topicIds) {
      const members = [...(this.topicDocs.get(topicId) ?? [])].map((slot) => this.docs[slot]!.vector);
      this.topics.update(topicId, members);
    }
  }
}

function growTo(array: Float64Array, size: number): Float64Array {
  const grown = new Float64Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}
