import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Every page is a whole document; the doctype keeps browsers out of quirks mode. */
export function renderDocument(page: VNode): string {
  return '<!doctype html>' + renderToString(page);
}
