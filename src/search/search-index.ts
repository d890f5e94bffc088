/**
 * The search port: what ranking needs from a full-text index. The embedded store answers it
 * with SQLite FTS5 (store/sqlite/sqlite-search-index.ts).
 */
export interface SearchIndex {
  /** Articles matching any of the query's terms or phrases, best BM25 first. */
  candidates(query: FullTextQuery, limit: number): Promise<Candidate[]>;
  /** Every published article of these topics, whether or not its text matched. */
  topicArticles(topicIds: number[], limit: number): Promise<Candidate[]>;
  /** The plain baseline: BM25 over title and body, the words OR-ed, nothing else. */
  baseline(words: string[], limit: number): Promise<BaselineHit[]>;
  /** A highlighted passage per article, with MARK_START / MARK_END around matches. */
  snippets(query: FullTextQuery, articleIds: number[]): Promise<Map<number, string>>;
  /** Published article titles that start with a prefix (for suggestions as the reader types). */
  titlesStartingWith(prefix: string, limit: number): Promise<{ slug: string; title: string }[]>;
  /** In how many articles a stemmed term occurs; 0 for a word the corpus never uses. */
  documentFrequency(stem: string): number;
  documentCount(): number;
  /** Topics and their other names, for recognising topics in a question. */
  topicEntries(): Promise<TopicEntry[]>;
  /** Changes whenever the indexed content may have changed, so caches know to refresh. Cheap. */
  version(): Promise<string>;
  /** Drop cached statistics after the content changed. */
  invalidate(): void;
}

export interface FullTextQuery {
  /** Single words, OR-ed. */
  terms: string[];
  /** Multi-word names (topic names, vocabulary phrases), matched as phrases, OR-ed with the terms. */
  phrases: string[];
}

export interface Candidate {
  articleId: number;
  slug: string;
  title: string;
  topicId: number | null;
  topicName: string | null;
  topicSlug: string | null;
  questionType: string | null;
  categorySlug: string | null;
  categoryName: string | null;
  sourceSite: string;
  provenanceId: string;
  hasAnswer: boolean;
  leadText: string;
  /** BM25 with column weights; higher is better; 0 when the article was not matched by text. */
  bm25: number;
}

export interface BaselineHit {
  articleId: number;
  provenanceId: string;
  slug: string;
  title: string;
  bm25: number;
}

export interface TopicEntry {
  id: number;
  slug: string;
  name: string;
  synonyms: string[];
  articleCount: number;
}

export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** A snippet as plain text, for JSON and the terminal, where there is nothing to highlight with. */
export function plainSnippet(snippet: string): string {
  return snippet.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
}
