import type { RelatedReason } from './related-document.js';
import { type RankedDoc, type Scored, Tier } from './scoring.js';

/** At most this many from the article's own topic: the rest should open other, related topics. */
export const SAME_TOPIC_CAP = 3;
/** At most this many from any one other topic, so the list spans several related topics. */
export const OTHER_TOPIC_CAP = 2;
/** Term vectors this close (cosine) say the same thing: keep the first. */
export const NEAR_DUPLICATE = 0.8;
/** A candidate scoring below this is a weak match, shown only when nothing better exists. */
export const RELEVANCE_FLOOR = 0.1;

export interface SelectionContext {
  source: RankedDoc;
  limit: number;
  /** Apply the per-topic caps (off for the topic-hidden measure, which must not see topics). */
  useTopics: boolean;
  /** Cosine of two articles' term vectors. */
  similarity(a: RankedDoc, b: RankedDoc): number;
}

export interface Selected {
  scored: Scored;
  fallback: RelatedReason['fallback'];
}

function fallbackOf(scored: Scored): RelatedReason['fallback'] {
  if (scored.doc.tier === Tier.Draft) return 'draft';
  if (scored.score < RELEVANCE_FLOOR) return 'weak';
  return scored.doc.tier === Tier.LinkOut ? 'link-out' : undefined;
}

const FALLBACK_ORDER = { none: 0, 'link-out': 1, weak: 2, draft: 3 } as const;

/**
 * Picks the list from scored candidates: answered articles first, link-out pages, weak matches
 * and drafts only when nothing better is left; no near-duplicates of the article or of each
 * other; at most SAME_TOPIC_CAP from the article's topic and OTHER_TOPIC_CAP from any other.
 * When the caps leave the list short (a small site), a second pass fills it without them.
 */
export function selectRelated(candidates: Scored[], context: SelectionContext): Selected[] {
  const ordered = candidates
    .map((scored) => ({ scored, fallback: fallbackOf(scored) }))
    .sort(
      (a, b) =>
        FALLBACK_ORDER[a.fallback ?? 'none'] - FALLBACK_ORDER[b.fallback ?? 'none'] ||
        b.scored.score - a.scored.score ||
        a.scored.doc.id - b.scored.doc.id,
    );
  const { source, limit } = context;
  const chosen: Selected[] = [];
  const perTopic = new Map<number, number>();
  const capped: Selected[] = [];

  // A link-out page's vector holds little more than its title, so only titles tell whether it
  // repeats another page; answered pages are compared by their whole vectors too.
  const sameText = (a: RankedDoc, b: RankedDoc, content: () => number) =>
    a.tier !== Tier.LinkOut && b.tier !== Tier.LinkOut && content() >= NEAR_DUPLICATE;
  const sameTitle = (a: RankedDoc, b: RankedDoc) => a.titleKey !== '' && a.titleKey === b.titleKey;
  const isDuplicate = (doc: RankedDoc, content: number): boolean =>
    sameTitle(doc, source) ||
    sameText(doc, source, () => content) ||
    chosen.some(({ scored: { doc: other } }) => sameTitle(doc, other) || sameText(doc, other, () => context.similarity(doc, other)));

  for (const entry of ordered) {
    if (chosen.length >= limit) break;
    const { doc, content } = entry.scored;
    if (isDuplicate(doc, content)) continue;
    if (context.useTopics && doc.topicId !== null) {
      const cap = doc.topicId === source.topicId ? SAME_TOPIC_CAP : OTHER_TOPIC_CAP;
      const used = perTopic.get(doc.topicId) ?? 0;
      if (used >= cap) {
        capped.push(entry);
        continue;
      }
      perTopic.set(doc.topicId, used + 1);
    }
    chosen.push(entry);
  }
  for (const entry of capped) {
    if (chosen.length >= limit) break;
    if (!isDuplicate(entry.scored.doc, entry.scored.content)) chosen.push(entry);
  }
  return chosen;
}
