import type { Article } from '../content/article.js';
import { categoryPathSlug } from '../content/category.js';
import { slugify } from '../content/slug.js';
import { topicKey } from '../content/topic.js';
import { type ArticleFields, type LiveAttributes, toArticleInput } from './article-draft.js';
import { renderMarkdown } from '../content/markdown.js';
import { articleBodyText, articleLeadText } from './prepare-article.js';

/** One step of the breadcrumb trail above a previewed article: a category, top level first. */
export interface PreviewCrumb {
  name: string;
  /** The category's slug, as the store derives it from the path. */
  slug: string;
}

export interface ArticlePreview {
  article: Article;
  categoryTrail: PreviewCrumb[];
}

/**
 * The reader's article as it would be if these fields were published at `now`: the same
 * renderer, sanitizer and lead a publish uses (prepare-article.ts; not the recommender's terms,
 * which a preview does not show), and the
 * same slugs the store would derive for topic, category and tags. Pure: nothing is written, so
 * a preview can show a working revision, or fields not yet saved at all.
 */
export function previewArticle(articleId: number, fields: ArticleFields, live: LiveAttributes, now: string): ArticlePreview {
  const everPublished = live.publishedAt !== null;
  const input = toArticleInput(fields, { ...live, publishedAt: live.publishedAt ?? now, updatedAt: everPublished ? now : live.updatedAt }, 'published');
  const bodyText = articleBodyText(input.bodyMarkdown);
  const path = fields.categoryPath;
  const categoryTrail = path.map((name, index) => ({ name, slug: categoryPathSlug(path.slice(0, index + 1)) }));
  const category = categoryTrail.at(-1);
  return {
    categoryTrail,
    article: {
      id: articleId,
      slug: fields.slug,
      title: fields.title,
      bodyMarkdown: fields.bodyMarkdown,
      bodyHtml: renderMarkdown(input.bodyMarkdown),
      leadText: articleLeadText(bodyText),
      // Not stored yet, so no id: the reader view links by slug only.
      topic: fields.topic === null ? null : { id: 0, slug: topicKey(fields.topic), name: fields.topic, semanticGroup: null },
      category: category ? { id: 0, slug: category.slug, name: category.name } : null,
      tags: fields.tags.map((name) => ({ slug: slugify(name), name })),
      questionType: fields.questionType,
      status: 'published',
      publishedAt: input.publishedAt,
      updatedAt: input.updatedAt,
      lastReviewedAt: input.lastReviewedAt,
      author: fields.author,
      sources: fields.sources,
      reviewedBy: live.reviewedBy ?? null,
      reviewIntervalMonths: live.reviewIntervalMonths ?? null,
      kind: input.kind ?? 'article',
      provenance: input.provenance,
      isSample: input.isSample,
      hasAnswer: input.hasAnswer,
    },
  };
}
