import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in Markdown is off: authors and importers write Markdown, not markup. The sanitizer
// below is a second wall in case a plugin or a future option lets markup through.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a',
    'blockquote', 'code', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
  ],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['scope'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    // An article's title is the page's only h1; body headings start one level down.
    h1: 'h2',
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const external = /^https?:/i.test(href);
      return {
        tagName,
        attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
      };
    },
  },
};
SANITIZE_OPTIONS.allowedAttributes = { ...SANITIZE_OPTIONS.allowedAttributes, a: ['href', 'title', 'rel'] };

/** Markdown to HTML that is safe to put in a page as it is. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS);
}

/**
 * The reader-visible text of a Markdown body: no markup, entities decoded, blocks separated by
 * a space. Excerpts and search snippets are cut from it.
 */
export function markdownToPlainText(source: string): string {
  const parts: string[] = [];
  for (const block of markdown.parse(source, {})) {
    if (block.type === 'inline' && block.children) {
      for (const token of block.children) {
        if (token.type === 'text' || token.type === 'code_inline') parts.push(token.content);
        else if (token.type === 'softbreak' || token.type === 'hardbreak') parts.push(' ');
      }
      parts.push(' ');
    } else if (block.type === 'code_block' || block.type === 'fence') {
      parts.push(block.content, ' ');
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** One block of a body's prose: what a reader reads as a unit (a sentence never runs across two). */
export interface ProseBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-cell';
  text: string;
}

/**
 * The body's prose, block by block, through the same parser as the page: code (blocks and
 * inline) and images' alt text left out, links kept as their text, a line break a space. A list
 * item or table cell is a block of its own, so an unpunctuated bullet never joins the next one
 * into one long "sentence" (readability.ts measures from this).
 */
export function markdownProseBlocks(source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let listDepth = 0;
  let opener = '';
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'list_item_open') listDepth++;
    else if (token.type === 'list_item_close') listDepth--;
    else if (token.type !== 'inline') opener = token.type;
    if (token.type !== 'inline' || !token.children) continue;
    const text = token.children
      .map((child) => (child.type === 'text' ? child.content : child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text === '') continue;
    const kind = opener === 'heading_open' ? 'heading' : opener === 'th_open' || opener === 'td_open' ? 'table-cell' : listDepth > 0 ? 'list-item' : 'paragraph';
    blocks.push({ kind, text });
  }
  return blocks;
}
