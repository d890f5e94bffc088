/** An article as a static build compares it between two builds (see docs/static-export.md). */
export interface ArticleState {
  id: number;
  slug: string;
  categoryId: number | null;
  topicId: number | null;
  publishedAt: string | null;
  /** What the sitemap gives as its last modification: the latest of its dates. */
  lastModified: string | null;
  tagSlugs: string[];
  /** Set only for a site page (migration 018): the footer of every page lists those. */
  kind?: 'page';
}

/** Which database, and how far its writes have gone (the site's change sequence, migrations 004, 006). */
export interface ChangePosition {
  siteId: string;
  changeSeq: number;
}

/** The published site in brief, at a change position: what a first static build records. */
export interface SiteState extends ChangePosition {
  articles: ArticleState[];
}

/** What changed after a change position: what a static rebuild reads instead of the whole site. */
export interface SiteChanges extends ChangePosition {
  /** Articles written since (any status: an unpublished one leaves the site). */
  articles: (ArticleState & { published: boolean })[];
  /** Articles whose "Recommended" list changed since. */
  lists: number[];
  /** Topics whose names or description changed since. */
  topics: number[];
  categoriesChanged: boolean;
}

/**
 * What a static rebuild asks the database instead of reading the whole site: the site as it
 * stands, or what changed after the change position the last build recorded. Every implementation
 * runs site-change-feed.contract.ts.
 */
export interface SiteChangeFeed {
  siteState(): Promise<SiteState>;
  changesSince(changeSeq: number): Promise<SiteChanges>;
}
