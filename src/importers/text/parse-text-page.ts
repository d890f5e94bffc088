import { escapeBlock, escapeHeadingText } from '../../content/markdown-escape.js';

export interface TextPage {
  title: string;
  bodyMarkdown: string;
}

/** Section headings in legacy pages are short numbered lines: "1. Lumbar muscle strain". */
const NUMBERED_LINE = /^(\d{1,3})([.)])(?:\s+|(?=\p{L}))(\S.*)$/u;
const MAX_HEADING_LENGTH = 60;
/** Navigation chrome: "<<: Previous title" and ">>: Next title". */
const NAVIGATION_LINE = /^(<<|>>):/;
/** The related-articles block; it and everything after it is page chrome. */
const RECOMMEND_LINE = 'Recommend';

/**
 * Turns a legacy plain-text page into a title and a Markdown body. The old CMS exported the
 * page as rendered, chrome included; that chrome is dropped here so it never reaches readers.
 * Throws when nothing is left to make an article of.
 */
export function parseTextPage(text: string): TextPage {
  // JS trim() also removes the no-break spaces the old site put after "<<:".
  const lines = withoutChrome(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line) => line.trim()));
  const titleIndex = lines.findIndex((line) => line !== '');
  const title = lines[titleIndex];
  if (title === undefined) throw new Error('no text on the page (only navigation, or nothing)');
  let rest = lines.slice(titleIndex + 1);
  // The old template printed the title twice: once as the page title, once above the body.
  const repeatIndex = rest.findIndex((line) => line !== '');
  const repeat = rest[repeatIndex];
  if (repeat !== undefined && sameText(repeat, title)) rest = rest.slice(repeatIndex + 1);
  const blocks = toBlocks(rest);
  if (blocks.length === 0) throw new Error('no body text after the title');
  return { title, bodyMarkdown: blocks.join('\n\n') };
}

function withoutChrome(lines: string[]): string[] {
  const kept: string[] = [];
  let skipNextText = false;
  let seenText = false;
  for (const line of lines) {
    // Only after some text: a page titled "Recommend" is still a page.
    if (line === RECOMMEND_LINE && seenText) break;
    const navigation = NAVIGATION_LINE.exec(line);
    if (navigation) {
      // A bare marker means the linked title sits on the next line; it is chrome too.
      skipNextText = line.slice(navigation[0].length).trim() === '';
      continue;
    }
    if (skipNextText && line !== '') {
      skipNextText = false;
      continue;
    }
    kept.push(line);
    if (line !== '') seenText = true;
  }
  return kept;
}

function toBlocks(lines: string[]): string[] {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    // Leading spaces are dropped: four of them would make a code block.
    if (paragraph.length > 0) blocks.push(paragraph.map((line) => escapeBlock(line.trim())).join('\n'));
    paragraph = [];
  };
  for (const line of lines) {
    const heading = line === '' ? null : sectionHeading(line);
    if (line === '' || heading !== null) endParagraph();
    if (heading !== null) blocks.push(heading);
    else if (line !== '') paragraph.push(line);
  }
  endParagraph();
  return blocks;
}

/**
 * A numbered line is a heading when it reads like one: short, and not a sentence. A long
 * numbered item ("4. Lumbar spine diseases are more common ...") is a paragraph that happens
 * to start with a number, and stays one. A closing "?" or ":" still reads as a heading.
 */
export function sectionHeading(line: string): string | null {
  const match = NUMBERED_LINE.exec(line);
  if (!match) return null;
  const [, number, separator, text = ''] = match;
  if (text.length > MAX_HEADING_LENGTH) return null;
  if (/[.!?;。！？；]/u.test(text.replace(/[?:？：]$/u, ''))) return null;
  return `## ${number}${separator} ${escapeHeadingText(text.trim())}`;
}

function sameText(a: string, b: string): boolean {
  const normalise = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();
  return normalise(a) === normalise(b);
}
