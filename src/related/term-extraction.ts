import { markdownToPlainText } from '../content/markdown.js';
import { STOP_WORDS } from '../search/stop-words.js';
import { tokenize } from '../search/tokenize.js';
import type { ArticleTerms } from './article-terms.js';
import type { Vocabulary } from './vocabulary.js';

/** A title word counts as much as this many body words: the title says what the article is about. */
export const TITLE_BOOST = 3;

function contentTokens(text: string) {
  // One-letter words and bare numbers carry no topic ("type 2" keeps "type").
  return tokenize(text).filter((t) => t.text.length > 1 && !STOP_WORDS.has(t.text) && !/^\d+$/.test(t.text));
}

/** Stemmed content words of an article, with the same tokenizer the search index uses. */
export function extractArticleTerms(title: string, bodyMarkdown: string, bodyText = markdownToPlainText(bodyMarkdown)): ArticleTerms {
  const terms: ArticleTerms = { stems: [], frequencies: [], words: [], titleKey: '' };
  const slots = new Map<string, number>();
  const count = (stem: string, word: string, weight: number) => {
    const slot = slots.get(stem);
    if (slot === undefined) {
      slots.set(stem, terms.stems.length);
      terms.stems.push(stem);
      terms.frequencies.push(weight);
      terms.words.push(word);
    } else {
      terms.frequencies[slot]! += weight;
      if (word.length < terms.words[slot]!.length) terms.words[slot] = word;
    }
  };
  const titleStems = new Set<string>();
  for (const token of contentTokens(title)) {
    count(token.stem, token.text, TITLE_BOOST);
    titleStems.add(token.stem);
  }
  for (const token of contentTokens(bodyText)) count(token.stem, token.text, 1);
  // A word that is its own stem needs no copy: most are, and stored terms stay short.
  terms.words = terms.words.map((word, i) => (word === terms.stems[i] ? '' : word));
  terms.titleKey = [...titleStems].sort().join(' ');
  return terms;
}

/** Stemmed words of a topic's name and other names (each counted once). */
export function extractNameTerms(vocabulary: Vocabulary, names: string[]): Set<number> {
  const ids = new Set<number>();
  for (const name of names) for (const token of contentTokens(name)) ids.add(vocabulary.id(token.stem, token.text));
  return ids;
}
