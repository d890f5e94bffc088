import { createReadStream } from 'node:fs';
import { Parser, list, type ReadEntry } from 'tar';
import { isCorpusXml, locateEntry, type CorpusEntry, type CorpusInput } from './corpus-entry.js';

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/**
 * The corpus tarball, read without unpacking. A first pass lists the entries so the progress
 * total is known before any file is handed out (about 0.2 s for the full corpus); the second pass
 * streams the archive and hands out each XML file as soon as its bytes are in.
 */
export async function openTarball(file: string): Promise<CorpusInput> {
  let total = 0;
  let warning: string | null = null;
  await list({
    file,
    onReadEntry: (entry) => {
      if (isXmlEntry(entry)) total++;
    },
    onwarn: (code, message) => {
      warning ??= `${code}: ${message}`;
    },
  }).catch((error: unknown) => {
    throw new Error(`cannot read tarball ${file}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (warning !== null) throw new Error(`cannot read tarball ${file}: ${warning}`);
  if (total === 0) throw new Error(`no MedQuAD XML files found in ${file}`);
  return { total, entries: streamEntries(file) };
}

function isXmlEntry(entry: ReadEntry): boolean {
  return FILE_TYPES.has(entry.type) && isCorpusXml(cleanPath(entry.path));
}

function cleanPath(entryPath: string): string {
  return entryPath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

async function* streamEntries(file: string): AsyncGenerator<CorpusEntry> {
  const ready: CorpusEntry[] = [];
  let failure: Error | null = null;
  const parser = new Parser({
    onReadEntry: (entry) => {
      if (!isXmlEntry(entry)) {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      const relative = cleanPath(entry.path);
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => {
        const bytes = Buffer.concat(chunks);
        ready.push({ file: relative, ...locateEntry(relative), read: () => Promise.resolve(bytes) });
      });
    },
    onwarn: (code, message) => {
      failure ??= new Error(`cannot read tarball ${file}: ${code}: ${message}`);
    },
  });
  parser.on('error', (error: Error) => {
    failure ??= error;
  });
  // Writing a chunk parses it synchronously (gunzip included), so the entries it completes are
  // in `ready` when write() returns; the consumer's pace paces the reading of the file.
  for await (const chunk of createReadStream(file)) {
    parser.write(chunk as Buffer);
    yield* drain(ready);
    if (failure) throw failure;
  }
  await new Promise<void>((resolve) => {
    // A damaged archive may abort instead of ending; either way nothing more will come.
    for (const event of ['end', 'close', 'abort', 'error']) parser.once(event, () => resolve());
    parser.end();
  });
  yield* drain(ready);
  if (failure) throw failure;
}

function* drain(ready: CorpusEntry[]): Generator<CorpusEntry> {
  while (ready.length > 0) {
    const entry = ready.shift();
    if (entry) yield entry;
  }
}
