import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes the exported articles with Pagefind (only elements marked `data-pagefind-body`, the
 * article) and writes the index and its browser UI into <out>/pagefind/. The folder is written
 * anew each time: Pagefind's fragment names are content hashes, so old ones would pile up.
 */
/** Pages in the index (the articles), as Pagefind records them; it reads every page to find them. */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export async function writeStaticSearchIndex(outDir: string): Promise<number> {
  const outputPath = join(outDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`static search: Pagefind did not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`static search: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`static search: ${written.errors.join('; ')}`);
    return indexedPages(outputPath);
  } finally {
    await pagefind.close();
  }
}
