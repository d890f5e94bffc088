import { existsSync } from 'node:fs';
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

/**
 * Imports a source of the given kind into the site: articles in batches (each batch all or
 * nothing), then the recommended lists of what changed. Files that fail are reported, not thrown.
 */
export async function importContent(site: ImportPorts, request: ImportRequest, callbacks: ImportCallbacks = {}): Promise<ImportReport> {
  checkImportSource(request.path);
  const loader = await loaderFor(request.kind);
  return runImport(site, loader, request.path, {
    includeUnanswered: request.includeUnanswered === true,
    ...(request.media ? { images: mediaImageImporter(request.media) } : {}),
    ...(callbacks.onFile ? { onProgress: callbacks.onFile } : {}),
    ...(callbacks.onRelatedProgress ? { onRelatedProgress: callbacks.onRelatedProgress } : {}),
  });
}
