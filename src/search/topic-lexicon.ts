import { distance } from 'fastest-levenshtein';
import type { TopicEntry } from './search-index.js';
import { isStopWord } from './stop-words.js';
import { escapeRegExp, foldPlural, type Token, stem, tokenize } from './tokenize.js';

export interface TopicMatch {
  topicId: number;
  slug: string;
  name: string;
  /** The words of the question that named the topic. */
  matched: string;
  via: 'name' | 'synonym';
  /** How many words the match spans: longer names are more specific. */
  length: number;
  /**
   * False for a one-word name that is an everyday word in health text ("Blood", "Cancer",
   * "Pain"): the reader may mean the topic, or only use the word. Set by query analysis.
   */
  specific: boolean;
}

export interface Correction {
  from: string;
  to: string;
}

interface PhraseEntry {
  topicId: number;
  slug: string;
  name: string;
  via: 'name' | 'synonym';
  articleCount: number;
  /** Set for a short all-capitals synonym ("HARD", "PKD"): it must appear so in the question. */
  abbreviation?: string;
}

const MAX_PHRASE_WORDS = 8;
const MAX_MATCHES = 12;

/**
 * Topic names and their other names, ready to be found in a question. Phrases are compared by
 * their words' stems, so "kidney stones" finds "Kidney stone". Words of the lexicon also serve
 * to correct misspelt names ("alzhimers" → "alzheimers").
 */
export class TopicLexicon {
  private readonly phrases = new Map<string, PhraseEntry[]>();
  /** Lexicon words by first letter, for spelling correction; with the articles they lead to. */
  private readonly wordsByInitial = new Map<string, Map<string, number>>();

  constructor(topics: readonly TopicEntry[]) {
    for (const topic of topics) {
      this.addPhrase(topic.name, { topicId: topic.id, slug: topic.slug, name: topic.name, via: 'name', articleCount: topic.articleCount });
      for (const synonym of topic.synonyms) {
        const abbreviation = /^[A-Z0-9-]{2,6}$/.test(synonym.trim()) ? synonym.trim() : undefined;
        this.addPhrase(synonym, {
          topicId: topic.id, slug: topic.slug, name: topic.name, via: 'synonym', articleCount: topic.articleCount,
          ...(abbreviation ? { abbreviation } : {}),
        });
      }
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  private addPhrase(text: string, entry: PhraseEntry): void {
    const tokens = tokenize(text);
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_WORDS) return;
    // A one-word name that is also a function word ("ALL", "CAT") would match every question;
    // so would one whose stem is ("THES" stems to "the", "TOS" to "to").
    if (tokens.length === 1 && !isDistinctiveWord(tokens[0]!)) return;
    const key = phraseKey(tokens);
    const list = this.phrases.get(key) ?? [];
    if (!list.some((e) => e.topicId === entry.topicId)) list.push(entry);
    this.phrases.set(key, list);
    for (const token of tokens) {
      if (token.text.length < 4 || /\d/.test(token.text)) continue;
      const initial = token.text[0]!;
      const words = this.wordsByInitial.get(initial) ?? new Map<string, number>();
      words.set(token.text, Math.max(words.get(token.text) ?? 0, entry.articleCount));
      this.wordsByInitial.set(initial, words);
    }
  }

  /**
   * Topics named in the question, longest names first. Overlapping shorter names inside a
   * longer match are not reported ("kidney" inside "polycystic kidney disease").
   */
  recognize(tokens: readonly Token[], originalText = ''): TopicMatch[] {
    const matches: TopicMatch[] = [];
    const covered = new Set<number>();
    for (let length = Math.min(MAX_PHRASE_WORDS, tokens.length); length >= 1; length--) {
      for (let start = 0; start + length <= tokens.length; start++) {
        const span = tokens.slice(start, start + length);
        if (span.some((t) => covered.has(t.position))) continue;
        if (length === 1 && !isDistinctiveWord(span[0]!)) continue;
        const entries = this.phrases
          .get(phraseKey(span))
          // An abbreviation that is also a word ("HARD", "CAT") counts only when written as one.
          ?.filter((e) => !e.abbreviation || new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(e.abbreviation)}($|[^A-Za-z0-9])`).test(originalText));
        if (!entries || entries.length === 0) continue;
        for (const entry of [...entries].sort((a, b) => b.articleCount - a.articleCount)) {
          matches.push({ topicId: entry.topicId, slug: entry.slug, name: entry.name, matched: span.map((t) => t.text).join(' '), via: entry.via, length, specific: true });
        }
        span.forEach((t) => covered.add(t.position));
      }
    }
    return matches.slice(0, MAX_MATCHES);
  }

  /**
   * The closest lexicon word for a word the corpus does not know, within a small edit
   * distance that grows with the word's length; null when nothing is close enough.
   */
  correct(word: string): string | null {
    // Short words are too often real words the corpus lacks ("wees"); correcting them misleads.
    if (word.length < 5 || /\d/.test(word)) return null;
    const allowed = word.length === 5 ? 1 : word.length <= 9 ? 2 : 3;
    let best: { word: string; distance: number; weight: number } | null = null;
    // Misspellings rarely change the first letter; try that bucket first, then the rest.
    const initials = [word[0]!, ...[...this.wordsByInitial.keys()].filter((k) => k !== word[0])];
    for (const initial of initials) {
      for (const [candidate, weight] of this.wordsByInitial.get(initial) ?? []) {
        if (Math.abs(candidate.length - word.length) > allowed) continue;
        const d = distance(word, candidate);
        if (d > allowed) continue;
        if (!best || d < best.distance || (d === best.distance && weight > best.weight)) best = { word: candidate, distance: d, weight };
      }
      if (best) break;
    }
    return best?.word ?? null;
  }
}

/** Replaces corrected words in the token stream, keeping positions. */
export function applyCorrections(tokens: readonly Token[], corrections: readonly Correction[]): Token[] {
  const byWord = new Map(corrections.map((c) => [c.from, c.to]));
  return tokens.map((token) => {
    const to = byWord.get(token.text);
    return to ? { text: to, stem: stem(to), position: token.position } : token;
  });
}

function isDistinctiveWord(token: Token): boolean {
  return token.text.length >= 3 && token.stem.length >= 3 && !isStopWord(token.text) && !isStopWord(token.stem);
}

/** Names are compared word by word, plurals folded: "Kidney stones" = "kidney stone". */
export function phraseKey(tokens: readonly { text: string }[]): string {
  return tokens.map((t) => foldPlural(t.text)).join(' ');
}
