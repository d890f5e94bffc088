import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Each asset's version is a hash of its own content, so a changed site.css gets a new URL and a
 * reader's browser (or a CDN) never keeps the old one under it, while an unchanged file keeps its
 * URL — and its year-long immutable caching — across deploys. Read once per folder per process:
 * assets change with a deploy, which restarts the server.
 */
/** How assets are cached under their current URL: safe because that URL changes with the content. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export type AssetVersions = (file: string) => string;

const HASH_LENGTH = 12;
const byFolder = new Map<string, AssetVersions>();

export function assetFingerprints(folder: string): AssetVersions {
  const known = byFolder.get(folder);
  if (known) return known;
  const versions = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(folder, path).split(sep).join('/');
    versions.set(name, createHash('sha256').update(readFileSync(path)).digest('base64url').slice(0, HASH_LENGTH));
  }
  // A file that is not there has no content to hash; its URL still works as a 404.
  const lookup: AssetVersions = (file) => versions.get(file) ?? 'missing';
  byFolder.set(folder, lookup);
  return lookup;
}

/** For tests that write a folder, change a file and read it again. */
export function forgetAssetFingerprints(folder: string): void {
  byFolder.delete(folder);
}
