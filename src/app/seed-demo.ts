import { type ImportProgress, type ImportReport, runImport } from '../importers/import-runner.js';
import { markdownDirLoader } from '../importers/markdown-dir.js';
import { demoContentDir } from '../project-files.js';
import { type DemoGovernanceReport, seedDemoGovernance } from './demo-governance.js';
import type { Site } from './site.js';

export type DemoSeedReport = ImportReport & { governance: DemoGovernanceReport };

/**
 * Loads the bundled demo content into an empty site, so a first start shows something: the
 * articles (content/demo), then the sample reviewers' sign-offs, the site pages and a scheduled
 * article, through the newsroom's use cases (app/demo-governance.ts). A site that holds content is
 * left alone: the answer is then null. `now` is the seed time (tests fix it).
 */
export async function seedDemo(site: Site, onProgress?: (progress: ImportProgress) => void, now: Date = new Date()): Promise<DemoSeedReport | null> {
  if (!(await site.maintenance.isEmpty())) return null;
  const report = await runImport(site, markdownDirLoader, demoContentDir, onProgress ? { onProgress } : {});
  return { ...report, governance: await seedDemoGovernance(site, now) };
}
