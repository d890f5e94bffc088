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
