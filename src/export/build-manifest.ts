import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Kept in the output folder: what the last build wrote there, so the next one can compare. */
export const MANIFEST_FILE = '.healthpress-build.json';
const VERSION = 1;

export interface BuildManifest {
  version: number;
  /** Output file (relative, '/'-separated) → sha256 of the bytes written. */
  files: Record<string, string>;
}

export function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** The previous build's manifest, or an empty one (first build, or another version's). */
export async function readManifest(outDir: string): Promise<BuildManifest> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')) as Partial<BuildManifest>;
    if (parsed.version === VERSION && parsed.files && typeof parsed.files === 'object') return { version: VERSION, files: parsed.files };
  } catch {
    // missing or unreadable: every file counts as new
  }
  return { version: VERSION, files: {} };
}

/** Written last and renamed into place, so an interrupted build leaves the old manifest. */
export async function writeManifest(outDir: string, files: Record<string, string>): Promise<void> {
  const path = join(outDir, MANIFEST_FILE);
  await writeFile(`${path}.tmp`, JSON.stringify({ version: VERSION, files }));
  await rename(`${path}.tmp`, path);
}
