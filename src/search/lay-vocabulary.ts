import { LAY_VOCABULARY } from './lay-vocabulary-data.js';
import { tokenize } from './tokenize.js';

export interface Expansion {
  /** The query words that matched, as tokens' text joined by spaces ("high blood pressure"). */
  matched: string;
  /** Token positions of the match: first, and one past the last. */
  start: number;
  end: number;
  /** Phrases to add to the query. */
  adds: string[];
}

interface Entry {
  words: readonly string[];
  adds: readonly string[];
}

/** Entries by their first word, longest first, so the first one that matches is the longest. */
const BY_FIRST_WORD = new Map<string, Entry[]>();
for (const [phrase, adds] of LAY_VOCABULARY) addEntry(phrase, adds);
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Distinct phrases the vocabulary recognises (phrases that only block shorter ones included). */
export const VOCABULARY_SIZE: number = [...BY_FIRST_WORD.values()].reduce((n, list) => n + list.length, 0);

function addEntry(phrase: string, adds: readonly string[]): void {
  // Compared in tokenized form, so the table can be written naturally ("athlete's foot").
  const words = tokenize(phrase).map((token) => token.text);
  const first = words[0];
  if (first === undefined) return;
  const key = words.join(' ');
  const useful = adds.filter((add) => tokenize(add).map((t) => t.text).join(' ') !== key);
  const list = BY_FIRST_WORD.get(first) ?? [];
  const existing = list.find((entry) => entry.words.join(' ') === key);
  if (existing) {
    // A phrase listed in two sections (a clinical word that also has a British spelling) adds both.
    list[list.indexOf(existing)] = { words, adds: [...new Set([...existing.adds, ...useful])] };
  } else {
    list.push({ words, adds: useful });
  }
  BY_FIRST_WORD.set(first, list);
}

/**
 * The token itself and the singulars it may be the plural of ("stones" → "stone", "flashes" →
 * "flash", "allergies" → "allergy"). Singulars are at least three letters, so "tbs" is not "tb".
 */
function singulars(text: string): string[] {
  const forms = [text];
  if (text.length < 4 || !text.endsWith('s')) return forms;
  if (text.endsWith('ies')) forms.push(`${text.slice(0, -3)}y`);
  if (text.endsWith('es')) forms.push(text.slice(0, -2));
  if (!text.endsWith('ss')) forms.push(text.slice(0, -1));
  return forms.filter((form) => form.length >= 3 || form === text);
}

function wordMatches(entryWord: string, tokenText: string): boolean {
  return entryWord === tokenText || singulars(tokenText).includes(entryWord);
}

/**
 * Finds lay (and clinical) phrases in the token stream (longest match first, multi-word phrases
 * allowed) and returns what to add. Run it on all tokens, stop words included: they are part of
 * phrases like "ringing in the ears" or "the pill". Matched words never overlap; a phrase that
 * matches but has nothing to add ("hearing aid") still keeps its words from matching shorter
 * entries ("aids").
 */
export function expandVocabulary(tokens: readonly { text: string; position: number }[]): Expansion[] {
  const expansions: Expansion[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = longestMatchAt(tokens, i);
    if (!match) {
      i += 1;
      continue;
    }
    const matched = tokens.slice(i, i + match.words.length);
    if (match.adds.length > 0) {
      expansions.push({
        matched: matched.map((token) => token.text).join(' '),
        start: matched[0]!.position,
        end: matched[matched.length - 1]!.position + 1,
        adds: [...match.adds],
      });
    }
    i += match.words.length;
  }
  return expansions;
}

function longestMatchAt(tokens: readonly { text: string }[], at: number): Entry | null {
  let best: Entry | null = null;
  for (const first of singulars(tokens[at]!.text)) {
    for (const entry of BY_FIRST_WORD.get(first) ?? []) {
      if (best && entry.words.length <= best.words.length) break;
      if (at + entry.words.length > tokens.length) continue;
      if (entry.words.every((word, k) => wordMatches(word, tokens[at + k]!.text))) best = entry;
    }
  }
  return best;
}
