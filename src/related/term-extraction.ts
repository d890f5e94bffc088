import { markdownToPlainText } from '../content/markdown.js';
import { STOP_WORDS } from '../search/stop-words.js';
import { tokenize } from '../search/tokenize.js';
import type { Vocabulary } from './vocabulary.js';

/** A title word counts as much as this many body words: the title says what the article is about. */
export const TITLE_BOOST = 3;

export interface ExtractedTerms {
  /** Term id → boosted term frequency (title occurrences × TITLE_BOOST + body occurrences). */
  frequencies: Map<number, number>;
  /**
   * The title's content words, sorted: two articles with the same key ask the same question
   * ("What is (are) Polycystic kidney disease?" from GARD and from GHR).
   */
  titleKey: string;
}

function contentTokens(text: string) {
  // One-letter words and bare numbers carry no topic ("type 2" keeps "type").
  return tokenize(text).filter((t) => t.text.length > 1 && !STOP_WORDS.has(t.text) && !/^\d+$/.test(t.text));
}

/** Stemmed content words of an article, with the same tokenizer the search index uses. */
export function extractTerms(vocabulary: Vocabulary, title: string, bodyMarkdown: string): ExtractedTerms {
  const frequencies = new Map<number, number>();
  const titleStems = new Set<string>();
  for (const token of contentTokens(title)) {
    const id = vocabulary.id(token.stem, token.text);
    frequencies.set(id, (frequencies.get(id) ?? 0) + TITLE_BOOST);
    titleStems.add(token.stem);
  }
  for (const token of contentTokens(markdownToPlainText(bodyMarkdown))) {
    const id = vocabulary.id(token.stem, token.text);
    frequencies.set(id, (frequencies.get(id) ?? 0) + 1);
  }
  return { frequencies, titleKey: [...titleStems].sort().join(' ') };
}

/** Stemmed words of a topic's name and other names (each counted once). */
export function extractNameTerms(vocabulary: Vocabulary, names: string[]): Set<number> {
  const ids = new Set<number>();
  for (const name of names) for (const token of contentTokens(name)) ids.add(vocabulary.id(token.stem, token.text));
  return ids;
}
