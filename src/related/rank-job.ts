// What crosses between the rank pool and its threads, in a file of its own so that neither
// imports the other.
import type { RelatedEntry, RelatedOverride, RelatedTopicSource } from './related-document.js';

/** Ranking threads report progress every this many lists. */
export const PROGRESS_EVERY = 250;

export interface RankJob {
  /** The sources as JSON (one string crosses threads far faster than 16,000 cloned objects). */
  sourcesJson: string;
  topics: RelatedTopicSource[];
  overrides: [number, RelatedOverride[]][];
  ids: number[];
  limit: number;
}

export type RankMessage = { ranked: number } | { lists: [number, RelatedEntry[]][] } | { error: string };
