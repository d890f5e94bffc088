import type { ArticleInput, TopicRef } from '../../content/article.js';
import { ARTICLE_STATUSES } from '../../content/article-status.js';
import { validateCategoryPath } from '../../content/category.js';
import { readCareCards } from '../../content/markdown.js';
import { looksLikeProvenanceId } from '../../content/provenance.js';
import { normalizeQuestionType } from '../../content/question-types.js';
import { slugify } from '../../content/slug.js';
import { topicKey } from '../../content/topic.js';
import { FieldReader } from './fields.js';
import { readSources } from './sources.js';

export const FRONT_MATTER_FIELDS = [
  'title', 'slug', 'topic', 'category', 'tags', 'question_type', 'status', 'published', 'updated',
  'last_reviewed', 'author', 'sample', 'sources', 'id', 'source_site', 'licence',
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
  const author = fields.text('author');
  const isSample = fields.boolean('sample', false);
  const sources = readSources(fields);
  const id = readProvenanceId(fields, context.name);
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
      author,
      sources,
      provenance: { id, sourceSite, sourceUrl: null, licence },
      isSample,
      hasAnswer: true,
    },
  };
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
