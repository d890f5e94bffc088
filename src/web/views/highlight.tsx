import { MARK_END, MARK_START } from '../../search/search-index.js';

export type HighlightPart = { text: string; marked: boolean };

/**
 * Splits a snippet at the index's private-use markers. Stray or nested markers are tolerated:
 * an end without a start is dropped, a start inside a mark is ignored, an unclosed mark ends
 * with the text. Empty parts are left out. The markers never reach the page.
 */
export function highlightParts(snippet: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
    text = '';
  };
  for (const char of snippet) {
    if (char === MARK_START || char === MARK_END) {
      const opens = char === MARK_START;
      if (opens !== marked) {
        flush();
        marked = opens;
      }
      continue;
    }
    text += char;
  }
  flush();
  return parts;
}

/**
 * A snippet as text nodes and <mark> elements. Preact escapes every text node, so whatever
 * the indexed text holds is shown as text, never parsed as markup.
 */
export function Highlight({ snippet }: { snippet: string }) {
  return (
    <>
      {highlightParts(snippet).map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}
    </>
  );
}
