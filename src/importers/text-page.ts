import type { ArticleInput } from '../content/article.js';
import type { Provenance } from '../content/provenance.js';
import type { LoadedFile, LoadedSource, Loader } from './loader.js';
import { findImportFiles, readTextFile, relativeName, withoutExtension } from './text/files.js';
import { parseTextPage } from './text/parse-text-page.js';

export { parseTextPage } from './text/parse-text-page.js';
export type { TextPage } from './text/parse-text-page.js';

/** Legacy pages carry no category; the operator files them after reviewing the import report. */
const DEFAULT_CATEGORY_PATH = ['Imported'];

/** Imports plain-text pages exported from the old site: one .txt file, or a folder of them. */
export const textPageLoader: Loader = {
  name: 'text',
  async open(path: string): Promise<LoadedSource> {
    const target = await findImportFiles(path, (name) => /\.txt$/i.test(name));
    return {
      total: target.files.length,
      categories: [],
      topics: [],
      files: loadFiles(target.root, target.files),
    };
  },
};

async function* loadFiles(root: string, files: string[]): AsyncGenerator<LoadedFile> {
  for (const file of files) {
    yield await loadTextFile(root, file);
  }
}

async function loadTextFile(root: string, file: string): Promise<LoadedFile> {
  const name = relativeName(root, file);
  const decoded = await readTextFile(file);
  if (decoded.error !== undefined) return { file: name, articles: [], skipped: [], error: decoded.error };
  try {
    const page = parseTextPage(decoded.text);
    return { file: name, articles: [textArticle(name, page.title, page.bodyMarkdown)], skipped: [] };
  } catch (error) {
    return { file: name, articles: [], skipped: [], error: error instanceof Error ? error.message : String(error) };
  }
}

function textArticle(name: string, title: string, bodyMarkdown: string): ArticleInput {
  const provenance: Provenance = {
    id: `text:${withoutExtension(name)}`,
    sourceSite: 'Imported text page',
    sourceUrl: null,
    licence: 'Unknown — check before publishing',
  };
  return {
    title,
    bodyMarkdown,
    topic: null,
    categoryPath: [...DEFAULT_CATEGORY_PATH],
    tags: [],
    questionType: null,
    // Not held back as drafts: the import report is what puts these pages in front of the
    // operator, and the licence above says to check them.
    status: 'published',
    publishedAt: null,
    updatedAt: null,
    lastReviewedAt: null,
    author: null,
    sources: [],
    provenance,
    isSample: false,
    hasAnswer: true,
  };
}
