import type { AnalyzedQuery } from './query-analysis.js';
import type { Candidate } from './search-index.js';
import { foldPlural, tokenize } from './tokenize.js';

/**
 * The weights of the re-ranking stage. Text relevance (BM25) finds candidates; the other
 * signals decide between them the way a reader would: the right topic, the right kind of
 * answer, a title that asks the same question, and a real answer over a link elsewhere.
 */
export const RANKING_WEIGHTS = {
  text: 1.0,
  topic: 0.9,
  /** A topic whose name contains the named one ("Kidney stones in adults" for "kidney stones"). */
  containingTopicFactor: 0.7,
  /** A topic named by an everyday word ("blood") counts this much of a specific one. */
  everydayTopicFactor: 0.35,
  questionType: 0.55,
  overviewDefault: 0.15,
  title: 0.45,
  linkOut: -0.6,
} as const;

export type SignalName = 'text' | 'topic' | 'questionType' | 'title' | 'linkOut';

export interface Signal {
  name: SignalName;
  /** What the signal added to the score. */
  contribution: number;
  /** Why, in words a person can check. */
  detail: string;
}

export interface RankedCandidate {
  candidate: Candidate;
  score: number;
  signals: Signal[];
}

/** Scores and orders candidates; pure, so `--explain` shows exactly what decided an order. */
export function rankCandidates(candidates: readonly Candidate[], query: AnalyzedQuery): RankedCandidate[] {
  const maxBm25 = Math.max(0, ...candidates.map((c) => c.bm25));
  const longestTopicMatch = Math.max(0, ...query.topics.map((t) => t.length));
  const topicStrength = new Map<number, { strength: number; matched: string }>();
  for (const match of query.topics) {
    // The most specific name in the question counts fully; shorter ones (often a word of a
    // longer condition name elsewhere in the message) count in proportion.
    const strength = (match.length / longestTopicMatch) * (match.specific ? 1 : RANKING_WEIGHTS.everydayTopicFactor);
    const known = topicStrength.get(match.topicId);
    if (!known || known.strength < strength) topicStrength.set(match.topicId, { strength, matched: match.matched });
  }
  // Names of specific topics in the question, as word sequences, to find topics that contain them.
  const namedSequences = [...topicStrength.values()]
    .filter((t) => t.strength >= 0.5)
    .map((t) => ({ ...t, words: tokenize(t.matched).map((w) => foldPlural(w.text)) }));
  const containedCache = new Map<string, { strength: number; matched: string } | null>();
  const containedMatch = (topicName: string | null) => {
    if (!topicName || namedSequences.length === 0) return null;
    const cached = containedCache.get(topicName);
    if (cached !== undefined) return cached;
    const words = tokenize(topicName).map((w) => foldPlural(w.text));
    const found = namedSequences.find((named) => containsSequence(words, named.words)) ?? null;
    containedCache.set(topicName, found);
    return found;
  };
  const askedTypes = new Map(query.questionTypes.map((cue) => [cue.type, cue.cue]));
  const termWeight = query.terms.reduce((sum, t) => sum + t.weight, 0);

  const ranked = candidates.map((candidate) => {
    const signals: Signal[] = [];
    if (maxBm25 > 0 && candidate.bm25 > 0) {
      signals.push({
        name: 'text',
        contribution: RANKING_WEIGHTS.text * (candidate.bm25 / maxBm25),
        detail: `BM25 ${candidate.bm25.toFixed(2)} of best ${maxBm25.toFixed(2)}`,
      });
    }
    const topic = candidate.topicId === null ? undefined : topicStrength.get(candidate.topicId);
    if (topic) {
      signals.push({
        name: 'topic',
        contribution: RANKING_WEIGHTS.topic * topic.strength,
        detail: `about ${candidate.topicName ?? 'the topic'} (question names it as "${topic.matched}")`,
      });
    } else {
      const containing = containedMatch(candidate.topicName);
      if (containing) {
        signals.push({
          name: 'topic',
          contribution: RANKING_WEIGHTS.topic * RANKING_WEIGHTS.containingTopicFactor * containing.strength,
          detail: `about ${candidate.topicName}, which includes "${containing.matched}"`,
        });
      }
    }
    if (candidate.questionType && askedTypes.has(candidate.questionType)) {
      signals.push({
        name: 'questionType',
        contribution: RANKING_WEIGHTS.questionType,
        detail: `answers "${candidate.questionType}" (asked: "${askedTypes.get(candidate.questionType)}")`,
      });
    } else if (askedTypes.size === 0 && candidate.questionType === 'information') {
      signals.push({ name: 'questionType', contribution: RANKING_WEIGHTS.overviewDefault, detail: 'an overview, for a question that asks for no particular kind of answer' });
    }
    if (termWeight > 0) {
      const titleStems = new Set(tokenize(candidate.title).map((t) => t.stem));
      const shared = query.terms.filter((t) => titleStems.has(t.stem));
      const coverage = shared.reduce((sum, t) => sum + t.weight, 0) / termWeight;
      if (coverage > 0) {
        signals.push({
          name: 'title',
          contribution: RANKING_WEIGHTS.title * coverage,
          detail: `title shares ${shared.map((t) => t.text).join(', ')}`,
        });
      }
    }
    if (!candidate.hasAnswer) {
      signals.push({ name: 'linkOut', contribution: RANKING_WEIGHTS.linkOut, detail: 'the answer is on the source site only' });
    }
    const score = signals.reduce((sum, s) => sum + s.contribution, 0);
    return { candidate, score, signals };
  });
  return ranked.sort((a, b) => b.score - a.score || b.candidate.bm25 - a.candidate.bm25 || a.candidate.articleId - b.candidate.articleId);
}

function containsSequence(words: readonly string[], sequence: readonly string[]): boolean {
  if (sequence.length === 0 || sequence.length > words.length) return false;
  for (let start = 0; start + sequence.length <= words.length; start++) {
    if (sequence.every((word, i) => words[start + i] === word)) return true;
  }
  return false;
}
