import type { ArticleInput, TopicRef } from '../content/article.js';
import type { CategoryInput } from './article-ingest.js';
import type { ImageImporter } from './image-importer.js';

/**
 * An importer is a loader: it reads a source and yields what each file holds, already shaped
 * as the content model. It never touches the store; the import runner batches its output into
 * transactions and writes the report.
 */
export interface Loader {
  name: string;
  open(path: string, options: LoaderOptions): Promise<LoadedSource>;
}

export interface LoaderOptions {
  /** MedQuAD: also import the pairs whose answers the dataset's authors removed. */
  includeUnanswered?: boolean;
  /** Markdown: copies the images a body shows by a relative path into the media store (without it, bodies are left as they are). */
  images?: ImageImporter;
}

export interface LoadedSource {
  /** Files to read; the progress bar's total. */
  total: number;
  /** Category descriptions the source knows about (optional). */
  categories: CategoryInput[];
  /** Topics described apart from articles (summaries, synonyms); optional. */
  topics: TopicRef[];
  files: AsyncIterable<LoadedFile>;
}

/** One file's outcome. A file that could not be read has `error` and no articles. */
export interface LoadedFile {
  /** Path as the report shows it (relative to the import root when there is one). */
  file: string;
  articles: ArticleInput[];
  skipped: SkippedItem[];
  error?: string;
  /** Imported, but worth a look (an image without alt text): listed in the report. */
  warnings?: string[];
}

export interface SkippedItem {
  /** The provenance id or other name of what was skipped. */
  item: string;
  reason: string;
}
