import MarkdownIt from 'markdown-it';
import { slugify } from './slug.js';

/** A `##` heading of a body: what a source can be linked to. */
export interface BodySection {
  /** The heading as written, inline Markdown removed. */
  heading: string;
  /** What a source stores: stable while the words of the heading stay. */
  slug: string;
}

// Parsing only: no rendering, so no plugins. markdown-it tells a heading from "##" in a code block.
const parser = new MarkdownIt({ html: false });

/** The body's `##` headings, in order, each once (a repeated heading is one section). */
export function bodySections(bodyMarkdown: string): BodySection[] {
  const sections: BodySection[] = [];
  const seen = new Set<string>();
  const tokens = parser.parse(bodyMarkdown, {});
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open' || token.tag !== 'h2') return;
    const inline = tokens[index + 1];
    const heading = (inline?.children ?? [])
      .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : ''))
      .join('')
      .trim();
    const slug = slugify(heading);
    if (slug === '' || seen.has(slug)) return;
    seen.add(slug);
    sections.push({ heading, slug });
  });
  return sections;
}
