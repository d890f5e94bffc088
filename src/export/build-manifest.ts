import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildState } from './change-set.js';

/** Kept in the output folder: what the last build wrote there and what each page was built from. */
export const MANIFEST_FILE = '.healthpress-build.json';
const VERSION = 2;

export interface PageRecord {
  /** Output file of the page (relative, '/'-separated). */
  file: string;
  /** Its dependency keys (page-dependencies.ts), space-separated. */
  deps: string;
}

export interface BuildManifest {
  version: number;
  /** The code, assets and options the pages were rendered with; another one rebuilds every page. */
  fingerprint: string;
  /** The site the pages were built from; null when unknown (every page is rebuilt). */
  state: BuildState | null;
  /** Request path → page. */
  pages: Record<string, PageRecord>;
  /** Output file (relative, '/'-separated) → sha256 of the bytes written. */
  files: Record<string, string>;
}

/** 128 bits of sha256: plenty to tell two versions of a file apart, and a third of the manifest. */
export function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
}

export function emptyManifest(): BuildManifest {
  return { version: VERSION, fingerprint: '', state: null, pages: {}, files: {} };
}

/** The previous build's manifest, or an empty one (first build, or another version's). */
export async function readManifest(outDir: string): Promise<BuildManifest> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')) as Partial<BuildManifest>;
    if (parsed.version === VERSION && parsed.files && parsed.pages && typeof parsed.fingerprint === 'string') {
      return { version: VERSION, fingerprint: parsed.fingerprint, state: parsed.state ?? null, pages: parsed.pages, files: parsed.files };
    }
  } catch {
    // missing or unreadable: every file counts as new
  }
  return emptyManifest();
}

/** Written last and renamed into place, so an interrupted build leaves the old manifest. */
export async function writeManifest(outDir: string, manifest: Omit<BuildManifest, 'version'>): Promise<void> {
  const path = join(outDir, MANIFEST_FILE);
  await writeFile(`${path}.tmp`, JSON.stringify({ version: VERSION, ...manifest }));
  await rename(`${path}.tmp`, path);
}
