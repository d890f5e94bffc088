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

/**
 * One service per repository for the life of the process, so the model it builds is kept: the
 * first refresh in a server builds it from every article (about 3–4 s on the 47,457-article
 * MedQuAD site), each later one (every publish in the admin) only updates it, unless another
 * process saved lists since (the generation tells). Refreshes of one repository run one at a
 * time, since they update that one model.
 */
const services = new WeakMap<RelatedRepository, { service: RelatedService; queue: Promise<unknown> }>();

/** Brings the "Recommended" lists up to date, by a full rebuild or a refresh of the pending articles. */
export function refreshRelated(related: RelatedRepository, mode: RelatedRefreshMode, options: RelatedRefreshOptions = {}): Promise<RefreshReport> {
  let kept = services.get(related);
  if (!kept) {
    kept = { service: new RelatedService(related), queue: Promise.resolve() };
    services.set(related, kept);
  }
  const { service } = kept;
  const run = () =>
    mode === 'rebuild'
      ? service.rebuild(options.onProgress, options.threads ? { threads: options.threads } : {})
      : service.refreshPending(options.onProgress);
  const result = kept.queue.then(run, run);
  kept.queue = result.catch(() => undefined);
  return result;
}
