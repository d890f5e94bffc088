import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import { paths } from '../content/paths.js';
import { MediaFiles } from '../media/media-files.js';
import { publicDir } from '../project-files.js';
import type { SearchService } from '../search/search-service.js';
import { type AppOptions, buildApp } from '../web/app.js';
import type { PublishedCatalogue } from '../web/published-catalogue.js';
import type { StaticExportSite } from '../web/views/index.js';
import { readJournal } from './build-journal.js';
import { type BuildManifest, readManifest } from './build-manifest.js';
import { type BuildState, buildState, changedKeys } from './change-set.js';
import { DependencyRecorder, dirtinessTest } from './page-dependencies.js';
import { snapshotCatalogue } from './snapshot-catalogue.js';
import { writeHeaderFiles } from './header-files.js';
import { writeRedirectFiles } from './redirect-files.js';
import { writeStaticSearchIndex } from './static-search-index.js';
import { startRenderPool } from './render-pool.js';
import type { SiteChangeFeed } from './site-change-feed.js';
import { type ExportSummary, exportSite, type Render, renderWithApp } from './static-export.js';

export interface BuildSiteOptions {
  catalogue: PublishedCatalogue;
  /** What changed since the last build: an incremental build renders only what it touched. */
  changes: SiteChangeFeed;
  /** Renders the (empty) search page; without it the export has no search/index.html. */
  search?: SearchService;
  config: AppOptions['config'];
  outDir: string;
  /** The media store's folder (HEALTHPRESS_MEDIA_DIR): the images the pages show are written to the export under the same URLs. */
  mediaDir?: string;
  /**
   * Origin (and base) of a healthpress server whose /search the export's search forms submit
   * to. Default: the site's own base URL, for hosts that pass /search through to the server.
   */
  searchApi?: string;
  /** Build a Pagefind index into /pagefind/ and make the search page use it: no server at all. */
  staticSearch?: boolean;
  full?: boolean;
  /**
   * Render on this many worker threads, each booting with `bootConfig` and holding its own copy
   * of the site; 0 renders on the main thread with `catalogue` (on 2 cores workers did not pay: see
   * docs/benchmarks.md).
   */
  workers?: number;
  /** The configuration the ports were booted with: render workers boot with it to open the same database. */
  bootConfig?: Config;
  onProgress?: (done: number, discovered: number) => void;
}

/** How the export's pages differ from the server's (see StaticExportSite). */
export function staticExportSite(options: Pick<BuildSiteOptions, 'config' | 'searchApi' | 'staticSearch'>): StaticExportSite {
  // A site path: the forms add the base path themselves.
  if (options.staticSearch) return { searchAction: `${paths.search()}/`, staticSearch: true };
  const api = (options.searchApi ?? options.config.baseUrl).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(api)) throw new Error(`--search-api: "${options.searchApi}" must be an absolute http(s) URL`);
  return { searchAction: `${api}${paths.search()}` };
}

/** The very app the export renders with; tests serve it over HTTP to compare with the files. */
export function buildExportApp(
  options: Omit<BuildSiteOptions, 'outDir' | 'changes'> & { recorder?: DependencyRecorder; bulk?: boolean },
): Promise<FastifyInstance> {
  const catalogue = snapshotCatalogue(options.catalogue, { bulk: options.bulk ?? true });
  return buildApp({
    catalogue: options.recorder ? options.recorder.catalogue(catalogue) : catalogue,
    ...(options.search ? { search: options.search } : {}),
    // Without a trailing slash, as loadConfig gives it: feed and sitemap URLs append paths to it.
    config: { ...options.config, baseUrl: options.config.baseUrl.replace(/\/+$/, '') },
    staticExport: staticExportSite(options),
    ...(options.mediaDir ? { mediaFiles: new MediaFiles(options.mediaDir) } : {}),
  });
}

/** Past this many pages to render, one bulk read of the site beats reading page by page. */
const BULK_READ_FROM = 2_000;

