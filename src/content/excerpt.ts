export const DEFAULT_EXCERPT_LENGTH = 50;

const ELLIPSIS = '…';
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * An excerpt of at most `maxLength` characters (code points, the ellipsis included) from plain
 * text. Space-separated scripts are cut at a word boundary; Chinese and Japanese, which have no
 * spaces, are cut between characters. The ellipsis appears only when something was cut.
 */
export function excerpt(plainText: string, maxLength = DEFAULT_EXCERPT_LENGTH): string {
  // Only the start of a long text can reach the excerpt: collapsing and splitting all of a long
  // answer cost more than the rest of rendering a listing. The head decides alone when it holds
  // twice the budget after collapsing (the word straddling the cut then ends inside it) and no
  // Chinese or Japanese (whose word boundaries come from a dictionary over the whole run).
  const headLimit = maxLength * 8 + 64;
  if (plainText.length > headLimit) {
    const head = plainText.slice(0, headLimit).replace(/\s+/g, ' ').trimStart();
    if (!CJK.test(head) && Array.from(head).length >= maxLength * 2 + 2) return cut(head, maxLength);
  }
  const text = plainText.replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  return cut(text, maxLength);
}

/** `text` is collapsed and longer than `maxLength`. */
function cut(text: string, maxLength: number): string {
  if (maxLength < 2) return ELLIPSIS;
  const budget = maxLength - 1;
  // Space-separated text is cut at the last space that fits; Intl.Segmenter, needed for Chinese
  // and Japanese, was a tenth of a static build's time when used for every excerpt.
  if (!CJK.test(text)) return cutAtSpace(text, budget) + ELLIPSIS;

  let kept = '';
  let keptLength = 0;
  for (const { segment } of wordSegmenter.segment(text)) {
    const segmentChars = Array.from(segment);
    if (keptLength + segmentChars.length <= budget) {
      kept += segment;
      keptLength += segmentChars.length;
      continue;
    }
    // A segment that does not fit: CJK text is split by character, as is a single word
    // longer than the whole budget; anything else ends the excerpt at the previous boundary.
    if (CJK.test(segment) || keptLength === 0) {
      kept += segmentChars.slice(0, budget - keptLength).join('');
    }
    break;
  }
  return trimTrailingPunctuation(kept) + ELLIPSIS;
}

function cutAtSpace(text: string, budget: number): string {
  const chars = Array.from(text.slice(0, budget * 2 + 2)).slice(0, budget + 1);
  const fits = chars.slice(0, budget).join('');
  // The character after the budget decides: a space means the last word fits whole.
  if (chars[budget] === ' ') return trimTrailingPunctuation(fits);
  const lastSpace = fits.lastIndexOf(' ');
  // One word longer than the whole budget is cut by character rather than dropped.
  return trimTrailingPunctuation(lastSpace > 0 ? fits.slice(0, lastSpace) : fits);
}

function trimTrailingPunctuation(text: string): string {
  return text.replace(/[\s,;:.\-–—、，。；：]+$/u, '');
}

const leadExcerpts = new WeakMap<{ leadText: string }, { maxLength: number; text: string }>();

/**
 * The excerpt of an article's lead text, remembered per summary object: a static build shares one
 * summary among the up to 15 pages that show the article, and cutting was a tenth of rendering.
 */
export function leadExcerpt(article: { leadText: string }, maxLength: number): string {
  const known = leadExcerpts.get(article);
  if (known && known.maxLength === maxLength) return known.text;
  const text = excerpt(article.leadText, maxLength);
  leadExcerpts.set(article, { maxLength, text });
  return text;
}
