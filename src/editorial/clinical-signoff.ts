import type { ArticleFields } from './article-draft.js';
import type { SignoffStanding } from './workflow.js';

/**
 * A reviewer's clinical sign-off of one revision: who (and the credential readers are shown),
 * when, and a note. It covers that revision's clinical content only; a later change to it voids
 * the sign-off, a change to how the article is filed does not.
 */
export interface Signoff {
  id: number;
  articleId: number;
  revision: number;
  reviewerUserId: number;
  /** As shown to readers ("Dr Sam Example"); kept as signed, whatever the account is called later. */
  reviewerName: string;
  /** As shown to readers ("GP, MRCGP"). */
  credential: string;
  note: string | null;
  signedAt: string;
  /** The evidence record: the sources the reviewer confirmed were checked at this review, each with the date. */
  checkedSources: SourceCheck[];
}

/** One source confirmed checked: by its key (content/source.ts `sourceKey`: the URL, else doi:…, pmid:…, title:…) and when. */
export interface SourceCheck {
  source: string;
  checkedAt: string;
}

export type NewSignoff = Omit<Signoff, 'id'>;

/** What readers rely on clinically: a change to any of these voids a sign-off. */
export const CLINICAL_FIELDS = ['title', 'summary', 'bodyMarkdown', 'sources'] as const;
export type ClinicalField = (typeof CLINICAL_FIELDS)[number];

/** How the fields are named to people (in a refusal, on the timeline). */
export const CLINICAL_FIELD_LABEL: Record<ClinicalField, string> = { title: 'title', summary: 'summary', bodyMarkdown: 'body', sources: 'sources' };

export const MAX_CREDENTIAL_LENGTH = 120;
export const MAX_REVIEWER_NAME_LENGTH = 120;

/** The clinical fields that differ between two versions; tags, category, topic, slug, byline never count. */
export function clinicalChanges(before: ArticleFields, after: ArticleFields): ClinicalField[] {
  return CLINICAL_FIELDS.filter((field) => JSON.stringify(clinicalValue(before, field)) !== JSON.stringify(clinicalValue(after, field)));
}

function clinicalValue(fields: ArticleFields, field: ClinicalField): unknown {
  // Whitespace at the ends is not content: trimming a trailing newline must not void a sign-off.
  if (field === 'bodyMarkdown') return fields.bodyMarkdown.trim();
  if (field === 'summary') return fields.summary?.trim() ?? null;
  return fields[field];
}

/**
 * Does the latest sign-off still cover the working revision? `signed` is the revision it signed
 * (its fields), `working` what would be published now.
 */
export function signoffStanding(latest: { fields: ArticleFields } | null, working: ArticleFields): SignoffStanding {
  if (!latest) return 'none';
  return clinicalChanges(latest.fields, working).length === 0 ? 'current' : 'voided';
}

/** Problems with a sign-off's own inputs, as `field: reason` (errors.ts `invalid`). */
export function signoffProblems(input: { reviewerName: string; credential: string; note: string | null }): string[] {
  const problems: string[] = [];
  if (input.reviewerName.trim() === '') problems.push('reviewerName: required (the name readers are shown)');
  else if (input.reviewerName.length > MAX_REVIEWER_NAME_LENGTH) problems.push(`reviewerName: at most ${MAX_REVIEWER_NAME_LENGTH} characters`);
  if (input.credential.trim() === '') problems.push('credential: required (the qualification readers are shown, e.g. "GP" or "Registered nurse")');
  else if (input.credential.length > MAX_CREDENTIAL_LENGTH) problems.push(`credential: at most ${MAX_CREDENTIAL_LENGTH} characters`);
  if (input.note !== null && input.note.length > 2000) problems.push('note: at most 2000 characters');
  return problems;
}
