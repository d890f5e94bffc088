import { type ImportProgress, type ImportReport, runImport } from '../importers/import-runner.js';
import { markdownDirLoader } from '../importers/markdown-dir.js';
import { demoContentDir } from '../project-files.js';
import { type DemoGovernanceReport, seedDemoGovernance } from './demo-governance.js';
import { mediaImageImporter } from './media/import-image.js';
import type { MediaPorts } from './media/media-ports.js';
import type { Site } from './site.js';

export type DemoSeedReport = ImportReport & { governance: DemoGovernanceReport };

/**
 * Loads the bundled demo content into an empty site, so a first start shows something: the
 * articles (content/demo), then the sample reviewers' sign-offs, the site pages and a scheduled
 * article, through the newsroom's use cases (app/demo-governance.ts). A site that holds content is
 * left alone: the answer is then null. `now` is the seed time (tests fix it).
 */
export async function seedDemo(site: Site, options: { onProgress?: (progress: ImportProgress) => void; now?: Date; media?: MediaPorts } = {}): Promise<DemoSeedReport | null> {
  if (!(await site.maintenance.isEmpty())) return null;
  const { onProgress, media } = options;
  const report = await runImport(site, markdownDirLoader, demoContentDir, { ...(onProgress ? { onProgress } : {}), ...(media ? { images: mediaImageImporter(media) } : {}) });
  return { ...report, governance: await seedDemoGovernance(site, options.now ?? new Date()) };
}
