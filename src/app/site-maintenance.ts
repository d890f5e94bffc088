export interface StoreStats {
  articles: number;
  publishedArticles: number;
  answeredArticles: number;
  topics: number;
  categories: number;
  tags: number;
  articlesBySource: Record<string, number>;
}

/**
 * The database as an operator sees it: how much it holds, whether it is new (the demo seeds an
 * empty one), and closing it. Every implementation runs site-maintenance.contract.ts.
 */
export interface SiteMaintenance {
  stats(): Promise<StoreStats>;
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}
