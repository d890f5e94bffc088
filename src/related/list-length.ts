/**
 * Entries in an article's "Recommended" list: as many as the legacy site's "Recommend" block
 * showed. The recommender stores this many; the article page and the API show them all.
 */
export const RECOMMENDED_LIST_LENGTH = 13;
