import type { Source } from '../content/article.js';
import { bodySections } from '../content/body-sections.js';
import { sourceIsUnlinked, sourceKey } from '../content/source.js';
import type { SourceCheck } from './clinical-signoff.js';

/**
 * The evidence record at review, pure: for each source of a revision, when a reviewer last
 * confirmed checking it and what a reviewer should look at again. Flags never block a save or a
 * sign-off; they are shown, in words, in the review panel (docs/editorial-sources.md).
 */

/** An accessed date older than this many years is flagged: the source may have changed since. */
export const ACCESSED_MAX_AGE_YEARS = 3;

export type SourceFlagCode = 'unlinked' | 'unchecked' | 'missing-section' | 'accessed-future' | 'accessed-old';

export interface SourceFlag {
  code: SourceFlagCode;
  /** Says what is wrong in words (the panel never relies on colour). */
  message: string;
}

export interface SourceEvidence {
  /** The source's key (content/source.ts `sourceKey`): what a sign-off records as checked. */
  key: string;
  title: string;
  /** When the last sign-off recorded this source as checked; null when it did not. */
  checkedAt: string | null;
  /** The sections the source supports, with the heading's words, or null when the body no longer has it. */
  sections: Array<{ slug: string; heading: string | null }>;
  flags: SourceFlag[];
}

/** The last sign-off as the record needs it, whatever its standing. */
export interface LastSignoff {
  revision: number;
  signedAt: string;
  checkedSources: readonly SourceCheck[];
}

/** Each source of `fields` with its check date and flags, as of `now`. */
export function sourceEvidence(fields: { sources: readonly Source[]; bodyMarkdown: string }, last: LastSignoff | null, now: Date): SourceEvidence[] {
  const headings = new Map(bodySections(fields.bodyMarkdown).map((section) => [section.slug, section.heading]));
  const checked = new Map((last?.checkedSources ?? []).map((check) => [check.source, check.checkedAt]));
  return fields.sources.map((source) => {
    const key = sourceKey(source);
    const checkedAt = checked.get(key) ?? null;
    const sections = (source.sections ?? []).map((slug) => ({ slug, heading: headings.get(slug) ?? null }));
    const flags: SourceFlag[] = [];
    if (sourceIsUnlinked(source)) flags.push({ code: 'unlinked', message: 'No web address, DOI or PMID: readers and reviewers cannot look it up.' });
    if (checkedAt === null) {
      flags.push({
        code: 'unchecked',
        message: last ? `Not checked at the last sign-off (revision ${last.revision}).` : 'Not checked yet: no reviewer has signed this article off.',
      });
    }
    for (const section of sections) {
      if (section.heading === null) flags.push({ code: 'missing-section', message: `Linked to the section "${section.slug}", which is no longer a heading of the body.` });
    }
    const accessedFlag = accessedDateFlag(source.accessed, now);
    if (accessedFlag) flags.push(accessedFlag);
    return { key, title: source.title, checkedAt, sections, flags };
  });
}

/** Dates compare as UTC calendar days: "accessed today" is never in the future. */
export function accessedDateFlag(accessed: string | undefined, now: Date): SourceFlag | null {
  if (!accessed) return null;
  const today = now.toISOString().slice(0, 10);
  if (accessed > today) return { code: 'accessed-future', message: `Accessed date ${accessed} is in the future.` };
  const cutoff = new Date(Date.UTC(now.getUTCFullYear() - ACCESSED_MAX_AGE_YEARS, now.getUTCMonth(), now.getUTCDate())).toISOString().slice(0, 10);
  if (accessed < cutoff) return { code: 'accessed-old', message: `Accessed ${accessed}, more than ${ACCESSED_MAX_AGE_YEARS} years ago: check the source is still current.` };
  return null;
}

/** How many sources carry at least one flag. */
export const flaggedCount = (evidence: readonly SourceEvidence[]): number => evidence.filter((entry) => entry.flags.length > 0).length;
