import { addMonths, nextReviewDue, REVIEW_INTERVAL_DEFAULT_MONTHS, REVIEW_INTERVAL_MAX_MONTHS } from './review-dates.js';

/**
 * Spreading review due dates. An import gives hundreds of articles the same "last reviewed" date;
 * left alone they would all fall due in the same week and swamp the reviewers. Each article's due
 * date is instead moved earlier by a number of days taken from a hash of its stable id, inside a window
 * at the end of its interval: deterministic (a re-import gives the same date), independent of the
 * other articles in the batch, never later than last reviewed + interval (so never beyond the
 * site's maximum), never on or before the last review. Pure: dates in, a date out.
 */

/** The window the due dates spread over: the interval's last three months at most. */
export const SPREAD_WINDOW_MONTHS = 3;

/** The days before the nominal due date an article's window starts: the last three months, or the interval's last third when shorter. */
export function spreadWindowDays(lastReviewed: string, intervalMonths: number): number {
  const months = Math.min(Math.max(intervalMonths, 1), REVIEW_INTERVAL_MAX_MONTHS);
  const nominal = dayNumber(addMonths(lastReviewed.slice(0, 10), months));
  const windowStart = dayNumber(addMonths(lastReviewed.slice(0, 10), months - SPREAD_WINDOW_MONTHS));
  const span = nominal - dayNumber(lastReviewed.slice(0, 10));
  // A short interval (1–4 months) spreads over its last third, so the due date stays well after the review.
  return Math.min(nominal - windowStart, Math.floor(span / 3));
}

/**
 * The article's spread due date (YYYY-MM-DD): last reviewed plus the interval (capped at the
 * site maximum), moved earlier by 0..window days by the hash of `key` (a stable id: the provenance id for imports).
 */
export function spreadReviewDue(key: string, lastReviewed: string, intervalMonths = REVIEW_INTERVAL_DEFAULT_MONTHS): string {
  const nominal = nextReviewDue(lastReviewed.slice(0, 10), intervalMonths);
  if (nominal === null) throw new Error('unreachable: a last-reviewed date gives a due date');
  const window = spreadWindowDays(lastReviewed, intervalMonths);
  const offset = fnv1a(key) % (window + 1);
  return fromDayNumber(dayNumber(nominal) - offset);
}

/** FNV-1a, 32 bits: a small, well-spread, stable hash (not for security). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00.000Z`) / 86_400_000);
}

function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
