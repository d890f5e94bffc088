import type { ArticleInput, Source } from '../content/article.js';
import type { ArticleKind } from '../content/article-kind.js';
import { sourceTextFields } from '../content/article-characters.js';
import { readCareCards } from '../content/markdown.js';
import { disallowedCharacterProblems } from '../content/text-characters.js';
import type { Provenance } from '../content/provenance.js';
import type { QuestionType } from '../content/question-types.js';
import { slugify } from '../content/slug.js';
import { sourcesProblems } from '../content/source.js';
import { reviewIntervalProblems } from './review-dates.js';

/**
 * What an editor can change about an article: a revision stores exactly this (as JSON), so the
 * newsroom never needs the reader-side row to show or compare a version.
 */
export interface ArticleFields {
  title: string;
  slug: string;
  /** Set once someone types a slug: from then on the slug no longer follows the title. */
  slugEdited: boolean;
  /** Topic name: picked from the existing ones or created on write ("pick or create"). */
  topic: string | null;
  /** Category path, top level first; must name an existing category (or be empty: none). */
  categoryPath: string[];
  tags: string[];
  questionType: QuestionType | null;
  /** A person's summary; kept with the revisions, not shown to readers yet. */
  summary: string | null;
  bodyMarkdown: string;
  sources: Source[];
  author: string | null;
  /** "Review every N months" (1..36); null: the site's default; absent (revisions written before it existed): as the live row says. */
  reviewIntervalMonths?: number | null;
}

/** What a save may change; the slug flag follows from whether `slug` is given. */
export type FieldsPatch = Partial<Omit<ArticleFields, 'slugEdited'>>;

export const MAX_TITLE_LENGTH = 200;
/** Far above any real article (MedQuAD's longest answer is ~30,000): a paste gone wrong, not an article. */
export const MAX_BODY_LENGTH = 200_000;
export const MAX_SUMMARY_LENGTH = 1_000;

const SLUG_PATTERN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** Empty fields for a new draft: the title is the only thing a writer must give. */
export function emptyFields(title: string): ArticleFields {
  return {
    title, slug: slugify(title), slugEdited: false, topic: null, categoryPath: [], tags: [], questionType: null,
    summary: null, bodyMarkdown: '', sources: [], author: null,
  };
}

/**
 * The fields after a patch. The slug follows a new title while the article was never published
 * and nobody typed a slug: a published slug is a link people keep, a typed one a choice.
 */
