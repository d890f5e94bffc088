/** What orders a category's articles for previous/next (the store's definition, in memory). */
export interface TimelineEntry {
  id: number;
  categoryId: number | null;
  publishedAt: string | null;
}

/**
 * Each article's previous and next ids: within its category, by publication date then id;
 * articles without a category or a date have none and are nobody's (as PublishedCatalogue.neighbours).
 */
export function timelineNeighbours(entries: Iterable<TimelineEntry>): Map<number, [number | null, number | null]> {
  const timelines = new Map<number, TimelineEntry[]>();
  for (const entry of entries) {
    if (entry.categoryId === null || entry.publishedAt === null) continue;
    const timeline = timelines.get(entry.categoryId);
    if (timeline) timeline.push(entry);
    else timelines.set(entry.categoryId, [entry]);
  }
  const neighbours = new Map<number, [number | null, number | null]>();
  for (const timeline of timelines.values()) {
    timeline.sort((a, b) => (a.publishedAt! < b.publishedAt! ? -1 : a.publishedAt! > b.publishedAt! ? 1 : a.id - b.id));
    timeline.forEach((entry, i) => neighbours.set(entry.id, [timeline[i - 1]?.id ?? null, timeline[i + 1]?.id ?? null]));
  }
  return neighbours;
}
