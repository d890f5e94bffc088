import type { TopicRef } from '../content/article.js';
import type { LoadedFile, LoadedSource, Loader } from './loader.js';
import { articleFromFrontMatter } from './markdown/article.js';
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
  async open(path: string): Promise<LoadedSource> {
    const target = await findImportFiles(path, isArticleFile);
    const catalogs = target.isFolder ? await readCatalogs(target.root) : null;
    const reports = catalogs?.reports ?? [];
    return {
      total: reports.length + target.files.length,
      categories: catalogs?.categories ?? [],
      topics: catalogs?.topics ?? [],
      files: loadFiles(target.root, target.files, reports, catalogs?.topicIndex ?? new Map()),
    };
  },
};

async function* loadFiles(
  root: string,
  files: string[],
  catalogReports: LoadedFile[],
  topics: ReadonlyMap<string, TopicRef>,
): AsyncGenerator<LoadedFile> {
  yield* catalogReports;
  // A re-import matches articles by provenance id, so two files claiming one id would
  // overwrite each other; the second is refused instead.
  const idOwners = new Map<string, string>();
  for (const file of files) {
    const name = relativeName(root, file);
    const loaded = await loadMarkdownFile(name, file, topics);
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
