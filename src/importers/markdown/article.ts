import type { ArticleInput, ReviewedBy, TopicRef } from '../../content/article.js';
import { ARTICLE_STATUSES } from '../../content/article-status.js';
import { validateCategoryPath } from '../../content/category.js';
import { readCareCards } from '../../content/markdown.js';
import { looksLikeProvenanceId } from '../../content/provenance.js';
import { normalizeQuestionType } from '../../content/question-types.js';
import { slugify } from '../../content/slug.js';
import { topicKey } from '../../content/topic.js';
import { addMonths, REVIEW_INTERVAL_MAX_MONTHS, reviewIntervalProblems } from '../../editorial/review-dates.js';
import { spreadReviewDue } from '../../editorial/review-spread.js';
import { FieldReader, describe } from './fields.js';
import { isRecord } from './front-matter.js';
import { readSources } from './sources.js';

export const FRONT_MATTER_FIELDS = [
  'title', 'slug', 'topic', 'category', 'tags', 'question_type', 'status', 'published', 'updated',
  'last_reviewed', 'next_review', 'review_interval_months', 'reviewed_by', 'author', 'sample', 'sources', 'id', 'source_site', 'licence',
] as const;

export interface ArticleContext {
  /** The file's path relative to the import root, with its extension. */
  name: string;
  /** Topics from _topics.yml, by topic key (and by slug when the entry gives one). */
  topics: ReadonlyMap<string, TopicRef>;
}

export type ArticleResult =
  | { article: ArticleInput; problems?: undefined }
  | { article?: undefined; problems: string[] };

/** Builds the article a front-matter file describes, or lists everything wrong with it. */
export function articleFromFrontMatter(
  data: Record<string, unknown>,
  body: string,
  context: ArticleContext,
): ArticleResult {
  const fields = new FieldReader(data);
  fields.rejectUnknown(FRONT_MATTER_FIELDS);
  const title = fields.text('title', true);
  const slug = readSlug(fields);
  const topicName = fields.text('topic');
  const categoryPath = readCategory(fields);
  const tags = uniqueNames(fields.names('tags'));
  const questionType = normalizeQuestionType(fields.text('question_type'));
  const status = fields.choice('status', ARTICLE_STATUSES, 'published');
  const publishedAt = fields.date('published');
  const updatedAt = fields.date('updated');
  const lastReviewedAt = fields.date('last_reviewed');
  const review = readReviewDates(fields, lastReviewedAt);
  const sourceReviewedBy = readSourceReviewer(fields);
  const author = fields.text('author');
  const isSample = fields.boolean('sample', false);
  const sources = readSources(fields);
  const id = readProvenanceId(fields, context.name);
  // Many articles reviewed on one day would all fall due in one week: spread by the stable id.
  const nextReviewDue = review.nextReview ?? (lastReviewedAt === null ? null : spreadReviewDue(id, lastReviewedAt, review.intervalMonths ?? undefined));
  const sourceSite = fields.text('source_site') ?? 'Healthpress';
  const licence = fields.text('licence') ?? 'CC BY 4.0';
  const bodyMarkdown = body.replace(/^(\s*\n)+/, '').trimEnd();
  if (bodyMarkdown === '') fields.fail('body', 'is empty (write the article below the closing "---" line)');
  // Lines counted from the body's first line that is not blank, as an editor would see them.
  else if (bodyMarkdown.includes(':::')) for (const problem of readCareCards(bodyMarkdown).problems) fields.fail('body', problem);

  if (fields.problems.length > 0 || title === null) return { problems: fields.problems };
  return {
    article: {
      title,
      ...(slug === null ? {} : { slug }),
      bodyMarkdown,
      topic: topicName === null ? null : findTopic(topicName, context.topics),
      categoryPath,
      tags,
      questionType,
      status,
      publishedAt,
      updatedAt,
      lastReviewedAt,
      ...(review.intervalMonths === null ? {} : { reviewIntervalMonths: review.intervalMonths }),
      ...(nextReviewDue === null ? {} : { nextReviewDue }),
      ...(sourceReviewedBy === null ? {} : { sourceReviewedBy }),
      author,
      sources,
      provenance: { id, sourceSite, sourceUrl: null, licence },
      isSample,
      hasAnswer: true,
    },
  };
}