export function applyPatch(current: ArticleFields, patch: FieldsPatch, options: { everPublished: boolean }): ArticleFields {
  const next: ArticleFields = { ...current, ...stripUndefined(patch) };
  if (patch.slug !== undefined && patch.slug !== current.slug) {
    next.slug = slugify(patch.slug);
    next.slugEdited = true;
  } else if (patch.title !== undefined && !current.slugEdited && !options.everPublished && slugify(patch.title) !== '') {
    // A title emptied while typing leaves the slug as it was (the title alone is then invalid).
    next.slug = slugify(patch.title);
  }
  next.title = next.title.trim();
  next.tags = [...new Set(next.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  next.categoryPath = next.categoryPath.map((part) => part.trim());
  next.topic = next.topic === null || next.topic.trim() === '' ? null : next.topic.trim();
  return next;
}

function stripUndefined(patch: FieldsPatch): FieldsPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as FieldsPatch;
}

/** Every problem of the fields at once, each as `field: reason` (errors.ts `invalid`). */
export function validateFields(fields: ArticleFields): string[] {
  const problems: string[] = [];
  if (fields.title.trim() === '') problems.push('title: required');
  else if (fields.title.length > MAX_TITLE_LENGTH) problems.push(`title: at most ${MAX_TITLE_LENGTH} characters (has ${fields.title.length})`);
  if (!SLUG_PATTERN.test(fields.slug)) problems.push(`slug: "${fields.slug}" must be lowercase words joined by hyphens`);
  if (fields.bodyMarkdown.length > MAX_BODY_LENGTH) problems.push(`body: at most ${MAX_BODY_LENGTH} characters (has ${fields.bodyMarkdown.length})`);
  else problems.push(...careCardProblems(fields.bodyMarkdown).map((problem) => `body: ${problem}`));
  if (fields.summary !== null && fields.summary.length > MAX_SUMMARY_LENGTH) problems.push(`summary: at most ${MAX_SUMMARY_LENGTH} characters`);
  fields.categoryPath.forEach((part, index) => {
    if (slugify(part) === '') problems.push(`category: part ${index + 1} ("${part}") has no letters or digits`);
  });
  if (fields.reviewIntervalMonths !== undefined && fields.reviewIntervalMonths !== null) {
    // NaN: text that is not a number (editor-form.ts); said plainly rather than as "got NaN".
    if (Number.isNaN(fields.reviewIntervalMonths)) problems.push('reviewIntervalMonths: must be a whole number of months, from 1 to 36');
    else problems.push(...reviewIntervalProblems(fields.reviewIntervalMonths, 'reviewIntervalMonths'));
  }
  // Characters XML 1.0 does not allow would make the feed invalid for every reader (issue 14).
  problems.push(...disallowedCharacterProblems([
    ['title', fields.title], ['slug', fields.slug], ['body', fields.bodyMarkdown], ['summary', fields.summary], ['topic', fields.topic],
    ...fields.categoryPath.map((part): [string, string] => ['category', part]), ...fields.tags.map((tag): [string, string] => ['tags', tag]),
    ['author', fields.author], ...sourceTextFields(fields.sources),
  ]));
  problems.push(...sourcesProblems(fields.sources));
  return problems;
}

/** A body's care card problems (`line N: …`); a body without `:::` has none and is not parsed. */
export function careCardProblems(bodyMarkdown: string): string[] {
  return bodyMarkdown.includes(':::') ? readCareCards(bodyMarkdown).problems : [];
}

/** Equal content: a save of these fields over those changes nothing (an idempotent retry). */
export function fieldsEqual(a: ArticleFields, b: ArticleFields): boolean {
  return canonical(a) === canonical(b);
}

function canonical(fields: ArticleFields): string {
  return JSON.stringify([
    fields.title, fields.slug, fields.slugEdited, fields.topic, fields.categoryPath, fields.tags, fields.questionType,
    fields.summary, fields.bodyMarkdown, fields.sources.map((s) => [s.title, s.publisher ?? null, s.url, s.accessed ?? null, s.doi ?? null, s.pmid ?? null, s.sections ?? []]), fields.author,
    ...(fields.reviewIntervalMonths === undefined ? [] : [fields.reviewIntervalMonths]),
  ]);
}

/** What the reader-side row keeps beside the editable fields, unchanged by the newsroom. */
export interface LiveAttributes {
  provenance: Provenance;
  isSample: boolean;
  hasAnswer: boolean;
  publishedAt: string | null;
  lastReviewedAt: string | null;
  updatedAt: string | null;
  /** Our reviewer of the live revision, kept when a publish brings no new sign-off. */
  reviewedBy?: { name: string; credential: string } | null;
  reviewIntervalMonths?: number | null;
  /** A due date an import stored (spread, or the source's); read for display, never written from here. */
  nextReviewDue?: string | null;
  /** The source's own reviewer (front matter `reviewed_by`): provenance, shown to editors as such, never our sign-off. */
  sourceReviewedBy?: { name: string; credential: string } | null;
  /** A site page or an article (content/article-kind.ts): fixed when the draft is created. */
  kind?: ArticleKind;
}

/** The article input a write of these fields makes: the same path imports take (prepareArticle → upsert). */
export function toArticleInput(fields: ArticleFields, live: LiveAttributes, status: ArticleInput['status']): ArticleInput {
  return {
    title: fields.title,
    slug: fields.slug,
    bodyMarkdown: fields.bodyMarkdown,
    topic: fields.topic === null ? null : { name: fields.topic, synonyms: [], semanticGroup: null },
    categoryPath: fields.categoryPath,
    tags: fields.tags,
    questionType: fields.questionType,
    status,
    publishedAt: live.publishedAt,
    updatedAt: live.updatedAt,
    lastReviewedAt: live.lastReviewedAt,
    author: fields.author,
    sources: fields.sources,
    // The editor's "Review every N months" once set (null: the site default), else the live row's.
    ...reviewIntervalOf(fields, live),
    ...(live.kind === 'page' ? { kind: 'page' as const } : {}),
    provenance: live.provenance,
    isSample: live.isSample,
    // An editor who writes a body gives the article an answer (link-out pages had none).
    hasAnswer: live.hasAnswer || fields.bodyMarkdown.trim() !== '',
  };
}

function reviewIntervalOf(fields: ArticleFields, live: LiveAttributes): { reviewIntervalMonths?: number } {
  const months = fields.reviewIntervalMonths !== undefined ? fields.reviewIntervalMonths : live.reviewIntervalMonths;
  return months ? { reviewIntervalMonths: months } : {};
}

/** A new newsroom article's provenance: this site wrote it, under the site's own terms. */
export function newsroomProvenance(uuid: string): Provenance {
  return { id: `newsroom:${uuid}`, sourceSite: 'healthpress', sourceUrl: null, licence: 'healthpress' };
}
