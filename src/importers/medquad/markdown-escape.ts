/**
 * Escaping plain text so Markdown shows it as it is. The answers are plain text; characters that
 * Markdown would read as syntax ("[9440]" citations, "<10%", "UGT1A1*28", a line starting
 * "1. ") get a backslash.
 */

// Web addresses stay untouched: the site's renderer links them (linkify), and a backslash inside
// one would cut the link short.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’]/gi;

const INLINE_SPECIALS = /[\\`*_[\]<~]/g;
// "&copy;" or "&#38;" in the text would otherwise be decoded by the renderer.
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;

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
 * (- + and "1." / "1)"), setext underlines and thematic breaks (= -).
 */
export function escapeBlockStart(text: string): string {
  if (/^[#>+=-]/.test(text)) return '\\' + text;
  return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Inline escaping plus block-start escaping: for text that begins a paragraph, item or heading. */
export function escapeBlock(text: string): string {
  return escapeBlockStart(escapeInline(text));
}
