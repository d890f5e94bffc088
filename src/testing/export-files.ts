import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../export/build-manifest.js';

/**
 * Every file of an export by relative path, but the build's manifest (it records timings). The
 * build journal and any temporary file are included: after a build that finished, neither is left.
 */
export function readExport(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
      .filter((file) => file !== MANIFEST_FILE)
      .map((file) => [file, readFileSync(join(dir, file))]),
  );
}

/** The export in `got` holds exactly the files, and the bytes, of the one in `want`. */
export function assertSameExport(got: string, want: string, label: string): void {
  const a = readExport(got);
  const b = readExport(want);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), `${label}: the same files`);
  const differing = [...b.keys()].filter((file) => !b.get(file)!.equals(a.get(file)!));
  assert.deepEqual(differing, [], `${label}: the same bytes`);
}
