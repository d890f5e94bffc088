import { existsSync, realpathSync } from 'node:fs';
import { goneFromSource, pruneGone, scheduleImported } from './import-lifecycle.js';
import type { NewsroomPorts } from './newsroom/newsroom-ports.js';
import { type ImportProgress, type ImportReport, type ImportPorts, runImport } from '../importers/import-runner.js';
import { loaderFor } from '../importers/registry.js';
import type { RefreshProgress } from '../related/related-service.js';
import { mediaImageImporter } from './media/import-image.js';
import type { MediaPorts } from './media/media-ports.js';

export interface ImportRequest {
  /** A loader kind of importers/registry.ts: medquad, text or markdown. */
  kind: string;
  /** The file or folder to read. */
  path: string;
  /** MedQuAD: also add the questions whose answers were removed, as link-out pages. */
  includeUnanswered?: boolean;
  /** Unpublish the articles an earlier import of this source wrote whose files are gone. */
  prune?: boolean;
  /** Markdown: the media store the images bodies show are copied into (left out, bodies keep their image paths). */
  media?: MediaPorts;
}

export interface ImportCallbacks {
  /** After each file read, with the number read so far and the total the source announced. */
  onFile?: (progress: ImportProgress) => void;
  /** The refresh of the recommended lists that follows the writes. */
  onRelatedProgress?: RefreshProgress;
}

/** Fails, naming the path, when there is nothing to import there; callers may check before opening a database. */
export function checkImportSource(path: string): void {
  if (!existsSync(path)) throw new Error(`import: "${path}" does not exist`);
}

/** The import source an article records: the loader's kind and the real path, so `--prune` finds what this folder wrote. */
export function importSourceOf(kind: string, path: string): string {
  return `${kind}:${realpathSync(path)}`;
}

/**
 * Imports a source of the given kind into the site: articles in batches (each batch all or
 * nothing), then the recommended lists of what changed. Files that fail are reported, not thrown.
 * With the newsroom's ports, the lifecycle follows (import-lifecycle.ts): articles dated in the
 * future are scheduled, and files gone from the source are counted, or with `prune` unpublished.
 */
export async function importContent(site: ImportPorts, request: ImportRequest, callbacks: ImportCallbacks = {}, newsroom?: NewsroomPorts): Promise<ImportReport> {
  checkImportSource(request.path);
  const loader = await loaderFor(request.kind);
  if (request.prune && !newsroom) throw new Error('import --prune: the newsroom is needed to unpublish articles');
  const seen = new Set<string>();
  const report = await runImport(site, loader, request.path, {
    includeUnanswered: request.includeUnanswered === true,
    seen,
    // One clock for "is this date still to come?" and for the scheduler that publishes it.
    ...(newsroom ? { now: () => newsroom.clock().toISOString() } : {}),
    ...(request.media ? { images: mediaImageImporter(request.media) } : {}),
    ...(callbacks.onFile ? { onProgress: callbacks.onFile } : {}),
    ...(callbacks.onRelatedProgress ? { onRelatedProgress: callbacks.onRelatedProgress } : {}),
  });
  const source = importSourceOf(request.kind, request.path);
  await site.ingest.markImported(source, [...seen]);
  if (!newsroom) return report;
  const held = await site.ingest.importedFrom(source);
  await scheduleImported(newsroom, held, report);
  const gone = await goneFromSource(newsroom, held, seen);
  // A file that could not be read says nothing of its article: pruning then could take a good page away.
  if (!request.prune || report.failed.length > 0) {
    report.prunable = gone.length;
    if (request.prune) report.pruneRefused = `${report.failed.length} file(s) failed; nothing was pruned (fix them and import again)`;
    return report;
  }
  await pruneGone(newsroom, gone, request.path);
  report.pruned = gone.map((article) => ({ provenanceId: article.provenanceId, slug: article.slug, title: article.title }));
  return report;
}
