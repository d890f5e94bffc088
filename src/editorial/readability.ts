import { syllable } from 'syllable';
import { markdownProseBlocks } from '../content/markdown.js';

/**
 * How hard an article's body is to read (issue 12): the Flesch–Kincaid grade level and the SMOG
 * grade, both US school grades, and the sentences that push the grade up most. Pure: Markdown in,
 * numbers out; the newsroom stores the report with each revision (docs/editorial-readability.md).
 */

/** The counts both formulas are made of. */
export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three syllables or more (SMOG's "polysyllables"). */
  polysyllables: number;
}

/** A sentence that raises the article's grade, as the editor lists it. */
export interface HardSentence {
  /** The sentence as the reader reads it (no Markdown), cut at MAX_SENTENCE_TEXT characters. */
  text: string;
  /** The sentence's own Flesch–Kincaid grade. */
  grade: number;
  /** How much lower the article's grade would be without this sentence, two decimals (in a long article one sentence moves it little). */
  raises: number;
}

export interface ReadabilityReport extends TextCounts {
  /** Flesch–Kincaid grade level, one decimal; null when there is no sentence to measure. */
  fleschKincaidGrade: number | null;
  /** SMOG grade, one decimal; null when there is no sentence to measure. */
  smogGrade: number | null;
  /** At most HARDEST_LISTED sentences, the one that raises the grade most first. */
  hardest: HardSentence[];
}

export const HARDEST_LISTED = 5;
export const MAX_SENTENCE_TEXT = 300;

/** Flesch–Kincaid grade level (Kincaid et al., 1975): 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59. */
export function fleschKincaidGrade(counts: Pick<TextCounts, 'sentences' | 'words' | 'syllables'>): number | null {
  if (counts.sentences === 0 || counts.words === 0) return null;
  return 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
}

/** SMOG grade (McLaughlin, 1969, as a formula): 1.0430·√(polysyllables·30/sentences) + 3.1291. */
export function smogGrade(counts: Pick<TextCounts, 'sentences' | 'polysyllables'>): number | null {
  if (counts.sentences === 0) return null;
  return 1.043 * Math.sqrt(counts.polysyllables * (30 / counts.sentences)) + 3.1291;
}

// A letter or digit run, joined through apostrophes and hyphens ("don't", "co-codamol": one word each).
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;

/** The words of a piece of text; a bare number ("3.5", "111") is not a word the formulas can count syllables of. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => LETTER.test(word));
}

/** Syllables of one word by the `syllable` library (words/syllable), never fewer than one. */
export function syllablesOf(word: string): number {
  return Math.max(1, syllable(word));
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// ICU ends a sentence at "Dr." before a capital; these never end one in our articles.
const ABBREVIATION_END = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|St|vs|approx|Fig|e\.g|i\.e)\.\s*$/;

/** One block's sentences, by the Unicode sentence rules (Intl.Segmenter), rejoined after a title abbreviation. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let carried = '';
  for (const { segment } of sentenceSegmenter.segment(text)) {
    const joined = carried + segment;
    if (ABBREVIATION_END.test(joined)) {
      carried = joined;
      continue;
    }
    carried = '';
    if (joined.trim() !== '') sentences.push(joined.trim());
  }
  if (carried.trim() !== '') sentences.push(carried.trim());
  return sentences;
}

interface MeasuredSentence extends TextCounts {
  text: string;
}

function measureSentence(text: string): MeasuredSentence {
  const words = wordsOf(text);
  const counts = words.map(syllablesOf);
  return {
    text,
    sentences: 1,
    words: words.length,
    syllables: counts.reduce((sum, n) => sum + n, 0),
    polysyllables: counts.filter((n) => n >= 3).length,
  };
}

/**
 * The sentences of a Markdown body that the formulas count: paragraphs, list items and table
 * cells, each split into sentences; headings are labels, not prose, and are left out; a
 * "sentence" with no word (a number on its own) is not one.
 */
export function measuredSentences(bodyMarkdown: string): MeasuredSentence[] {
  return markdownProseBlocks(bodyMarkdown)
    .filter((block) => block.kind !== 'heading')
    .flatMap((block) => splitSentences(block.text))
    .map(measureSentence)
    .filter((sentence) => sentence.words > 0);
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;
const twoDecimals = (n: number): number => Math.round(n * 100) / 100;

function sum(sentences: readonly TextCounts[]): TextCounts {
  const total = { sentences: 0, words: 0, syllables: 0, polysyllables: 0 };
  for (const s of sentences) {
    total.sentences += s.sentences;
    total.words += s.words;
    total.syllables += s.syllables;
    total.polysyllables += s.polysyllables;
  }
  return total;
}

/**
 * The whole report for a body. A sentence's weight is how far the article's grade would fall
 * without it (leave one out): a long sentence of long words in a plain article weighs most,
 * which is what an author should rewrite first; its own grade alone would also flag short ones.
 */
export function measureReadability(bodyMarkdown: string): ReadabilityReport {
  const sentences = measuredSentences(bodyMarkdown);
  const total = sum(sentences);
  const grade = fleschKincaidGrade(total);
  const smog = smogGrade(total);
  const hardest =
    grade === null
      ? []
      : sentences
          .map((s) => {
            const without = fleschKincaidGrade({ sentences: total.sentences - 1, words: total.words - s.words, syllables: total.syllables - s.syllables });
            return { text: s.text, grade: fleschKincaidGrade(s) ?? 0, raises: without === null ? 0 : grade - without };
          })
          .filter((s) => twoDecimals(s.raises) > 0)
          .sort((a, b) => b.raises - a.raises)
          .slice(0, HARDEST_LISTED)
          .map((s) => ({ text: clip(s.text), grade: oneDecimal(s.grade), raises: twoDecimals(s.raises) }));
  return { ...total, fleschKincaidGrade: grade === null ? null : oneDecimal(grade), smogGrade: smog === null ? null : oneDecimal(smog), hardest };
}

function clip(text: string): string {
  if (text.length <= MAX_SENTENCE_TEXT) return text;
  const cut = text.slice(0, MAX_SENTENCE_TEXT);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SENTENCE_TEXT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Whether a report meets the site's target grade (an empty body does, having nothing hard in it). */
export function meetsTarget(report: Pick<ReadabilityReport, 'fleschKincaidGrade'>, target: number): boolean {
  return report.fleschKincaidGrade === null || report.fleschKincaidGrade <= target;
}

/**
 * A stored report read back: anything not shaped like one (a hand-edited row, a future format)
 * is "not measured" rather than an error, since it is advice, not content.
 */
export function parseReadabilityReport(json: string | null): ReadabilityReport | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as Partial<ReadabilityReport>;
    const numberOrNull = (v: unknown) => v === null || typeof v === 'number';
    if (typeof value !== 'object' || value === null || !numberOrNull(value.fleschKincaidGrade) || !numberOrNull(value.smogGrade)) return null;
    if (![value.sentences, value.words, value.syllables, value.polysyllables].every((n) => typeof n === 'number') || !Array.isArray(value.hardest)) return null;
    return value as ReadabilityReport;
  } catch {
    return null;
  }
}
