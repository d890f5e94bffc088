import type { AnswerBlock } from './answer-blocks.js';

/**
 * Structure that whitespace alone does not show, read from the blocks' wording: the
 * NIHSeniorHealth habit of an inline list followed by the same items again as running text,
 * defined terms in CancerGov lists, GARD's run-in question headings, lists written one item a
 * line after a colon (NHLBI), flattened tables, and sub-headings on a line of their own.
 */
export function inferStructure(blocks: AnswerBlock[]): AnswerBlock[] {
  // Removing one repeat can leave a paragraph that leads into the next list, whose own repeat
  // only shows once that lead-in is split off: repeat until nothing changes (two or three rounds).
  let current = blocks;
  for (let round = 0; round < 5; round++) {
    const next = dropRepeatedLists(splitLeadIns(current));
    const unchanged = next.length === current.length && next.every((block, index) => block.text === current[index]?.text);
    current = next;
    if (unchanged) break;
  }
  return markHeadings(groupTableCells(markImplicitLists(splitQuestionHeadings(splitTerms(current)))));
}

const TERMINAL_PUNCTUATION = /[.!?:;,-]["'”’)\]]?$/;
// A phrase ending in one of these goes on into what follows: "They are", "such as", "include".
const LEAD_IN_ENDINGS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'and', 'or',
  'is', 'are', 'be', 'was', 'were', 'can', 'may', 'might', 'will', 'include', 'includes',
  'including', 'like', 'such', 'than', 'that', 'these', 'those', 'this', 'have', 'has', 'get',
  'having', 'causes', 'cause', 'yourself', 'you', 'if', 'when', 'because',
]);
// "To help prevent cavities", "If you have acne": the opening of a sentence the list completes.
const LEAD_IN_STARTS = new Set(['to', 'if', 'when', 'while', 'for', 'because', 'although', 'before', 'after', 'as']);

/**
 * "Other risk factors include - Smoking  - Obesity": the first item hides behind a single-spaced
 * dash at the end of the paragraph. Split it off when the paragraph runs straight into a list and
 * the tail is a fragment rather than sentences, or when the list's repeat (see dropRepeatedLists)
 * shows that the tail is indeed its first item.
 */
export function splitLeadIns(blocks: AnswerBlock[]): AnswerBlock[] {
  const out: AnswerBlock[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    const cut = block.text.lastIndexOf(' - ');
    if (block.kind === 'paragraph' && next?.kind === 'item' && cut > 0) {
      const head = block.text.slice(0, cut).trim();
      const tail = block.text.slice(cut + 3).trim();
      const fragment = tail.length <= 200 && !/[.!?]\s|:$/.test(tail);
      const repeated = () => blocks.slice(index + 1).some((later) => later.text.includes(`${tail} ${next.text}`));
      if (head !== '' && tail !== '' && (fragment || repeated())) {
        out.push({ ...block, text: head }, { kind: 'item', text: tail, wholeLine: false });
        return;
      }
    }
    out.push(block);
  });
  return out;
}

/**
 * NIHSeniorHealth pages list items, then repeat them joined as running text:
 * "- Smoking  - Obesity  - Race. Smoking Obesity Race. Other factors...". The repeat lands in an
 * item (the last one of its list; another list may follow straight on) or starts the next
 * paragraph. Drop it and keep whatever follows as a paragraph.
 */
export function dropRepeatedLists(blocks: AnswerBlock[]): AnswerBlock[] {
  const out: AnswerBlock[] = [];
  let runStart = -1;
  for (const original of blocks) {
    const block = { ...original };
    const earlier = runStart < 0 ? [] : out.slice(runStart).map((item) => item.text);
    if (block.kind === 'item') {
      const split = splitRepeat(earlier, block.text);
      if (runStart < 0) runStart = out.length;
      if (!split) {
        out.push(block);
        continue;
      }
      // The item's text changed, so what looked like a term at its start no longer counts.
      out.push({ kind: block.kind, text: split.item, wholeLine: block.wholeLine });
      if (split.tail !== '') out.push({ kind: 'paragraph', text: split.tail, wholeLine: false });
      runStart = -1;
      continue;
    }
    if (block.kind === 'paragraph' && earlier.length >= 2) {
      const whole = earlier.join(' ');
      if (block.text === whole || block.text.startsWith(whole + ' ')) block.text = block.text.slice(whole.length).trim();
    }
    if (block.text !== '') out.push(block);
    runStart = -1;
  }
  return out;
}

/** Finds "<item> <earlier items...> <item> <tail>" in an item's text; returns the item and the tail. */
function splitRepeat(earlier: string[], text: string): { item: string; tail: string } | null {
  for (let start = 0; start < earlier.length; start++) {
    const head = earlier.slice(start).join(' ');
    const at = text.indexOf(' ' + head + ' ');
    if (at <= 0) continue;
    const item = text.slice(0, at);
    const remainder = text.slice(at + 1);
    const repeat = head + ' ' + item;
    if (remainder === repeat || remainder.startsWith(repeat + ' ')) {
      return { item, tail: remainder.slice(repeat.length).trim() };
    }
  }
  return null;
}

/** Items whose opening words were read as a defined term ("-  Iris  The iris is...") get `term`. */
export function splitTerms(blocks: AnswerBlock[]): AnswerBlock[] {
  return blocks.map((block) => {
    const { termLength, ...rest } = block;
    if (block.kind !== 'item' || termLength === undefined || block.text.length <= termLength + 1) return rest;
    return { ...rest, term: block.text.slice(0, termLength), text: block.text.slice(termLength + 1) };
  });
}

