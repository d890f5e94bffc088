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
}

/** Which database, and how far its writes have gone (a site-wide revision, migration 004). */
export interface ContentRevision {
  siteId: string;
  revision: number;
}

/** The published site in brief, at a revision: what a first static build records. */
export interface SiteState extends ContentRevision {
  articles: ArticleState[];
}

/** What changed after a revision: what a static rebuild reads instead of the whole site. */
export interface SiteChanges extends ContentRevision {
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
 * stands, or what changed after the revision the last build recorded. Every implementation
 * runs site-change-feed.contract.ts.
 */
export interface SiteChangeFeed {
  siteState(): Promise<SiteState>;
  changesSince(revision: number): Promise<SiteChanges>;
}
