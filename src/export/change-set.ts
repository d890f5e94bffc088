import type { ArticleState, ChangePosition, SiteChanges, SiteState } from './site-change-feed.js';
import { type DependencyKey, parseListingKey } from './page-dependencies.js';
import { timelineNeighbours } from './timeline.js';

/** What the manifest keeps of the site a build was made from: enough to tell what changed since. */
export interface BuildState extends ChangePosition {
  /** Published articles by id. */
  articles: Record<number, ArticleState>;
}

export function buildState(site: SiteState): BuildState {
  return { siteId: site.siteId, changeSeq: site.changeSeq, articles: Object.fromEntries(site.articles.map((article) => [article.id, article])) };
}

/** Whether an article's change moves it in or out of lists (or across them), not only its text. */
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
 * The dependency keys (page-dependencies.ts) whose answer differs after `changes`: a page of the
 * last build recorded with none of them renders to the same bytes and is not rendered again.
 * `listingKeys` are the listings the last build's pages were built from. Also returns the state
 * to record for the next build.
 */
export function changedKeys(
  before: BuildState,
  changes: SiteChanges,
  listingKeys: () => Iterable<DependencyKey>,
): { changed: Set<DependencyKey>; after: BuildState } {
  const after: BuildState = { siteId: changes.siteId, changeSeq: changes.changeSeq, articles: { ...before.articles } };
  for (const { published, ...state } of changes.articles) {
    if (published) after.articles[state.id] = state;
    else delete after.articles[state.id];
  }

  const changed = new Set<DependencyKey>();
  const moved: ArticleState[] = [];
  for (const { id } of changes.articles) {
    const old = before.articles[id];
    const now = after.articles[id];
    if (!old && !now) continue;
    changed.add(`a${id}`);
    if (old?.lastModified !== now?.lastModified || old?.slug !== now?.slug) changed.add('m');
    if (!movedOrAddedOrRemoved(old, now)) continue;
    // A site page came, went or moved: every page's footer lists them.
    if (old?.kind === 'page' || now?.kind === 'page') changed.add('P');
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

  for (const id of changes.lists) changed.add(`r${id}`);
  // An article shows its topic's name (taken from the topic, not from the article's own record).
  if (changes.topics.length > 0) {
    const renamed = new Set(changes.topics);
    for (const id of renamed) changed.add(`t${id}`).add('z');
    for (const article of Object.values(after.articles)) if (article.topicId !== null && renamed.has(article.topicId)) changed.add(`a${article.id}`);
  }
  if (changes.categoriesChanged) changed.add('c').add('C');

  if (moved.length > 0) {
    const neighboursBefore = timelineNeighbours(Object.values(before.articles));
    const neighboursAfter = timelineNeighbours(Object.values(after.articles));
    for (const id of new Set([...neighboursBefore.keys(), ...neighboursAfter.keys()])) {
      const [p1, n1] = neighboursBefore.get(id) ?? [null, null];
      const [p2, n2] = neighboursAfter.get(id) ?? [null, null];
      if (p1 !== p2 || n1 !== n2) changed.add(`n${id}`);
    }
    for (const key of listingKeys()) {
      const listing = parseListingKey(key);
      const shows = (state: ArticleState) =>
        (listing.categoryIds === null || (state.categoryId !== null && listing.categoryIds.includes(state.categoryId))) &&
        (listing.tagSlug === null || state.tagSlugs.includes(listing.tagSlug)) &&
        (listing.topicId === null || state.topicId === listing.topicId);
      if (moved.some(shows)) changed.add(key);
    }
  }
  if (changed.size > 0) changed.add('*');
  return { changed, after };
}
