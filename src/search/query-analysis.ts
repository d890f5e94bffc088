import { expandVocabulary, type Expansion } from './lay-vocabulary.js';
import { detectQuestionTypes, QUESTION_TYPE_CUE_WORDS, type QuestionTypeCue } from './question-type-cues.js';
import { isStopWord } from './stop-words.js';
import { escapeRegExp, type Token, stem, tokenize } from './tokenize.js';
import { applyCorrections, type Correction, type TopicLexicon, type TopicMatch } from './topic-lexicon.js';

/** A whole message is a normal query; past this it is cut (at a word), never refused. */
export const MAX_QUERY_CHARS = 4000;
/** The most words sent to the full-text index: a long message keeps its most telling ones. */
export const MAX_QUERY_TERMS = 24;
const MAX_CORRECTIONS = 6;
/** A word in at most this many articles may be a misspelling of a lexicon word… */
const RARE_WORD_DOCUMENTS = 2;
/** …when the lexicon word is in this many times more articles. */
const CORRECTION_EVIDENCE = 50;

export interface TermStatistics {
  documentFrequency(stem: string): number;
  documentCount(): number;
}

export interface QueryTerm {
  text: string;
  stem: string;
  /** Inverse document frequency: rare words say more about what the reader wants. */
  weight: number;
  /** In so many articles that matching it alone says little (and costs a lot to score). */
  frequent: boolean;
  from: 'query' | 'correction' | 'vocabulary';
}

/**
 * A word in more than this share of articles (and at least FREQUENT_TERM_MIN_DOCUMENTS of
 * them) does not pick candidates when rarer words can: on a large site scoring it costs much
 * and tells little. On a small site every word may pick.
 */
export const FREQUENT_TERM_SHARE = 0.02;
export const FREQUENT_TERM_MIN_DOCUMENTS = 500;
/** A one-word topic name used in more than this share of articles is an everyday word too. */
export const COMMON_TOPIC_WORD_SHARE = 0.01;

export interface AnalyzedQuery {
  /** The query as used (capped, control characters removed). */
  text: string;
  truncated: boolean;
  corrections: Correction[];
  questionTypes: QuestionTypeCue[];
  topics: TopicMatch[];
  expansions: Expansion[];
  /** Single words for the full-text index, most telling first. */
  terms: QueryTerm[];
  /** Phrases for the full-text index (topic names, vocabulary phrases). */
  phrases: string[];
}

/**
 * Reads a question the way a health service would: drops greetings and question scaffolding,
 * corrects misspelt names, recognises the topic (by name, other name or lay word) and the kind
 * of answer wanted (causes, treatment, ...), and keeps the words that carry meaning.
 */
export function analyzeQuery(raw: string, lexicon: TopicLexicon, stats: TermStatistics): AnalyzedQuery {
  const { text, truncated } = normalizeInput(raw);
  const original = tokenize(text);

  const corrections: Correction[] = [];
  for (const token of original) {
    if (corrections.length >= MAX_CORRECTIONS) break;
    const df = stats.documentFrequency(token.stem);
    // The corpus has its own typos: a word in a couple of articles may still be a misspelling.
    if (isStopWord(token.text) || df > RARE_WORD_DOCUMENTS) continue;
    if (corrections.some((c) => c.from === token.text)) continue;
    const to = lexicon.correct(token.text);
    if (!to || to === token.text) continue;
    if (df > 0 && stats.documentFrequency(stem(to)) < df * CORRECTION_EVIDENCE) continue;
    corrections.push({ from: token.text, to });
  }
  const tokens = applyCorrections(original, corrections);
  const correctedText = corrections.reduce((acc, c) => acc.replace(new RegExp(`\\b${escapeRegExp(c.from)}\\b`, 'gi'), c.to), text);

  const questionTypes = detectQuestionTypes(correctedText);
  const expansions = expandVocabulary(tokens);
  const expansionTokens: Token[] = expansions.flatMap((e, i) =>
    e.adds.flatMap((phrase) => tokenize(phrase).map((t) => ({ ...t, position: 10_000 + i * 100 + t.position }))),
  );
  const total = Math.max(1, stats.documentCount());
  const topics = recognizeSeparately(lexicon, tokens, expansionTokens, correctedText).map((match) => ({
    ...match,
    specific: match.length > 1 || stats.documentFrequency(stem(match.matched)) / total <= COMMON_TOPIC_WORD_SHARE,
  }));

  const terms = selectTerms(tokens, expansionTokens, corrections, questionTypes.length > 0, stats);
  const phrases = [
    ...new Set([
      ...topics.filter((t) => t.length > 1).map((t) => t.matched),
      ...expansions.flatMap((e) => e.adds.filter((a) => a.includes(' '))),
    ]),
  ];
  return { text, truncated, corrections, questionTypes, topics, expansions, terms, phrases };
}

