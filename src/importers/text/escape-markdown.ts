/**
 * Plain text put into a Markdown body must render as the same text. The site's renderer is
 * markdown-it with linkify and strikethrough on and raw HTML off, so these are the characters
 * that could otherwise turn into markup anywhere in a line.
 */
const INLINE_SPECIALS = /[\\`*_[\]<>~|]/g;
/** `&amp;` would render as `&`; a bare `&` is harmless and stays readable. */
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;

/** Escapes text that sits inside a block (heading text, or the middle of a line). */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIALS, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/** Heading text: a trailing run of `#` would be read as the heading's optional closing marks. */
export function escapeHeadingText(text: string): string {
  return escapeInline(text.trim()).replace(/#+$/, (hashes) => hashes.replace(/#/g, '\\#'));
}

/**
 * Escapes one line of a paragraph. Besides the inline characters, a line start can open a
 * heading (#), quote (>), bullet (- + *), setext underline (= -) or ordered list ("4." or
 * "4)" — which would renumber the item from 1). Leading spaces are dropped because four of
 * them would make a code block.
 */
export function escapeParagraphLine(line: string): string {
  const escaped = escapeInline(line.trim());
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(escaped);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${escaped.slice(ordered[0].length)}`;
  if (/^[#>+\-=]/.test(escaped)) return `\\${escaped}`;
  return escaped;
}