/** `healthpress build`: the whole site as static files, rendered by the app in-process. */
export async function buildSite(options: BuildSiteOptions): Promise<ExportSummary> {
  const started = performance.now();
  const previous = await readManifest(options.outDir);
  // Pages a killed or stopped build may have replaced since that manifest: rendered again.
  const interrupted = await readJournal(options.outDir);
  const fingerprint = buildFingerprint(options);
  const { changed, state } = await whatChanged(options, previous, fingerprint);
  const stale = changed === 'everything' ? 'everything' : stalePages(previous, changed);
  if (stale !== 'everything') for (const path of interrupted.keys()) if (previous.pages.has(path)) stale.add(path);
  const renderer = await startRenderer(options, stale === 'everything' || stale.size >= BULK_READ_FROM);
  const preparationMs = Math.round(performance.now() - started);
  try {
    const baseUrl = options.config.baseUrl.replace(/\/+$/, '');
    const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
    // Every asset, not only the linked ones: a stylesheet may load others the crawl cannot see.
    const assets = readdirSync(publicDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !ADMIN_ASSETS.has(entry.name))
      .map((entry) => paths.asset(`${entry.parentPath}/${entry.name}`.slice(publicDir.length + 1)));
    const summary = await exportSite({
      render: renderer.render,
      site: { baseUrl, basePath },
      outDir: options.outDir,
      seeds: [paths.azWithoutSlash(), paths.feed(), paths.sitemap(), paths.robots(), ...(options.search ? [paths.search()] : []), ...assets],
      ...(options.full !== undefined ? { full: options.full } : {}),
      previous,
      stale,
      interrupted,
      fingerprint,
      state,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      concurrency: Math.max(8, (options.workers ?? 0) * 4),
      ...(options.staticSearch ? { writtenElsewhere: ['/pagefind/'] } : {}),
    });
    await writeRedirectFiles(options.outDir, await options.catalogue.redirects(), { baseUrl, basePath });
    await writeHeaderFiles(options.outDir, { basePath });
    const pagefind = options.staticSearch ? { staticSearchPages: await writeStaticSearchIndex(options.outDir) } : {};
    return { ...summary, ...pagefind, preparationMs, durationMs: Math.round(performance.now() - started) };
  } finally {
    await renderer.close();
  }
}

/** The pages of the last build that depend on any of the changed keys. */
function stalePages(previous: BuildManifest, changed: Set<string>): Set<string> {
  const isStale = dirtinessTest(changed);
  const stale = new Set<string>();
  for (const [path, page] of previous.pages) if (isStale(page)) stale.add(path);
  return stale;
}

/**
 * The dependency keys whose answer changed since the last build, from the change feed;
 * 'everything' for a first or a full build, another database, or other code or options.
 */
async function whatChanged(
  options: BuildSiteOptions,
  previous: BuildManifest,
  fingerprint: string,
): Promise<{ changed: Set<string> | 'everything'; state: BuildState }> {
  const last = previous.state;
  if (options.full || !last || previous.fingerprint !== fingerprint) return { changed: 'everything', state: buildState(await options.changes.siteState()) };
  const changes = await options.changes.changesSince(last.changeSeq);
  if (changes.siteId !== last.siteId || changes.changeSeq < last.changeSeq) return { changed: 'everything', state: buildState(await options.changes.siteState()) };
  // Read only when an article moved: a scan of every page's keys.
  const listingKeys = () => {
    const keys = new Set<string>();
    for (const page of previous.pages.values()) for (const match of page.matchAll(/[ \t](l\{[^ ]*)/g)) keys.add(match[1]!);
    return keys;
  };
  const { changed, after } = changedKeys(last, changes, listingKeys);
  return { changed, state: after };
}

/**
 * The code, assets and options pages are rendered with: when it differs from the last build's,
 * every page is rendered again (the content may be the same, the HTML around it is not).
 */
/** The newsroom's own script and styles: a static export has no admin, so they are not copied. */
const ADMIN_ASSETS = new Set(['admin.js', 'admin.css', 'body-insert.js', 'care-card-insert.js', 'image-insert.js']);

function buildFingerprint(options: BuildSiteOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ config: options.config, searchApi: options.searchApi ?? null, staticSearch: options.staticSearch ?? false, search: options.search !== undefined }));
  const codeDir = fileURLToPath(new URL('..', import.meta.url));
  for (const dir of [codeDir, publicDir]) {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.map') && !entry.name.endsWith('.test.js'))
      .map((entry) => `${entry.parentPath}/${entry.name}`)
      .sort();
    for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
  }
  return hash.digest('base64url');
}

async function startRenderer(options: BuildSiteOptions, bulk: boolean): Promise<{ render: Render; close(): Promise<void> }> {
  if (options.workers && options.workers > 0) {
    if (!options.bootConfig) throw new Error('workers: render workers need the configuration to boot with');
    return startRenderPool(options.workers, {
      bootConfig: options.bootConfig,
      config: options.config,
      withSearch: options.search !== undefined,
      ...(options.searchApi !== undefined ? { searchApi: options.searchApi } : {}),
      ...(options.staticSearch ? { staticSearch: true } : {}),
    });
  }
  const recorder = new DependencyRecorder();
  const app = await buildExportApp({ ...options, recorder, bulk });
  return { render: renderWithApp(app, recorder), close: () => app.close() };
}
