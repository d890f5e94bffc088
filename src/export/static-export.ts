import { readFileSync, statSync } from 'node:fs';
import { mkdir, rm, rmdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { paths } from '../content/paths.js';
import { JOURNAL_FILE, removeJournal, temporaryName } from './build-journal.js';
import { type BuildManifest, digest, emptyManifest, pageRecord, storedPage, writeManifest } from './build-manifest.js';
import type { BuildState } from './change-set.js';
import type { DependencyRecorder } from './page-dependencies.js';
import { startFileWriter } from './file-writer.js';
import { internalLinks, type SiteUrls } from './links.js';
import { fileInside, outputFileFor } from './output-path.js';

/** One response of the app, as the export needs it. */
export interface Rendered {
  status: number;
  contentType: string;
  body: Buffer;
  /** What the page was built from (page-dependencies.ts); absent when not recorded. */
  dependencies?: string[];
}

export type Render = (requestPath: string) => Promise<Rendered>;

export interface ExportOptions {
  render: Render;
  site: SiteUrls;
  outDir: string;
  /** Request paths to start from; '/' and the pages they link to are always exported. */
  seeds: string[];
  /** Write every file even when its bytes are unchanged since the last build. */
  full?: boolean;
  /** The last build's manifest (read by the caller); none for a first build. */
  previous?: BuildManifest;
  /**
   * The pages of `previous` to render again (their inputs changed: change-set.ts); the others
   * keep their files without rendering. 'everything' renders every page.
   */
  stale?: ReadonlySet<string> | 'everything';
  /** Stored in the new manifest for the next build to compare with. */
  fingerprint?: string;
  state?: BuildState | null;
  concurrency?: number;
  onProgress?: (done: number, discovered: number) => void;
  /** Path prefixes written by another step (the Pagefind index): linked to, never rendered. */
  writtenElsewhere?: string[];
  /**
   * Pages (request path → file) an interrupted build may have replaced (build-journal.ts): their
   * files are compared with the new render byte for byte, whatever the manifest says, and deleted
   * when no page writes them any more. Those in `previous` must be in `stale` too.
   */
  interrupted?: ReadonlyMap<string, string>;
}

export interface BrokenLink {
  path: string;
  status: number;
  linkedFrom: string;
}

export interface ExportSummary {
  outDir: string;
  /** Pages rendered; the rest of the files were kept from the last build without rendering. */
  rendered: number;
  /** Files the export holds: pages, feeds, sitemaps, assets, 404.html. */
  files: number;
  written: number;
  unchanged: number;
  deleted: number;
  brokenLinks: BrokenLink[];
  /** The whole build, from reading the last manifest to writing the new one. */
  durationMs: number;
  /** Of which: reading the manifest, finding what changed and starting the renderer. */
  preparationMs?: number;
  /** With `--static-search`: pages in the Pagefind index. */
  staticSearchPages?: number;
}

/** Requested to render the not-found page, written as 404.html (what static hosts serve on a miss). */
export const NOT_FOUND_PROBE = '/.healthpress-build-404';

const SEED = '(start)';
const PREVIOUS = '(last build)';

/** The app in-process: the export is exactly what the server answers for the same URL. */
export function renderWithApp(app: FastifyInstance, recorder?: DependencyRecorder): Render {
  const inject = async (requestPath: string): Promise<Rendered> => {
    const response = await app.inject({ method: 'GET', url: requestPath });
    return { status: response.statusCode, contentType: String(response.headers['content-type'] ?? ''), body: response.rawPayload };
  };
  if (!recorder) return inject;
  return async (requestPath) => {
    const { result, dependencies } = await recorder.record(() => inject(requestPath));
    return { ...result, dependencies };
  };
}

/**
 * Renders every page reachable from the seeds by following internal links (so the export holds
 * exactly what its pages link to), writes only files whose bytes changed since the last build,
 * and deletes files the last build wrote that are no longer produced.
 */
export async function exportSite(options: ExportOptions): Promise<ExportSummary> {
  const started = performance.now();
  const { outDir, render, site } = options;
  await mkdir(outDir, { recursive: true });
  const previous: BuildManifest = options.previous ?? emptyManifest();
  const stale = options.full || !options.previous ? 'everything' : (options.stale ?? 'everything');
  const pages = new Map<string, string>();
  // Only rendered pages are compared with their last version: their stored records are parsed.
  const interrupted = options.interrupted ?? new Map<string, string>();
  const previousHash = (path: string, file: string) => {
    if (interrupted.has(path)) return diskDigest(fileInside(outDir, file));
    const stored = previous.pages.get(path);
    if (stored === undefined) return undefined;
    const page = pageRecord(path, stored);
    return page.file === file ? page.hash : undefined;
  };
  const brokenLinks: BrokenLink[] = [];
  // Temporary files an interrupted build left behind are not part of any site.
  for (const file of new Set(interrupted.values())) await rm(temporaryName(fileInside(outDir, file)), { force: true });
  const writer = startFileWriter(join(outDir, JOURNAL_FILE));
  let written = 0;
  let unchanged = 0;
  let rendered = 0;

  const queue: { path: string; from: string }[] = [];
  const seen = new Set<string>();
  const enqueue = (path: string, from: string) => {
    const key = crawlKey(path);
    if (seen.has(key)) return;
    seen.add(key);
    // A static server cannot answer a query string; search result links lead to the search server.
    if (from !== SEED && from !== PREVIOUS && (path.startsWith(paths.search()) || path.startsWith(paths.apiPrefix()))) return;
    if (options.writtenElsewhere?.some((prefix) => path.startsWith(prefix))) return;
    if (path.includes('?')) {
      brokenLinks.push({ path, status: 0, linkedFrom: from });
      return;
    }
    queue.push({ path, from });
  };

  const save = async (path: string, file: string, body: Buffer, deps: string) => {
    const hash = digest(body);
    pages.set(path, storedPage(path, { file, hash, deps }));
    const full = fileInside(outDir, file);
    if (!options.full && previousHash(path, file) === hash && isFile(full)) {
      unchanged++;
      return;
    }
    await writer.write(full, body, { path, file });
    written++;
  };

  const handle = async ({ path, from }: { path: string; from: string }) => {
    const page = await render(path);
    rendered++;
    if (page.status !== 200) {
      // A page of the last build that no longer exists (an unpublished article) is simply gone.
      if (from !== PREVIOUS) brokenLinks.push({ path, status: page.status, linkedFrom: from });
      return;
    }
    if (page.contentType.startsWith('text/') || page.contentType.includes('xml')) {
      for (const link of internalLinks(page.body.toString('utf8'), page.contentType, site)) enqueue(link, path);
    }
    await save(path, outputFileFor(path, page.contentType), page.body, (page.dependencies ?? ['*']).join(' '));
  };

  if (stale !== 'everything') {
    // Pages of the last build none of whose inputs changed keep their file, unrendered and not
    // read for links (trusted without a stat of each file: `--full` rewrites everything). Pages
    // new since then are linked from pages that changed (a listing, the sitemap).
    for (const [path, page] of previous.pages) {
      if (path === NOT_FOUND_PROBE) continue;
      if (stale.has(path)) {
        enqueue(path, PREVIOUS);
        continue;
      }
      seen.add(crawlKey(path));
      pages.set(path, page);
      unchanged++;
    }
    // Pages new in an interrupted build: rendered again, or deleted below if they are gone.
    for (const path of interrupted.keys()) if (path !== NOT_FOUND_PROBE && !previous.pages.has(path)) enqueue(path, PREVIOUS);
  }
  for (const seed of ['/', ...options.seeds]) enqueue(seed, SEED);
  let done = 0;
  try {
    await pool(queue, options.concurrency ?? 8, async (item) => {
      await handle(item);
      options.onProgress?.(++done, queue.length);
      // Rendering never waits on I/O (SQLite answers synchronously), so without this the event
      // loop never reached the callbacks each finished response leaves (setImmediate), and
      // every page's HTML stayed in memory until the end: 1.7 GB instead of 0.4.
      await new Promise((resolve) => setImmediate(resolve));
    });
    const notFound = await render(NOT_FOUND_PROBE);
    rendered++;
    if (notFound.status !== 404) throw new Error(`the not-found page answered ${notFound.status}`);
    await save(NOT_FOUND_PROBE, '404.html', notFound.body, '');
  } finally {
    await writer.close();
  }

  // A file of the last build that no page writes any more is deleted: only a page that is gone
  // or writes another file can leave one, and then the file may still be another page's.
  let deleted = 0;
  let writtenNow: Set<string> | null = null;
  const candidates = new Map(previous.pages);
  for (const [path, file] of interrupted) if (!candidates.has(path)) candidates.set(path, storedPage(path, { file, hash: '', deps: '' }));
  for (const [path, stored] of candidates) {
    const now = pages.get(path);
    if (now === stored) continue;
    const { file } = pageRecord(path, stored);
    if (now !== undefined && pageRecord(path, now).file === file) continue;
    writtenNow ??= new Set([...pages].map(([page, record]) => pageRecord(page, record).file));
    if (writtenNow.has(file)) continue;
    await removeFile(outDir, file);
    deleted++;
  }
  await writeManifest(outDir, { fingerprint: options.fingerprint ?? '', state: options.state ?? null, pages });
  await removeJournal(outDir);
  return {
    outDir,
    rendered,
    files: pages.size,
    written,
    unchanged,
    deleted,
    brokenLinks,
    durationMs: Math.round(performance.now() - started),
  };
}

/** A path as the crawl tells pages apart: '/a/' and '/a' are one page. */
function crawlKey(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Runs `work` over a queue that grows while it runs, at most `limit` at a time. */
function pool<T>(queue: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let active = 0;
    let failed = false;
    const pump = () => {
      while (!failed && active < limit && next < queue.length) {
        const item = queue[next++]!;
        active++;
        work(item).then(
          () => {
            active--;
            pump();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
      if (!failed && active === 0 && next >= queue.length) resolve();
    };
    pump();
  });
}

/** The digest of a file as it is on disk; undefined when there is none. */
function diskDigest(path: string): string | undefined {
  try {
    return digest(readFileSync(path));
  } catch {
    return undefined;
  }
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Deletes a file of the previous build and the folders it leaves empty. */
async function removeFile(outDir: string, file: string): Promise<void> {
  const full = fileInside(outDir, file);
  await unlink(full).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  for (let dir = dirname(full); dir !== outDir && dir.startsWith(outDir); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      break;
    }
  }
}
