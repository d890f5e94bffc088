import type { Vocabulary } from './vocabulary.js';

/**
 * Stored terms carry this version; terms stored by another version are extracted again from the
 * article. Bump it whenever extraction changes (tokenizer, stop words, boost).
 */
export const TERM_EXTRACTION_VERSION = 1;

/**
 * An article reduced to its stemmed content words; what the store keeps so that loading the
 * recommender's model reads terms instead of parsing and stemming every article again.
 */
export interface ArticleTerms {
  /** Distinct stems, in first-seen order. */
  stems: string[];
  /** Per stem: title occurrences × TITLE_BOOST + body occurrences. */
  frequencies: number[];
  /** Per stem: the shortest word seen with it (what a reason shows a person), or '' when that is the stem. */
  words: string[];
  /**
   * The title's content words, sorted: two articles with the same key ask the same question
   * ("What is (are) Polycystic kidney disease?" from GARD and from GHR).
   */
  titleKey: string;
}

/**
 * A JSON array: the version, the title key, then stem, frequency and word for each term. JSON
 * because the engine parses it natively: a whole site's terms decode in a fraction of the time a
 * hand-written text format takes.
 */
export function encodeArticleTerms(terms: ArticleTerms): string {
  const flat: (string | number)[] = [TERM_EXTRACTION_VERSION, terms.titleKey];
  terms.stems.forEach((stem, i) => flat.push(stem, terms.frequencies[i]!, terms.words[i]!));
  return JSON.stringify(flat);
}

/** The terms `encodeArticleTerms` wrote, or null when another extraction version (or nothing readable) wrote them. */
export function decodeArticleTerms(encoded: string): ArticleTerms | null {
  let flat: unknown;
  try {
    flat = JSON.parse(encoded);
  } catch {
    return null;
  }
  if (!Array.isArray(flat) || flat[0] !== TERM_EXTRACTION_VERSION || (flat.length - 2) % 3 !== 0) return null;
  const count = (flat.length - 2) / 3;
  const terms: ArticleTerms = { stems: new Array(count), frequencies: new Array(count), words: new Array(count), titleKey: String(flat[1]) };
  for (let i = 0, at = 2; i < count; i++, at += 3) {
    terms.stems[i] = flat[at];
    terms.frequencies[i] = flat[at + 1];
    terms.words[i] = flat[at + 2];
  }
  return terms;
}

/** An article's terms as vocabulary ids with their frequencies, for the model. */
export function termIds(vocabulary: Vocabulary, terms: ArticleTerms): Map<number, number> {
  const ids = new Map<number, number>();
  terms.stems.forEach((stem, i) => ids.set(vocabulary.id(stem, terms.words[i] || stem), terms.frequencies[i]!));
  return ids;
}
