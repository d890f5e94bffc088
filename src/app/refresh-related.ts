import { type RefreshProgress, type RefreshReport, RelatedService } from '../related/related-service.js';
import type { RelatedRepository } from '../related/related-repository.js';

/**
 * `rebuild` ranks every list again from a new model (after an upgrade, or to start clean);
 * `refresh` only the lists the pending articles can change (or all, when most of the site is pending).
 */
export type RelatedRefreshMode = 'rebuild' | 'refresh';

export interface RelatedRefreshOptions {
  /** rebuild: threads that rank, each with its own copy of the model (default: one per core from 4,000 articles). */
  threads?: number;
  onProgress?: RefreshProgress;
}

/** Brings the "Recommended" lists up to date, by a full rebuild or a refresh of the pending articles. */
export function refreshRelated(related: RelatedRepository, mode: RelatedRefreshMode, options: RelatedRefreshOptions = {}): Promise<RefreshReport> {
  const service = new RelatedService(related);
  return mode === 'rebuild'
    ? service.rebuild(options.onProgress, options.threads ? { threads: options.threads } : {})
    : service.refreshPending(options.onProgress);
}
