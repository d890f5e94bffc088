import type { TopicRef } from '../content/article.js';
import type { ImageImporter } from './image-importer.js';
import type { LoadedFile, LoadedSource, Loader, LoaderOptions } from './loader.js';
import { articleFromFrontMatter } from './markdown/article.js';
import { importBodyImages } from './markdown/body-images.js';
import { readCatalogs } from './markdown/catalogs.js';
import { splitFrontMatter } from './markdown/front-matter.js';
import { findImportFiles, readTextFile, relativeName } from './text/files.js';

/** `_`-prefixed files hold notes, drafts and catalogs, never articles. */
function isArticleFile(fileName: string): boolean {
  return /\.md$/i.test(fileName) && !fileName.startsWith('_');
}

/**
 * Imports a folder (recursively) of Markdown files with YAML front matter, plus the optional
 * `_topics.yml` and `_categories.yml` at its top. A single .md file can be imported too; it
 * has no catalogs.
 */
export const markdownDirLoader: Loader = {
  name: 'markdown',
  async open(path: string, options: LoaderOptions = {}): Promise<LoadedSource> {
    const target = await findImportFiles(path, isArticleFile);
    const catalogs = target.isFolder ? await readCatalogs(target.root) : null;
    const reports = catalogs?.reports ?? [];
    return {
      total: reports.length + target.files.length,
      categories: catalogs?.categories ?? [],
      topics: catalogs?.topics ?? [],
      files: loadFiles(target.root, target.files, reports, catalogs?.topicIndex ?? new Map(), options.images),
    };
  },
};

async function* loadFiles(
  root: string,
  files: string[],
  catalogReports: LoadedFile[],
  topics: ReadonlyMap<string, TopicRef>,
  images?: ImageImporter,
): AsyncGenerator<LoadedFile> {
  yield* catalogReports;
  // A re-import matches articles by provenance id, so two files claiming one id would
  // overwrite each other; the second is refused instead.
  const idOwners = new Map<string, string>();
  for (const file of files) {
    const name = relativeName(root, file);
    const loaded = await withBodyImages(await loadMarkdownFile(name, file, topics), { file, root }, images);
    const id = loaded.articles[0]?.provenance.id;
    const owner = id === undefined ? undefined : idOwners.get(id);
    if (id !== undefined && owner !== undefined) {
      yield { file: name, articles: [], skipped: [], error: `id: "${id}" is already used by ${owner}` };
      continue;
    }
    if (id !== undefined) idOwners.set(id, name);
    yield loaded;
  }
}

async function loadMarkdownFile(
  name: string,
  file: string,
  topics: ReadonlyMap<string, TopicRef>,
): Promise<LoadedFile> {
  const failed = (error: string): LoadedFile => ({ file: name, articles: [], skipped: [], error });
  const decoded = await readTextFile(file);
  if (decoded.error !== undefined) return failed(decoded.error);
  const split = splitFrontMatter(decoded.text);
  if (split.error !== undefined) return failed(split.error);
  const result = articleFromFrontMatter(split.data, split.body, { name, topics });
  if (result.problems !== undefined) return failed(result.problems.join('; '));
  return { file: name, articles: [result.article], skipped: [] };
}

/** The file's article with its local images copied into the media store (markdown/body-images.ts); a broken image fails the file. */
async function withBodyImages(loaded: LoadedFile, context: { file: string; root: string }, images?: ImageImporter): Promise<LoadedFile> {
  const [article] = loaded.articles;
  if (!article || !images) return loaded;
  const result = await importBodyImages(article.bodyMarkdown, context, images);
  if (result.problems.length) return { file: loaded.file, articles: [], skipped: [], error: result.problems.join('; ') };
  return { ...loaded, articles: [{ ...article, bodyMarkdown: result.body }], ...(result.warnings.length ? { warnings: result.warnings } : {}) };
}
