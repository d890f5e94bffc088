import { paths } from '../../content/paths.js';
import { compareNames } from '../../content/topic.js';
import type { TopicIndexEntry } from '../published-catalogue.js';

/** The A–Z bar: A to Z, then '#' for names starting with a digit or symbol. */
export const AZ_LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** '#' would be a fragment in a URL, so its page lives at /health-a-z/0-9. */
const OTHER_SLUG = '0-9';

/** The index letter a topic name files under; accents fold ("Ébola" under E). */
export function azLetterOf(name: string): string {
  const first = name.trim().normalize('NFKD').charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

export function azLetterSlug(letter: string): string {
  return letter === '#' ? OTHER_SLUG : letter.toLowerCase();
}

export function azLetterPath(letter: string): string {
  return paths.azLetter(azLetterSlug(letter));
}

/** The letter a /health-a-z/<slug> URL asks for, or null for anything else (a 404). */
export function parseAzLetterSlug(slug: string): string | null {
  if (slug === OTHER_SLUG) return '#';
  return /^[a-z]$/i.test(slug) ? slug.toUpperCase() : null;
}

export interface AzSelection {
  letters: string[];
  currentLetter: string | null;
  entries: TopicIndexEntry[];
}

/**
 * What /health-a-z/ and /health-a-z/<letter> show. Without a letter: everything when the
 * index is small enough for one page, otherwise the first letter that has topics.
 * An unknown or empty letter yields no entries; the route decides whether that is a 404.
 */
export function selectAzEntries(
  index: TopicIndexEntry[],
  requestedLetter: string | null,
  showAllUpTo = 150,
): AzSelection {
  const present = new Set(index.map((entry) => azLetterOf(entry.name)));
  const letters = AZ_LETTERS.filter((letter) => present.has(letter));
  const sorted = [...index].sort((a, b) => compareNames(a.name, b.name));
  const currentLetter =
    requestedLetter ?? (index.length <= showAllUpTo ? null : (letters[0] ?? null));
  const entries = currentLetter === null ? sorted : sorted.filter((entry) => azLetterOf(entry.name) === currentLetter);
  return { letters, currentLetter, entries };
}
