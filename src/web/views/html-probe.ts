import { decodeHTML } from 'entities';
import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * Probes for the view tests, on htmlparser2's document tree: attribute values and text arrive
 * entity-decoded, and an element ends at its own closing tag however the markup nests.
 */

/** domhandler's Element, named through htmlparser2 (domhandler is not a dependency of ours). */
type Element = ReturnType<typeof DomUtils.findAll>[number];

function elements(html: string, withIndices = false): Element[] {
  const document = parseDocument(html, { withStartIndices: withIndices, withEndIndices: withIndices });
  return DomUtils.findAll(() => true, document.children);
}

/** Every href and src value, entity-decoded, in document order. */
export function urlAttributes(html: string): string[] {
  return elements(html).flatMap((element) =>
    Object.entries(element.attribs).filter(([name]) => name === 'href' || name === 'src').map(([, value]) => value));
}

/** The markup of the first element with this opening-tag fragment, up to its matching close. */
export function elementWith(html: string, tag: string, attributeFragment: string): string | null {
  for (const element of elements(html, true)) {
    if (element.name !== tag || element.startIndex === null || element.endIndex === null) continue;
    const openingTagEnd = element.children[0]?.startIndex ?? element.endIndex + 1;
    if (html.slice(element.startIndex, openingTagEnd).includes(attributeFragment)) {
      return html.slice(element.startIndex, element.endIndex + 1);
    }
  }
  return null;
}

export function jsonLdBlocks(html: string): unknown[] {
  return elements(html)
    .filter((element) => element.name === 'script' && element.attribs.type === 'application/ld+json')
    .map((script) => JSON.parse(DomUtils.textContent(script)));
}

export function textOf(fragment: string): string {
  return DomUtils.textContent(parseDocument(fragment));
}

export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

export function count(html: string, pattern: RegExp): number {
  return [...html.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))].length;
}
