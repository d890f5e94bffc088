/**
 * MedQuAD answers were scraped from web pages with the markup stripped; what is left of the layout
 * is whitespace. This file reads that whitespace back into blocks:
 *
 * - every line is a block of its own (no answer is hard-wrapped), blank lines only add space;
 * - within a line, a run of three or more spaces ends a block (MedlinePlus, CancerGov);
 * - a run of two spaces ends a block when a list item follows ("  - Item") or when it sits
 *   between two sentences (GHR and GARD separate paragraphs that way); elsewhere a double
 *   space is what is left of stripped inline markup ("the  BRCA1  gene") and reads as one;
 * - "- " starts a list item; a lone "-" takes the next piece as its text ("-   Physical exam"),
 *   and so does a dash left dangling at the end of a paragraph ("effect on -  how long you live").
 */

/** 'lines': cells of a flattened table, one a line (the text holds them joined by '\n'). */
export type BlockKind = 'paragraph' | 'item' | 'heading' | 'lines';

export interface AnswerBlock {
  kind: BlockKind;
  text: string;
  /** Heading only: 2 for a section, 3 for a heading that was a lone bullet inside one. */
  level?: 2 | 3;
  /** Item only: a short bold term the item defines, shown on its own line ("-  Iris  The iris is..."). */
  term?: string;
  /**
   * Item only: the text's first `termLength` characters look like such a term. The structure pass
   * decides (after removing repeated lists, which compare whole item texts) and fills `term`.
   */
  termLength?: number;
  /** True when the block was a whole line of the source, not a piece of a longer line. */
  wholeLine: boolean;
}

const ITEM_START = /^-(?:\s+|$)/;
const SENTENCE_END = /[.!?:]["'”’)\]]?$/;
const SENTENCE_START = /^["“‘(]?[A-Z0-9]/;
// Words that end a phrase which goes on: "changes in the  BRCA1 gene" is not a term.
const CONTINUING_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'and', 'or',
  'called', 'named', 'is', 'are', 'was', 'were', 'be', 'such', 'like', 'than', 'that', 'your',
  'about', 'into', 'over', 'under', 'through', 'between', 'during', 'after', 'before', 'without',
  'within', 'via', 'per', 'their', 'its', 'his', 'her', 'our', 'my',
]);

export function splitAnswerBlocks(answer: string): AnswerBlock[] {
  const normalised = answer.replace(/\r\n?/g, '\n').replace(/[\t\u00a0]/g, ' ');
  const blocks: AnswerBlock[] = [];
  for (const line of normalised.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') blocks.push(...splitLine(trimmed));
  }
  return blocks;
}

interface Draft {
  kind: 'paragraph' | 'item';
  text: string;
  termLength?: number;
  pieces: number;
}

function splitLine(line: string): AnswerBlock[] {
  const parts = line.split(/( {2,})/);
  const sentenceBreaks = !typographicSpacing(line);
  const drafts: Draft[] = [];
  let current = startDraft(parts[0] ?? '');
  for (let i = 2; i < parts.length; i += 2) {
    const run = (parts[i - 1] ?? '').length;
    const piece = parts[i] ?? '';
    if (current.kind === 'item' && current.text === '') {
      current.text = piece;
      current.pieces = 1;
    } else if (ITEM_START.test(piece) || run >= 3) {
      drafts.push(current);
      current = startDraft(piece);
    } else if (current.kind === 'paragraph' && / -$/.test(current.text) && ITEM_START.test(parts[i + 2] ?? '')) {
      // "may have a different effect on -  how long you live  - your overall health": the first
      // item's dash lost its place; the item after it shows that a list has begun.
      current.text = current.text.slice(0, -2);
      drafts.push(current);
      current = { kind: 'item', text: piece, pieces: 1 };
    } else if (sentenceBreaks && current.kind === 'paragraph' && SENTENCE_END.test(current.text) && SENTENCE_START.test(piece)) {
      drafts.push(current);
      current = startDraft(piece);
    } else if (current.kind === 'item' && current.pieces === 1 && isTerm(current.text, piece)) {
      current.termLength = current.text.length;
      current.text += ' ' + piece;
      current.pieces++;
    } else {
      current.text += ' ' + piece;
      current.pieces++;
    }
  }
  drafts.push(current);
  const wholeLine = drafts.length === 1;
  return drafts
    .filter((draft) => draft.text !== '')
    .map((draft) => toBlock(draft, wholeLine));
}

/**
 * Some pages put two spaces after every full stop (typewriter style). There a double space says
 * nothing about paragraphs: a line whose sentences are all double-spaced is one paragraph.
 */
function typographicSpacing(line: string): boolean {
  const single = line.match(/[.!?]["'”’)]? [A-Z]/g)?.length ?? 0;
  const double = line.match(/[.!?]["'”’)]? {2}[A-Z]/g)?.length ?? 0;
  return single === 0 && double >= 3;
}

function startDraft(piece: string): Draft {
  const marker = ITEM_START.exec(piece);
  if (!marker) return { kind: 'paragraph', text: piece, pieces: 1 };
  const text = piece.slice(marker[0].length);
  return { kind: 'item', text, pieces: text === '' ? 0 : 1 };
}

function toBlock(draft: Draft, wholeLine: boolean): AnswerBlock {
  const block: AnswerBlock = { kind: draft.kind, text: draft.text, wholeLine };
  if (draft.termLength !== undefined) block.termLength = draft.termLength;
  return block;
}

/**
 * CancerGov lists name a thing, then describe it: "-  Medulloblastomas  Most CNS embryonal tumors
 * are medulloblastomas." The name is short, ends without punctuation or a word that needs a
 * continuation, and the description starts a sentence with a capitalised word (not an acronym
 * like BRCA1, which would be the middle of a phrase) or with the name itself ("CNS neuroblastomas
 *  CNS neuroblastomas are...").
 */
function isTerm(term: string, next: string): boolean {
  const words = term.split(' ');
  const lastWord = (words[words.length - 1] ?? '').toLowerCase();
  return words.length <= 6 && term.length <= 60 && !/[.,;:!?]$/.test(term)
    && !CONTINUING_WORDS.has(lastWord) && next.split(' ').length >= 3
    && (/^[A-Z][a-z]/.test(next) || next.toLowerCase().startsWith(term.toLowerCase() + ' '));
}
