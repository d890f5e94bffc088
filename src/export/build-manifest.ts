import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleState } from './site-change-feed.js';
import type { BuildState } from './change-set.js';

/** Kept in the output folder: what the last build wrote there and what each page was built from. */
export const MANIFEST_FILE = '.healthpress-build.json';
const VERSION = 3;

export interface PageRecord {
  /** Output file of the page (relative, '/'-separated). */
  file: string;
  /** Digest of the bytes written (see `digest`). */
  hash: string;
  /** Its dependency keys (page-dependencies.ts), space-separated. */
  deps: string;
}

export interface BuildManifest {
  /** The code, assets and options the pages were rendered with; another one rebuilds every page. */
  fingerprint: string;
  /** The site the pages were built from; null when unknown (every page is rebuilt). */
  state: BuildState | null;
  /**
   * Request path → page, for every file the build wrote (404.html under its probe path), as
   * stored: "file\thash\tdeps" (see `pageRecord`). A rebuild reads it whole but parses only
   * the pages it renders again; the rest are written back as they were.
   */
  pages: Map<string, string>;
}

/** 128 bits of sha256: plenty to tell two versions of a file apart, and a third of the manifest. */
export function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
}

export function emptyManifest(): BuildManifest {
  return { fingerprint: '', state: null, pages: new Map() };
}

/*
 * On disk the manifest is compact, since a rebuild reads and writes all of it (23,000 pages of
 * the MedQuAD site): a page is one "file\thash\tdeps" string, with file '' for the usual
 * `<path>/index.html`; an article state is one array.
 */
type StoredArticle = [id: number, slug: string, categoryId: number | null, topicId: number | null, publishedAt: string | null, lastModified: string | null, tags: string];

interface StoredManifest {
  version: number;
  fingerprint: string;
  /** `revision` is what manifests written before the change sequence's rename call `changeSeq`. */
  state: { siteId: string; changeSeq?: number; revision?: number; articles: StoredArticle[] } | null;
  pages: Record<string, string>;
}

const defaultFile = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}/index.html`);

export function pageRecord(path: string, stored: string): PageRecord {
  const [file = '', hash = '', deps = ''] = stored.split('\t');
  return { file: file || defaultFile(path), hash, deps };
}

export function storedPage(path: string, { file, hash, deps }: PageRecord): string {
  return `${file === defaultFile(path) ? '' : file}\t${hash}\t${deps}`;
}

/** The previous build's manifest, or an empty one (first build, or another version's). */
export async function readManifest(outDir: string): Promise<BuildManifest> {
  let stored: StoredManifest;
  try {
    stored = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')) as StoredManifest;
  } catch {
    return emptyManifest(); // missing or unreadable: every file counts as new
  }
  if (stored.version !== VERSION || typeof stored.pages !== 'object' || typeof stored.fingerprint !== 'string') return emptyManifest();
  const pages = new Map(Object.entries(stored.pages));
  const changeSeq = stored.state?.changeSeq ?? stored.state?.revision;
  // Without a position nothing tells what changed since: the state counts as unknown.
  const state = stored.state && typeof changeSeq === 'number' && {
    siteId: stored.state.siteId,
    changeSeq,
    articles: Object.fromEntries(
      stored.state.articles.map(([id, slug, categoryId, topicId, publishedAt, lastModified, tags]): [number, ArticleState] => [
        id,
        { id, slug, categoryId, topicId, publishedAt, lastModified, tagSlugs: tags ? tags.split(' ') : [] },
      ]),
    ),
  };
  return { fingerprint: stored.fingerprint, state: state || null, pages };
}

/** Written last and renamed into place, so an interrupted build leaves the old manifest. */
export async function writeManifest(outDir: string, manifest: BuildManifest): Promise<void> {
  const pages = Object.fromEntries(manifest.pages);
  const state = manifest.state && {
    siteId: manifest.state.siteId,
    changeSeq: manifest.state.changeSeq,
    articles: Object.values(manifest.state.articles).map(
      (a): StoredArticle => [a.id, a.slug, a.categoryId, a.topicId, a.publishedAt, a.lastModified, a.tagSlugs.join(' ')],
    ),
  };
  const stored: StoredManifest = { version: VERSION, fingerprint: manifest.fingerprint, state, pages };
  const path = join(outDir, MANIFEST_FILE);
  await writeFile(`${path}.tmp`, JSON.stringify(stored));
  await rename(`${path}.tmp`, path);
}
