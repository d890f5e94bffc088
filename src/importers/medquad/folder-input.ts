import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isCorpusXml, type CorpusEntry, type CorpusInput } from './corpus-entry.js';

/**
 * An unpacked corpus. Accepted roots, tried in this order: the folder that holds the collection
 * folders ("1_CancerGov_QA", ...); a folder with one such root one level down (the archive's own
 * top folder, e.g. "MedQuAD-master"); a single collection folder holding XML files itself.
 */
export async function openFolder(inputPath: string): Promise<CorpusInput> {
  const root = await findRoot(inputPath);
  if (!root) throw new Error(`no MedQuAD XML files found in ${inputPath}`);
  const files = root.collections.flatMap(({ folder, names }) =>
    names.map((fileName) => ({ folder, fileName, absolute: path.join(root.dir, folder, fileName) })),
  );
  return {
    total: files.length,
    entries: (async function* () {
      for (const { folder, fileName, absolute } of files) {
        const entry: CorpusEntry = { file: `${folder}/${fileName}`, folder, fileName, read: () => readFile(absolute) };
        yield entry;
      }
    })(),
  };
}

interface Collection {
  folder: string;
  names: string[];
}

interface Root {
  /** Directory the collection folders are relative to. */
  dir: string;
  collections: Collection[];
}

async function findRoot(inputPath: string): Promise<Root | null> {
  const here = await collectionsIn(inputPath);
  if (here.length > 0) return { dir: inputPath, collections: here };
  const roots: Root[] = [];
  for (const sub of await subdirectories(inputPath)) {
    const dir = path.join(inputPath, sub);
    const collections = await collectionsIn(dir);
    if (collections.length > 0) roots.push({ dir, collections });
  }
  if (roots.length > 1) {
    throw new Error(`${inputPath} holds several MedQuAD copies (${roots.map((root) => path.basename(root.dir)).join(', ')}); pass one of them`);
  }
  if (roots[0]) return roots[0];
  const own = await xmlNames(inputPath);
  if (own.length > 0) return { dir: path.dirname(inputPath), collections: [{ folder: path.basename(inputPath), names: own }] };
  return null;
}

/** Subfolders holding XML files, in corpus order (numeric prefix: 1, 2, ..., 10, 11, 12). */
async function collectionsIn(dir: string): Promise<Collection[]> {
  const collections: Collection[] = [];
  for (const folder of await subdirectories(dir)) {
    const names = await xmlNames(path.join(dir, folder));
    if (names.length > 0) collections.push({ folder, names });
  }
  return collections.sort((a, b) => compareNames(a.folder, b.folder));
}

async function subdirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory() && entry.name !== '__MACOSX').map((entry) => entry.name);
}

async function xmlNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isCorpusXml(entry.name))
    .map((entry) => entry.name)
    .sort(compareNames);
}

const collator = new Intl.Collator('en', { numeric: true });

function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
