import type { ArticleInput } from '../content/article.js';
import { articleDigest } from '../content/digest.js';
import { markdownToPlainText, renderMarkdown } from '../content/markdown.js';
import type { PreparedArticle } from '../content/prepared-article.js';
import { type ArticleTerms, encodeArticleTerms } from '../related/article-terms.js';
import { extractArticleTerms } from '../related/term-extraction.js';

/** How much plain text to keep for excerpts; excerpts are far shorter than this. */
const LEAD_TEXT_LENGTH = 600;

/**
 * Everything a write derives from an article's input: HTML, text, lead, the recommender's terms
 * and the digest. Pure. Here, where both content/ and related/ may be imported (content/ never
 * imports related/). Pass `digest` when already computed (an importer compares it first).
 */
export function prepareArticle(input: ArticleInput, digest = articleDigest(input)): PreparedArticle {
  const bodyText = articleBodyText(input.bodyMarkdown);
  return {
    input,
    digest,
    bodyHtml: renderMarkdown(input.bodyMarkdown),
    bodyText,
    leadText: articleLeadText(bodyText),
    terms: encodeArticleTerms(articleTerms(input.title, input.bodyMarkdown, bodyText)),
  };
}

/** The start of the body's text that excerpts are cut from. */
export function articleLeadText(bodyText: string): string {
  return bodyText.slice(0, LEAD_TEXT_LENGTH);
}

/**
 * The body as plain text: what search indexes, the lead is cut from and terms are counted in.
 * Also what the search backfill indexes for articles written before the index existed.
 */
export function articleBodyText(bodyMarkdown: string): string {
  return markdownToPlainText(bodyMarkdown);
}

/**
 * The recommender's terms of an article. Also what its repository extracts, once, for articles
 * written before terms were stored.
 */
export function articleTerms(title: string, bodyMarkdown: string, bodyText = articleBodyText(bodyMarkdown)): ArticleTerms {
  return extractArticleTerms(title, bodyMarkdown, bodyText);
}
