import type { SourceCheck } from '../../editorial/clinical-signoff.js';

/**
 * A sign-off's `checked_sources` JSON → its evidence record. Sign-offs stored before the record
 * kept a date per source hold bare keys (the source's URL): those count as checked when signed.
 */
export function readSourceChecks(json: string, signedAt: string): SourceCheck[] {
  const stored = JSON.parse(json) as Array<string | SourceCheck>;
  return stored.map((entry) => (typeof entry === 'string' ? { source: entry, checkedAt: signedAt } : entry));
}
