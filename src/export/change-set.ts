import { createHash } from 'node:crypto';
import type { ArticleState, SiteState } from '../store/content-store.js';
import { type DependencyKey, parseListingKey } from './page-dependencies.js';
import { timelineNeighbours } from './timeline.js';

/** What the manifest keeps of the site a build was made from: enough to tell what changed since. */
export interface BuildState {
  articles: Record<number, ArticleState>;
  /** Stored "Recommended" ids per article, in order. */
  related: Record<number, number[]>;
  /** Digest of each topic's row (name, synonyms, summary). */
  topics: Record<number, string>;
  /** Digest of the category tree (names, slugs, parents, descriptions). */
  categories: string;
}

export function buildState(site: SiteState, related: Map<number, number[]>): BuildState {
  return {
    articles: Object.fromEntries(site.articles.map((article) => [article.id, article])),
    related: Object.fromEntries(related),
    topics: Object.fromEntries(site.topics.map((topic) => [topic.id, hash(JSON.stringify(topic))])),
    categories: hash(JSON.stringify(site.categories)),
  };
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** How two states of an article differ for the pages around it: its place in lists, or only its text. */
function movedOrAddedOrRemoved(before: ArticleState | undefined, after: ArticleState | undefined): boolean {
  if (!before || !after) return true;
  return (
    before.slug !== after.slug ||
    before.categoryId !== after.categoryId ||
    before.topicId !== after.topicId ||
    before.publishedAt !== after.publishedAt ||
    before.tagSlugs.join(' ') !== after.tagSlugs.join(' ')
  );
}

/**
 * The dependency keys (page-dependencies.ts) whose answer differs between two builds' states: a
 * page recorded with none of them renders to the same bytes and is not rendered again.
 * `listingKeys` are the listings pages were built from (the only `l` keys that can matter).
 */
export function changedKeys(before: BuildState, after: BuildState, listingKeys: Iterable<DependencyKey>): Set<DependencyKey> {
  const changed = new Set<DependencyKey>();
  const moved: ArticleState[] = [];
  const ids = new Set([...Object.keys(before.articles), ...Object.keys(after.articles)].map(Number));
  for (const id of ids) {
    const old = before.articles[id];
    const now = after.articles[id];
    if (old && now && JSON.stringify(old) === JSON.stringify(now)) continue;
    changed.add(`a${id}`);
    if (!movedOrAddedOrRemoved(old, now)) continue;
    for (const state of [old, now]) {
      if (!state) continue;
      moved.push(state);
      changed.add(`s${state.slug}`);
      if (state.topicId !== null) changed.add(`t${state.topicId}`);
      for (const tag of state.tagSlugs) changed.add(`g${tag}`);
    }
    changed.add('z');
    if (old?.categoryId !== now?.categoryId) changed.add('C');
  }

  const relatedIds = new Set([...Object.keys(before.related), ...Object.keys(after.related)].map(Number));
  for (const id of relatedIds) {
    if ((before.related[id] ?? []).join(' ') !== (after.related[id] ?? []).join(' ')) changed.add(`r${id}`);
  }

  const topicIds = new Set([...Object.keys(before.topics), ...Object.keys(after.topics)].map(Number));
  const renamedTopics = new Set<number>();
  for (const id of topicIds) {
    if (before.topics[id] === after.topics[id]) continue;
    renamedTopics.add(id);
    changed.add(`t${id}`).add('z');
  }
  // An article shows its topic's name (taken from the topic, not from the article's own record).
  if (renamedTopics.size > 0) {
    for (const article of Object.values(after.articles)) if (article.topicId !== null && renamedTopics.has(article.topicId)) changed.add(`a${article.id}`);
  }
  if (before.categories !== after.categories) changed.add('c').add('C');

  if (moved.length > 0) {
    const neighboursBefore = timelineNeighbours(Object.values(before.articles));
    const neighboursAfter = timelineNeighbours(Object.values(after.articles));
    for (const id of ids) {
      const [p1, n1] = neighboursBefore.get(id) ?? [null, null];
      const [p2, n2] = neighboursAfter.get(id) ?? [null, null];
      if (p1 !== p2 || n1 !== n2) changed.add(`n${id}`);
    }
    for (const key of listingKeys) {
      const listing = parseListingKey(key);
      const shows = (state: ArticleState) =>
        (listing.categoryIds === null || (state.categoryId !== null && listing.categoryIds.includes(state.categoryId))) &&
        (listing.tagSlug === null || state.tagSlugs.includes(listing.tagSlug)) &&
        (listing.topicId === null || state.topicId === listing.topicId);
      if (moved.some(shows)) changed.add(key);
    }
  }
  if (changed.size > 0) changed.add('*');
  return changed;
}
