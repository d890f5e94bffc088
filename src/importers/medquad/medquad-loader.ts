import { stat } from 'node:fs/promises';
import type { LoadedFile, LoadedSource, Loader, LoaderOptions } from '../loader.js';
import { MEDQUAD_CATEGORIES } from './categories.js';
import type { CorpusEntry } from './corpus-entry.js';
import { documentToArticles } from './document-articles.js';
import { openFolder } from './folder-input.js';
import { parseMedquadXml } from './parse-document.js';
import { openTarball } from './tarball-input.js';

/**
 * MedQuAD (NIH question-answer pairs, CC BY 4.0) from its `.tar.gz` or an unpacked copy.
 * Each XML file becomes one LoadedFile; a file that cannot be read or parsed carries an error
 * and the others still load. `open` rejects only when the input as a whole is unusable
 * (missing path, unreadable archive, no XML files at all).
 */
export const medquadLoader: Loader = {
  name: 'medquad',
  async open(inputPath: string, options: LoaderOptions): Promise<LoadedSource> {
    const info = await stat(inputPath);
    const input = info.isDirectory() ? await openFolder(inputPath) : await openTarball(inputPath);
    return {
      total: input.total,
      categories: MEDQUAD_CATEGORIES.map((category) => ({ path: [...category.path], description: category.description })),
      topics: [],
      files: loadFiles(input.entries, { ...options }),
    };
  },
};

async function* loadFiles(entries: AsyncIterable<CorpusEntry>, options: LoaderOptions): AsyncGenerator<LoadedFile> {
  for await (const entry of entries) {
    yield await loadFile(entry, options);
  }
}

export async function loadFile(entry: CorpusEntry, options: LoaderOptions): Promise<LoadedFile> {
  let xml: string;
  try {
    xml = (await entry.read()).toString('utf8');
  } catch (error) {
    return { file: entry.file, articles: [], skipped: [], error: `could not read file: ${messageOf(error)}` };
  }
  const parsed = parseMedquadXml(xml);
  if (!parsed.ok) return { file: entry.file, articles: [], skipped: [], error: parsed.error };
  try {
    return { file: entry.file, ...documentToArticles(parsed.document, entry.folder, entry.fileName, options) };
  } catch (error) {
    // A bug met on one odd file should cost that file, not the whole import.
    return { file: entry.file, articles: [], skipped: [], error: `could not convert document: ${messageOf(error)}` };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
