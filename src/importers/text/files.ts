import type { Stats } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** What an import path names: the folder reports are relative to, and the files to read. */
export interface ImportTarget {
  root: string;
  /** False when the path named one file; a folder may also hold catalogs. */
  isFolder: boolean;
  /** Absolute paths, in a stable order so reports and re-imports line up. */
  files: string[];
}

/**
 * A single file is imported as named (the operator chose it, whatever its extension); a
 * folder is walked recursively for files `accept` takes. Hidden entries (.git, .DS_Store) are
 * never content. Symlinked folders are not followed, so a link loop cannot hang an import.
 */
export async function findImportFiles(
  target: string,
  accept: (fileName: string) => boolean,
): Promise<ImportTarget> {
  const absolute = path.resolve(target);
  let info: Stats;
  try {
    info = await stat(absolute);
  } catch (error) {
    throw new Error(`cannot read "${target}": ${describeFsError(error)}`);
  }
  if (info.isFile()) return { root: path.dirname(absolute), isFolder: false, files: [absolute] };
  if (!info.isDirectory()) throw new Error(`"${target}" is neither a file nor a folder`);
  const files: string[] = [];
  await walk(absolute, accept, files);
  files.sort((a, b) => compareText(a, b));
  return { root: absolute, isFolder: true, files };
}

async function walk(folder: string, accept: (fileName: string) => boolean, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      await walk(full, accept, out);
    } else if (accept(entry.name)) {
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await isRegularFile(full)));
      if (isFile) out.push(full);
    }
  }
}

async function isRegularFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Code-point order, not locale order: the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The name a report and a provenance id use: relative to the root, always with `/`. */
export function relativeName(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

export function withoutExtension(name: string): string {
  return name.replace(/\.[^./]+$/, '');
}

export type DecodedText = { text: string; error?: undefined } | { text?: undefined; error: string };

/**
 * Legacy exports arrive in whatever encoding the old system used. Guessing would silently
 * garble text, so anything that is not UTF-8 is refused with a hint the operator can act on.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { error: 'empty file' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `not valid UTF-8 text (${encodingHint(bytes)}); save it as UTF-8 and import it again` };
  }
  // TextDecoder already drops one BOM; a second one comes from a tool that added its own.
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { error: 'empty file' };
  return { text };
}

function encodingHint(bytes: Uint8Array): string {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return 'it looks like UTF-16';
  return 'perhaps Windows-1252 or Latin-1';
}

export async function readTextFile(file: string): Promise<DecodedText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { error: `cannot read the file: ${describeFsError(error)}` };
  }
  return decodeUtf8(bytes);
}

function describeFsError(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    if (error.code === 'ENOENT') return 'no such file or folder';
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
