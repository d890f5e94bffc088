import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { CARE_CARD_WORDING, type CareCardLevel, type Country } from './care-card-wording.js';
import { CARE_CARD_CLASSES, CARE_CARD_ID, type CareCard, type CareCardEnv, careCardPlugin } from './care-cards.js';
import { MEDIA_PATH_PREFIX, parseMediaReference, responsiveImage } from './media-image.js';

// Raw HTML in Markdown is off: authors and importers write Markdown, not markup. The sanitizer
// below is a second wall in case a plugin or a future option lets markup through.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(careCardPlugin);

// Images: only the media store's (media-image.ts) become <img>, sized from their reference so the
// page never shifts as they load; any other image URL is shown as its alt text, never fetched.
markdown.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const image = parseMediaReference(token.attrGet('src') ?? '');
  const escape = markdown.utils.escapeHtml;
  if (!image) return escape(alt);
  const { src, srcset, sizes, width, height } = responsiveImage(image);
  return `<img src="${escape(src)}" srcset="${escape(srcset)}" sizes="${escape(sizes)}" width="${width}" height="${height}" alt="${escape(alt)}" loading="lazy" decoding="async">`;
};

/** A card's id (and the section's reference to it) is kept only in the shape the card rule writes. */
const keepCareCardId = (attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes => {
  const kept = { ...attribs };
  for (const name of ['id', 'aria-labelledby']) if (kept[name] !== undefined && !CARE_CARD_ID.test(kept[name]!)) delete kept[name];
  return kept;
};
const careCardLevelValues = ['non-urgent', 'urgent', 'emergency'];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a',
    'blockquote', 'code', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
    // Care cards (care-cards.ts): their classes, ids and placeholders only, listed below.
    'section', 'div', 'span',
    // Media store images only (see the image rule above and exclusiveFilter below).
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'title'], ol: ['start'], th: ['scope'], td: ['colspan', 'rowspan'],
    section: ['class', 'aria-labelledby'], div: ['class'],
    img: ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading', 'decoding'],
    span: ['class', { name: 'data-care-card-title', multiple: false, values: careCardLevelValues }],
    p: ['class', { name: 'data-care-card-action', multiple: false, values: careCardLevelValues }],
    ...Object.fromEntries(['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, ['class', 'id']])),
  },
  allowedClasses: CARE_CARD_CLASSES,
  // tel: for the phone numbers of care cards' action lines.
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  exclusiveFilter: (frame) => frame.tag === 'img' && !(frame.attribs.src ?? '').startsWith(MEDIA_PATH_PREFIX),
  transformTags: {
    // An article's title is the page's only h1; body headings start one level down.
    h1: (_tagName, attribs) => ({ tagName: 'h2', attribs: keepCareCardId(attribs) }),
    ...Object.fromEntries(['h2', 'h3', 'h4', 'h5', 'h6', 'section'].map((tag) => [tag, (tagName: string, attribs: sanitizeHtml.Attributes) => ({ tagName, attribs: keepCareCardId(attribs) })])),
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
 * The care cards of a body and every problem with them (`line N: …`, 1-based lines of `source`):
 * what the editor's save and the Markdown importer check, and what the JSON API lists.
 */
export function readCareCards(source: string): { cards: CareCard[]; problems: string[] } {
  const env: CareCardEnv = {};
  markdown.parse(source, env);
  return { cards: env.careCards ?? [], problems: env.careCardProblems ?? [] };
}

/** An image of a Markdown body: its URL, its alt text (may be empty) and its 1-based line. */
export interface MarkdownImage {
  url: string;
  alt: string;
  line: number;
}

/** Every image of a body, in order: what the editor's alt-text warnings and the importer's image copy read. */
export function markdownImages(source: string): MarkdownImage[] {
  const images: MarkdownImage[] = [];
  for (const block of markdown.parse(source, {})) {
    if (block.type !== 'inline' || !block.children) continue;
    const line = (block.map?.[0] ?? 0) + 1;
    for (const token of block.children) {
      if (token.type !== 'image') continue;
      const alt = markdown.renderer.renderInlineAsText(token.children ?? [], markdown.options, {}).trim();
      images.push({ url: token.attrGet('src') ?? '', alt, line });
    }
  }
  return images;
}

/** `line N: …` for each image of a body without alt text: warnings, never a refusal (decorative images are not supported yet). */
export function imageAltWarnings(source: string): string[] {
  return markdownImages(source)
    .filter((image) => image.alt === '')
    .map((image) => `line ${image.line}: the image ${image.url} has no alt text (write it between the brackets: ![what it shows](${image.url}))`);
}

const careCardParts = new Map<string, { heading: string; action: string }>();

/** A level's default heading and action line in a country, as sanitized HTML (rendered once each). */
export function careCardWordingHtml(country: Country, level: CareCardLevel): { heading: string; action: string } {
  const key = `${country}:${level}`;
  let parts = careCardParts.get(key);
  if (!parts) {
    const wording = CARE_CARD_WORDING[country][level];
    const inline = (text: string) => sanitizeHtml(markdown.renderInline(text), SANITIZE_OPTIONS);
    parts = { heading: inline(wording.heading), action: inline(wording.action) };
    careCardParts.set(key, parts);
  }
  return parts;
}

const CARE_CARD_PLACEHOLDER = /<(p|span) class="care-card__(action|title)" data-care-card-\2="(non-urgent|urgent|emergency)"><\/\1>/g;

/**
 * Stored body HTML with its care cards' country wording filled in: the action line and any
 * heading the author left to the default. Only the renderer writes these placeholders (raw HTML
 * is off, so an author cannot); a body without cards comes back as it is.
 */
export function completeCareCards(html: string, country: Country): string {
  if (!html.includes('data-care-card-')) return html;
  return html.replace(CARE_CARD_PLACEHOLDER, (_match, tag: string, part: 'action' | 'title', level: CareCardLevel) => {
    const wording = careCardWordingHtml(country, level);
    return `<${tag} class="care-card__${part}">${part === 'action' ? wording.action : wording.heading}</${tag}>`;
  });
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
