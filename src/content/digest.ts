import { createHash } from 'node:crypto';
import type { ArticleInput } from './article.js';

/** A fingerprint of everything an import says about an article; equal digests mean "unchanged". */
export function articleDigest(input: ArticleInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('base64url');
}
