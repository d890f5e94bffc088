import type { Config } from '../config/config.js';
import type { ExportSummary } from '../export/static-export.js';
import type { SearchService } from '../search/search-service.js';
import type { Site } from './site.js';

/** The site a build reads, as boot opened it. */
export interface BuildSource {
  ports: Pick<Site, 'catalogue' | 'changes'>;
  /** Renders the (empty) search page; absent on PostgreSQL. */
  search?: SearchService;
  /** The configuration the site was opened with; render workers open it again with the same. */
  config: Config;
  /** Moves on every commit to the database, from any process: what a watch polls. */
  contentVersion(): Promise<string>;
}

export interface BuildRequest {
  outDir: string;
  /** A healthpress server whose /search the search forms submit to (default: the base URL). */
  searchApi?: string;
  /** A Pagefind index instead of a search server. */
  staticSearch?: boolean;
  /** Render and write every page, even those unchanged since the last build. */
  full?: boolean;
  /** Render worker threads (0: this thread renders). */
  workers?: number;
  /** Stay running and rebuild on every change to the database, until `stop` is aborted. */
  watch?: boolean;
}

export interface BuildCallbacks {
  /** The first build's pages rendered so far, and how many it has found to render. */
  onProgress?: (done: number, discovered: number) => void;
  /** After each build: the first, then (watching) every rebuild. */
  onBuilt?: (summary: ExportSummary, rebuild: boolean) => void;
  /** Once the first build is written and the watch begins. */
  onWatching?: () => void;
}

/** How often a watch asks the database whether anything changed (one O(1) query). */
const WATCH_POLL_MS = 250;

/**
 * Builds the static site once; with `watch`, then rebuilds (incrementally) whenever the content
 * version moves, until `stop` is aborted. The promise settles once the last build has written its
 * manifest; a rebuild that fails ends the watch and rejects with its error.
 */
export async function buildOrWatch(source: BuildSource, request: BuildRequest, callbacks: BuildCallbacks = {}, stop?: AbortSignal): Promise<void> {
  const { buildSite } = await import('../export/build-site.js');
  const build = (full: boolean, onProgress?: (done: number, discovered: number) => void) =>
    buildSite({
      catalogue: source.ports.catalogue,
      changes: source.ports.changes,
      search: source.search,
      config: source.config,
      outDir: request.outDir,
      mediaDir: source.config.mediaDir,
      ...(request.searchApi !== undefined ? { searchApi: request.searchApi } : {}),
      ...(request.staticSearch ? { staticSearch: true } : {}),
      full,
      workers: request.workers ?? 0,
      bootConfig: source.config,
      ...(onProgress ? { onProgress } : {}),
    });
  // Read before building: a change made during the build starts the next one.
  let version = await source.contentVersion();
  callbacks.onBuilt?.(await build(request.full === true, callbacks.onProgress), false);
  if (!request.watch) return;

  callbacks.onWatching?.();
  await new Promise<void>((stopped, failed) => {
    let stopping = false;
    let timer: NodeJS.Timeout | undefined;
    let polling: Promise<void> = Promise.resolve();
    let failure: { error: unknown } | null = null;
    // A build under way finishes (and writes its manifest) before the promise settles.
    const end = () => {
      stopping = true;
      clearTimeout(timer);
      void polling.finally(() => (failure ? failed(failure.error) : stopped()));
    };
    if (stop?.aborted) return end();
    stop?.addEventListener('abort', end, { once: true });
    const poll = async () => {
      const now = await source.contentVersion();
      if (now !== version && !stopping) {
        version = now;
        callbacks.onBuilt?.(await build(false), true);
      }
      if (!stopping) timer = setTimeout(() => (polling = poll().catch(fail)), WATCH_POLL_MS);
    };
    const fail = (error: unknown) => {
      failure = { error };
      stop?.removeEventListener('abort', end);
      end();
    };
    timer = setTimeout(() => (polling = poll().catch(fail)), WATCH_POLL_MS);
  });
}