const QUESTION_HEADING = /^((?:What|How|Is|Are|Who|Can|Does|Do|Why|When|Where|Which|Should|Could|Will)\b[^?.!]{0,160}\?)(?: +(.*))?$/s;

/**
 * GARD answers open each section with its question as a run-in heading: "What causes X? The
 * cause of X is...". A paragraph that starts with a one-sentence question followed by a new
 * sentence, or that is only that question and has text after it, becomes a heading.
 */
export function splitQuestionHeadings(blocks: AnswerBlock[]): AnswerBlock[] {
  const out: AnswerBlock[] = [];
  blocks.forEach((block, index) => {
    const match = block.kind === 'paragraph' ? QUESTION_HEADING.exec(block.text) : null;
    const question = match?.[1];
    const rest = match?.[2];
    if (question && rest !== undefined && /^["“‘(]?[A-Z0-9]/.test(rest)) {
      out.push({ kind: 'heading', level: 2, text: question, wholeLine: false }, { ...block, text: rest });
    } else if (question && rest === undefined && blocks[index + 1] !== undefined) {
      out.push({ ...block, kind: 'heading', level: 2 });
    } else {
      out.push(block);
    }
  });
  return out;
}

/**
 * "Other signs and symptoms of anemia include:" followed by short lines without full stops is a
 * list whose bullets were lost. Two such lines at least, so a lone line after a colon stays text.
 */
export function markImplicitLists(blocks: AnswerBlock[]): AnswerBlock[] {
  const out = blocks.map((block) => ({ ...block }));
  for (let index = 0; index < out.length; index++) {
    const intro = out[index];
    if (intro?.kind !== 'paragraph' || !intro.text.endsWith(':')) continue;
    let end = index;
    while (isListFragment(out[end + 1])) end++;
    if (end - index >= 2) {
      for (let item = index + 1; item <= end; item++) {
        const block = out[item];
        if (block) block.kind = 'item';
      }
    }
    index = end;
  }
  return out;
}

function isListFragment(block: AnswerBlock | undefined): boolean {
  return block !== undefined && block.kind === 'paragraph' && block.wholeLine
    && block.text.length <= 120 && !/[.!?:]["'”’)\]]?$/.test(block.text);
}

/**
 * Tables lost their markup and come out as a long run of short cells ("Food", "Serving Size",
 * "Iron", "18 mg", ...). Read as separate blocks they would turn into a stack of headings; keep
 * four or more such cells together as one block of lines instead.
 */
export function groupTableCells(blocks: AnswerBlock[]): AnswerBlock[] {
  const out: AnswerBlock[] = [];
  let index = 0;
  while (index < blocks.length) {
    let end = index;
    while (isTableCell(blocks[end])) end++;
    if (end - index >= 4) {
      const cells = blocks.slice(index, end).map((block) => block.text);
      out.push({ kind: 'lines', text: cells.join('\n'), wholeLine: false });
      index = end;
      continue;
    }
    const block = blocks[index];
    if (block) out.push(block);
    index++;
  }
  return out;
}

function isTableCell(block: AnswerBlock | undefined): boolean {
  return block !== undefined && block.kind === 'paragraph' && block.text.length <= 40
    && !/[.!?:]["'”’)\]]?$/.test(block.text);
}

/**
 * A short line with no closing punctuation, followed by text that starts a sentence, is a
 * sub-heading ("Complications of Anemia", "Drug therapy"). Before a list it must be very short
 * and not end like a lead-in ("They are", "To help prevent it, you can"). "Key Points" (CancerGov)
 * is always a heading. A lone bullet followed by prose about it ("- Transfusion therapy" then
 * "Transfusion therapy (blood transfusion) is...") is a heading one level down.
 */
export function markHeadings(blocks: AnswerBlock[]): AnswerBlock[] {
  return blocks.map((block, index) => {
    const next = blocks[index + 1];
    const previous = blocks[index - 1];
    if (block.kind === 'item') {
      const lone = previous?.kind !== 'item' && next?.kind === 'paragraph' && block.term === undefined;
      return lone && looksLikeHeading(block.text) && sameFirstWord(block.text, next.text)
        ? { ...block, kind: 'heading', level: 3 }
        : block;
    }
    if (block.kind !== 'paragraph') return block;
    if (/^key points$/i.test(block.text)) return { ...block, kind: 'heading', level: 2, text: 'Key points' };
    if (!next || !looksLikeHeading(block.text)) return block;
    const words = block.text.split(' ');
    const lastWord = (words[words.length - 1] ?? '').toLowerCase();
    if (LEAD_IN_ENDINGS.has(lastWord)) return block;
    const heading = next.kind === 'item'
      ? words.length <= 4 && !LEAD_IN_STARTS.has((words[0] ?? '').toLowerCase())
      // The text under a heading is prose, not another short line (a list that lost its bullets).
      : next.kind === 'paragraph' && words.length <= 10 && /^["“‘(]?[A-Z]/.test(next.text) && !looksLikeHeading(next.text);
    return heading ? { ...block, kind: 'heading', level: 2 } : block;
  });
}

function looksLikeHeading(text: string): boolean {
  // Starting with a letter keeps the cells of flattened tables ("14", "4.0 grams") out.
  return text.length <= 70 && /^[A-Z]/.test(text) && !TERMINAL_PUNCTUATION.test(text) && !text.includes(':');
}

function sameFirstWord(a: string, b: string): boolean {
  const word = (text: string) => (text.split(' ')[0] ?? '').toLowerCase();
  return word(a) !== '' && word(a) === word(b);
}
