import { stemmer } from 'stemmer';

export interface Token {
  /** Lowercased, accents folded. */
  text: string;
  /** Porter stem, the form the full-text index also stores. */
  stem: string;
  /** Position among the query's word tokens. */
  position: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** WORD on text that is plain ASCII (most of it): the same matches without Unicode classes. */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Words of free text: letters and digits, lowercased with accents folded. Apostrophe suffixes
 * stay with their word ("don't", "crohn's") and are then dropped from the stem's input, so
 * "Crohn's" and "Crohns" meet.
 */
export function tokenize(text: string): Token[] {
  // Folding accents is a no-op on ASCII, and costs a second pass over every article body.
  const ascii = !NON_ASCII.test(text);
  const folded = ascii ? text.toLowerCase() : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const tokens: Token[] = [];
  for (const match of folded.matchAll(ascii ? ASCII_WORD : WORD)) {
    let word = match[0];
    if (word.includes("'") || word.includes('’')) word = word.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word === '') continue;
    tokens.push({ text: word, stem: stem(word), position: tokens.length });
  }
  return tokens;
}

const STEM_MEMO_LIMIT = 100_000;
const stemMemo = new Map<string, string>();

/** Porter stem of one lowercase word; digits and very short words stay as they are. */
export function stem(word: string): string {
  const known = stemMemo.get(word);
  if (known !== undefined) return known;
  const stemmed = word.length <= 2 || /\d/.test(word) ? word : stemmer(word);
  // Ranking stems every candidate title on every search; the vocabulary is small enough to keep.
  if (stemMemo.size >= STEM_MEMO_LIMIT) stemMemo.clear();
  stemMemo.set(word, stemmed);
  return stemmed;
}

/**
 * A gentler normal form than the stem, for matching names: only the plural goes ("kidney
 * stones" → "kidney stone"), so "tests" and "testes" stay apart as they must.
 */
export function foldPlural(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (/(?:sses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
