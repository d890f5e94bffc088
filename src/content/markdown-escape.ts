/**
 * Plain text put into a Markdown body must render as the same text. The site's renderer
 * (markdown.ts: markdown-it with linkify, strikethrough and tables on, raw HTML off) would read
 * "[9440]" citations, "<10%", "UGT1A1*28", "a | b" or a line starting "1. " as syntax; those
 * characters get a backslash. Importers of plain text (MedQuAD answers, text pages) use these.
 */

// Web addresses stay untouched: the renderer links them (linkify), and a backslash inside one
// would cut the link short.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’]/gi;

// `<` could open an autolink; `|` a table cell. A `>` inside a line is plain text (raw HTML is
// off), so only a line-starting one, a quote, is escaped (escapeBlockStart).
const INLINE_SPECIALS = /[\\`*_[\]<~|]/g;
// "&copy;" or "&#38;" in the text would otherwise be decoded by the renderer; a bare `&` is
// harmless and stays readable.
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;

/** Escapes text that sits inside a block (heading text, list item text, the middle of a line). */
export function escapeInline(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    out += escapePlain(text.slice(last, start)) + match[0];
    last = start + match[0].length;
  }
  return out + escapePlain(text.slice(last));
}

function escapePlain(text: string): string {
  return text.replace(INLINE_SPECIALS, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/**
 * Escapes what only matters at the start of a block: headings (#), quotes (>), list markers
 * (- + and "1." / "1)", which would also renumber the item from 1), setext underlines and
 * thematic breaks (= -). A `*` is already escaped inline.
 */
function escapeBlockStart(text: string): string {
  if (/^[#>+=-]/.test(text)) return '\\' + text;
  return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Inline escaping plus block-start escaping: for text that begins a paragraph, item or line. */
export function escapeBlock(text: string): string {
  return escapeBlockStart(escapeInline(text));
}

/** Heading text: a trailing run of `#` would be read as the heading's optional closing marks. */
export function escapeHeadingText(text: string): string {
  return escapeInline(text).replace(/#+$/, (hashes) => hashes.replace(/#/g, '\\#'));
}
