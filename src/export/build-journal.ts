import { renameSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Kept in the output folder while a build writes: one "path\tfile" line for every file the build
 * is about to replace, appended before the file is touched. The manifest is only written once
 * the build is complete, so after a kill or Ctrl-C the old manifest no longer describes the files
 * the journal names; the next build renders those pages again and compares them with what is on
 * disk. Removed once the new manifest is in place; a rerun that is itself interrupted appends.
 */
export const JOURNAL_FILE = '.healthpress-build.journal';

/** Where a file's new bytes go before the rename that replaces it (same folder: the rename is atomic). */
export function temporaryName(fullPath: string): string {
  return join(dirname(fullPath), `.${basename(fullPath)}.healthpress-tmp`);
}

/** Writes a file whole or not at all: a kill leaves the old file or the new one, never half of one. */
export function writeFileAtomically(fullPath: string, body: string | Buffer, encoding?: BufferEncoding): void {
  const temporary = temporaryName(fullPath);
  writeFileSync(temporary, body, encoding);
  renameSync(temporary, fullPath);
}

/** Request path → output file, for every file an interrupted build may have replaced (empty after a complete build). */
export async function readJournal(outDir: string): Promise<Map<string, string>> {
  const text = await readFile(join(outDir, JOURNAL_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [path, file] = line.split('\t');
    // A line cut short by the kill names no file: the file it announced was not touched yet.
    if (path && file && line.endsWith('\t.')) entries.set(path, file);
  }
  return entries;
}

/** One journal line; the closing "\t." tells a whole line from one a kill cut short. */
export function journalLine(path: string, file: string): string {
  return `${path}\t${file}\t.\n`;
}

export async function removeJournal(outDir: string): Promise<void> {
  await rm(join(outDir, JOURNAL_FILE), { force: true });
}
