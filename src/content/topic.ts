import { slugify } from './slug.js';

export interface Topic {
  id: number;
  slug: string;
  name: string;
  /** "Also called" names. */
  synonyms: string[];
  semanticGroup: string | null;
  summary: string | null;
  cuis: string[];
  semanticTypes: string[];
  articleCount: number;
}

/**
 * Articles from different sources about the same focus share one topic. Names differ only in
 * case and punctuation between sources ("Polycystic kidney disease", "polycystic kidney
 * disease"), so the slug of the name is the topic's identity.
 */
export function topicKey(name: string): string {
  return slugify(name, 120);
}

/** Union of synonym lists, first spelling wins, the topic's own name left out. */
export function mergeSynonyms(name: string, ...lists: string[][]): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const merged: string[] = [];
  for (const list of lists) {
    for (const raw of list) {
      const synonym = raw.trim();
      const key = synonym.toLowerCase();
      if (synonym === '' || seen.has(key)) continue;
      seen.add(key);
      merged.push(synonym);
    }
  }
  return merged;
}

/** Topic names from sources are often all lowercase; the A–Z index shows them capitalised. */
export function displayTopicName(name: string): string {
  const trimmed = name.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

// One collator for every A–Z sort: localeCompare with options builds a new one per call,
// which is slow over thousands of topic names.
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Alphabetical order for names as a reader expects it: case and accents do not matter. */
export function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b);
}
