import type { Article, ArticleSummary, ReviewedBy, Source } from '../../content/article.js';
import { type ArticleStatus, articleLabel, parseArticleStatus } from '../../content/article-status.js';
import { parseArticleKind } from '../../content/article-kind.js';
import type { CategoryNode } from '../../content/category.js';
import type { Topic } from '../../content/topic.js';

/** Columns selected for an article summary (listings, recommendations, neighbours). */
export const SUMMARY_COLUMNS = [
  'articles.id',
  'articles.slug',
  'articles.title',
  'articles.lead_text',
  'articles.question_type',
  'articles.published_at',
  'articles.provenance_id',
  'articles.has_answer',
  'topics.name as topic_name',
] as const;

export interface SummaryRow {
  id: number;
  slug: string;
  title: string;
  lead_text: string;
  question_type: string | null;
  published_at: string | null;
  provenance_id: string;
  has_answer: number;
  topic_name: string | null;
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    leadText: row.lead_text,
    questionType: row.question_type,
    publishedAt: row.published_at,
    topicName: row.topic_name,
    provenanceId: row.provenance_id,
    hasAnswer: row.has_answer === 1,
  };
}

export interface ArticleRow extends SummaryRow {
  body_markdown: string;
  body_html: string;
  status: string;
  updated_at: string | null;
  last_reviewed_at: string | null;
  author: string | null;
  sources: string;
  reviewer_name?: string | null;
  reviewer_credential?: string | null;
  review_interval_months?: number | null;
  kind?: string;
  source_site: string;
  source_url: string | null;
  licence: string;
  is_sample: number;
  topic_id: number | null;
  topic_slug: string | null;
  topic_semantic_group: string | null;
  category_id: number | null;
  category_slug: string | null;
  category_name: string | null;
}

export function toArticle(row: ArticleRow, tags: { slug: string; name: string }[]): Article {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    bodyMarkdown: row.body_markdown,
    bodyHtml: row.body_html,
    leadText: row.lead_text,
    topic:
      row.topic_id !== null && row.topic_slug !== null && row.topic_name !== null
        ? { id: row.topic_id, slug: row.topic_slug, name: row.topic_name, semanticGroup: row.topic_semantic_group }
        : null,
    category:
      row.category_id !== null && row.category_slug !== null && row.category_name !== null
        ? { id: row.category_id, slug: row.category_slug, name: row.category_name }
        : null,
    tags,
    questionType: row.question_type,
    status: storedStatus(row),
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    lastReviewedAt: row.last_reviewed_at,
    author: row.author,
    sources: parseJson<Source[]>(row.sources, []),
    reviewedBy: reviewedByOf(row),
    reviewIntervalMonths: row.review_interval_months ?? null,
    kind: parseArticleKind(row.kind),
    provenance: {
      id: row.provenance_id,
      sourceSite: row.source_site,
      sourceUrl: row.source_url,
      licence: row.licence,
    },
    isSample: row.is_sample === 1,
    hasAnswer: row.has_answer === 1,
  };
}

export function reviewedByOf(row: { reviewer_name?: string | null; reviewer_credential?: string | null }): ReviewedBy | null {
  return row.reviewer_name ? { name: row.reviewer_name, credential: row.reviewer_credential ?? '' } : null;
}

/** A row's status, or an error naming the article when it is not one this code knows. */
export function storedStatus(row: { status: string; slug: string; provenance_id: string }): ArticleStatus {
  return parseArticleStatus(row.status, articleLabel(row.slug, row.provenance_id));
}

export interface TopicRow {
  id: number;
  slug: string;
  name: string;
  synonyms: string;
  semantic_group: string | null;
  summary: string | null;
  cuis: string;
  semantic_types: string;
  article_count: number | string | bigint;
}

export function toTopic(row: TopicRow): Topic {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    synonyms: parseJson<string[]>(row.synonyms, []),
    semanticGroup: row.semantic_group,
    summary: row.summary,
    cuis: parseJson<string[]>(row.cuis, []),
    semanticTypes: parseJson<string[]>(row.semantic_types, []),
    articleCount: Number(row.article_count),
  };
}

export interface CategoryRow {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  parent_id: number | null;
  article_count: number | string | bigint;
}

export function toCategory(row: CategoryRow): CategoryNode {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    parentId: row.parent_id,
    articleCount: Number(row.article_count),
  };
}

/** Adds `value` to the list `key` holds in `lists` (rows grouped by article, in row order). */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

export function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
