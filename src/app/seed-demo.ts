import { type ImportProgress, type ImportReport, type ImportPorts, runImport } from '../importers/import-runner.js';
import { markdownDirLoader } from '../importers/markdown-dir.js';
import { demoContentDir } from '../project-files.js';
import { mediaImageImporter } from './media/import-image.js';
import type { MediaPorts } from './media/media-ports.js';
import type { SiteMaintenance } from './site-maintenance.js';

/** A site the demo can be loaded into: one that can say whether it holds anything yet. */
export type DemoSeedPorts = ImportPorts & { maintenance: Pick<SiteMaintenance, 'isEmpty'> };

/**
 * Loads the bundled demo content (content/demo) into an empty site, so a first start shows
 * something. A site that holds content is left alone: the answer is then null.
 */
export async function seedDemo(site: DemoSeedPorts, onProgress?: (progress: ImportProgress) => void, media?: MediaPorts): Promise<ImportReport | null> {
  if (!(await site.maintenance.isEmpty())) return null;
  return runImport(site, markdownDirLoader, demoContentDir, { ...(onProgress ? { onProgress } : {}), ...(media ? { images: mediaImageImporter(media) } : {}) });
}
