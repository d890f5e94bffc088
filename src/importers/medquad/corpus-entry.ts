/** One XML file of the corpus, from a folder or from the tarball, before it is parsed. */
export interface CorpusEntry {
  /** Path as the import report shows it: relative to the corpus root or the archive root. */
  file: string;
  /** The collection folder the file sits in, e.g. "3_GHR_QA". */
  folder: string;
  /** e.g. "0000001.xml". */
  fileName: string;
  /** The file's bytes; reading may fail for one file without stopping the others. */
  read(): Promise<Buffer>;
}

export interface CorpusInput {
  total: number;
  entries: AsyncIterable<CorpusEntry>;
}

/** XML files of the corpus; skips the metadata files macOS archivers add ("._x.xml", __MACOSX). */
export function isCorpusXml(relativePath: string): boolean {
  const segments = relativePath.split('/');
  const name = segments[segments.length - 1] ?? '';
  return /\.xml$/i.test(name) && !name.startsWith('._') && !segments.includes('__MACOSX');
}

/** "MedQuAD-master/3_GHR_QA/0000001.xml" → folder "3_GHR_QA", file name "0000001.xml". */
export function locateEntry(relativePath: string): { folder: string; fileName: string } {
  const segments = relativePath.split('/').filter((segment) => segment !== '' && segment !== '.');
  return {
    folder: segments[segments.length - 2] ?? '',
    fileName: segments[segments.length - 1] ?? relativePath,
  };
}
