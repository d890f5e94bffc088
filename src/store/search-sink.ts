import type { Transaction } from 'kysely';
import type { Database } from './schema.js';

/** What the full-text index holds for one article. */
export interface SearchDocument {
  articleId: number;
  title: string;
  /** Topic name and its other names: matches on these say "this article is about that". */
  topicText: string;
  body: string;
}

/**
 * Keeps a search index in step with the articles, inside the same transaction as the write,
 * so the index never disagrees with what readers can open. Each database brings its own.
 */
export interface SearchSink {
  put(trx: Transaction<Database>, document: SearchDocument): Promise<void>;
  /** A topic's names changed: every article of the topic gets the new topic text. */
  retopic(trx: Transaction<Database>, topicId: number, topicText: string): Promise<void>;
}

export function topicSearchText(name: string, synonyms: string[]): string {
  return [name, ...synonyms].join(' ; ');
}