/** `next_review` (a date after `last_reviewed`) or `review_interval_months` (1..36), not both. */
function readReviewDates(fields: FieldReader, lastReviewed: string | null): { nextReview: string | null; intervalMonths: number | null } {
  const nextReview = fields.date('next_review');
  let intervalMonths: number | null = null;
  const interval = fields.raw('review_interval_months');
  if (interval !== undefined && interval !== null) {
    const problems = typeof interval === 'number' ? reviewIntervalProblems(interval, 'review_interval_months') : [`review_interval_months: must be a whole number of months (got ${describe(interval)})`];
    for (const problem of problems) fields.problems.push(problem);
    if (problems.length === 0) intervalMonths = interval as number;
  }
  if (nextReview === null) return { nextReview, intervalMonths };
  if (interval !== undefined && interval !== null) fields.fail('next_review', 'give next_review or review_interval_months, not both');
  else if (lastReviewed === null) fields.fail('next_review', 'needs last_reviewed (the review it follows)');
  else if (nextReview <= lastReviewed) fields.fail('next_review', `${nextReview} is not after last_reviewed (${lastReviewed})`);
  else if (nextReview > addMonths(lastReviewed, REVIEW_INTERVAL_MAX_MONTHS)) {
    fields.fail('next_review', `${nextReview} is more than ${REVIEW_INTERVAL_MAX_MONTHS} months, the site's maximum, after last_reviewed (${lastReviewed})`);
  }
  return { nextReview, intervalMonths };
}

/** `reviewed_by: {name, credential}`: the source's reviewer, kept as provenance (never our sign-off). */
function readSourceReviewer(fields: FieldReader): ReviewedBy | null {
  const value = fields.raw('reviewed_by');
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) {
    fields.fail('reviewed_by', `must have name and credential fields, such as {name: "A. Example", credential: "MD"} (got ${describe(value)})`);
    return null;
  }
  const entry = new FieldReader(value, 'reviewed_by: ');
  entry.rejectUnknown(['name', 'credential']);
  const name = entry.text('name', true);
  const credential = entry.text('credential') ?? '';
  fields.problems.push(...entry.problems);
  return entry.problems.length === 0 && name !== null ? { name, credential } : null;
}

function readSlug(fields: FieldReader): string | null {
  const slug = fields.text('slug');
  if (slug === null || slugify(slug) === slug) return slug;
  fields.fail('slug', `"${slug}" is not a slug (lowercase words joined by hyphens, such as "${slugify(slug) || 'back-pain'}")`);
  return null;
}

function readCategory(fields: FieldReader): string[] {
  if (!fields.has('category')) {
    fields.fail('category', 'is required (a list of names, top level first)');
    return [];
  }
  try {
    return validateCategoryPath(fields.raw('category'));
  } catch (error) {
    fields.fail('category', error instanceof Error ? error.message : String(error));
    return [];
  }
}

function readProvenanceId(fields: FieldReader, name: string): string {
  const fallback = `markdown:${name.replace(/\.md$/i, '')}`;
  const id = fields.text('id');
  if (id === null) return fallback;
  if (!looksLikeProvenanceId(id)) {
    fields.fail('id', `"${id}" must start with a lowercase source name and a colon, such as "healthpress:${id}"`);
    return fallback;
  }
  return id;
}

/** A topic named in _topics.yml brings its synonyms and summary; otherwise the name alone. */
function findTopic(name: string, topics: ReadonlyMap<string, TopicRef>): TopicRef {
  const known = topics.get(topicKey(name));
  if (known) return { ...known, synonyms: [...known.synonyms] };
  return { name, synonyms: [], semanticGroup: null };
}

/** Tags differing only in case would become one tag in the store anyway; keep the first. */
function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