/** The text with corrections applied, for "did you mean"; null when nothing was corrected. */
export function correctedQuery(query: AnalyzedQuery): string | null {
  if (query.corrections.length === 0) return null;
  return query.corrections.reduce((acc, c) => acc.replace(new RegExp(`\\b${escapeRegExp(c.from)}\\b`, 'gi'), c.to), query.text);
}

function normalizeInput(raw: string): { text: string; truncated: boolean } {
  // Control characters and unpaired surrogates are noise from copy-paste, never meaning.
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/[\ud800-\udfff]/g, (c, i, s) => {
    const code = c.charCodeAt(0);
    const next = s.charCodeAt(i + 1);
    const prev = s.charCodeAt(i - 1);
    const paired = code < 0xdc00 ? next >= 0xdc00 && next <= 0xdfff : prev >= 0xd800 && prev < 0xdc00;
    return paired ? c : ' ';
  });
  if (cleaned.length <= MAX_QUERY_CHARS) return { text: cleaned.trim(), truncated: false };
  const cut = cleaned.slice(0, MAX_QUERY_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return { text: (lastSpace > MAX_QUERY_CHARS * 0.8 ? cut.slice(0, lastSpace) : cut).trim(), truncated: true };
}

function recognizeSeparately(lexicon: TopicLexicon, tokens: Token[], expansionTokens: Token[], text: string): TopicMatch[] {
  const fromQuery = lexicon.recognize(tokens, text);
  const seen = new Set(fromQuery.map((m) => m.topicId));
  // Vocabulary additions are recognised on their own so they never join words of the query.
  const added = expansionTokens.map((t) => t.text).join(' ');
  const fromVocabulary = lexicon.recognize(expansionTokens, added).filter((m) => !seen.has(m.topicId));
  return [...fromQuery, ...fromVocabulary];
}

function selectTerms(
  tokens: Token[],
  expansionTokens: Token[],
  corrections: Correction[],
  hasQuestionType: boolean,
  stats: TermStatistics,
): QueryTerm[] {
  const total = Math.max(1, stats.documentCount());
  const corrected = new Set(corrections.map((c) => c.to));
  const byStem = new Map<string, QueryTerm>();
  const consider = (token: Token, from: QueryTerm['from']) => {
    if (isStopWord(token.text) || token.text.length < 2) return;
    // Once the question type is recognised, its cue words only add noise to the text match.
    if (hasQuestionType && QUESTION_TYPE_CUE_WORDS.has(token.text)) return;
    const df = stats.documentFrequency(token.stem);
    if (df === 0) return;
    if (byStem.has(token.stem)) return;
    const weight = Math.log(1 + (total - df + 0.5) / (df + 0.5));
    byStem.set(token.stem, { text: token.text, stem: token.stem, weight, frequent: df > FREQUENT_TERM_MIN_DOCUMENTS && df / total > FREQUENT_TERM_SHARE, from });
  };
  for (const token of tokens) consider(token, corrected.has(token.text) ? 'correction' : 'query');
  for (const token of expansionTokens) consider({ ...token, stem: stem(token.text) }, 'vocabulary');
  return [...byStem.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_QUERY_TERMS);
}
