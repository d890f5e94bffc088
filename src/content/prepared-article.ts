import type { ArticleInput } from './article.js';

/**
 * An article made ready to store: what its input says, and what is derived from it once, before
 * any write (editorial/prepare-article.ts), so a store saves data and computes nothing.
 */
export interface PreparedArticle {
  input: ArticleInput;
  /** Fingerprint of the input (content/digest.ts): an equal stored digest means "unchanged". */
  digest: string;
  /** The body as sanitized HTML, as pages show it. */
  bodyHtml: string;
  /** The reader-visible text of the body: what search indexes. */
  bodyText: string;
  /** The start of `bodyText`, the material excerpts are cut from. */
  leadText: string;
  /** The recommender's terms for the article, encoded (related/article-terms.ts). */
  terms: string;
}
