import type { ArticleInput } from '../content/article.js';
import { categoryTrail } from '../content/category.js';
import type { PublishedCatalogue } from '../web/published-catalogue.js';

/** A published article as an editor's save would send it back: its input, ready to change. */
export async function storedArticleInput(catalogue: PublishedCatalogue, slug: string): Promise<ArticleInput> {
  const article = await catalogue.findArticleBySlug(slug);
  if (!article) throw new Error(`no published article "${slug}"`);
  const topic = article.topic ? await catalogue.findTopicBySlug(article.topic.slug) : null;
  const categories = await catalogue.listCategories();
  return {
    title: article.title,
    bodyMarkdown: article.bodyMarkdown,
    topic: topic ? { name: topic.name, synonyms: topic.synonyms, semanticGroup: topic.semanticGroup, summary: topic.summary, cuis: topic.cuis, semanticTypes: topic.semanticTypes } : null,
    categoryPath: article.category ? categoryTrail(categories, article.category.id).map((c) => c.name) : [],
    tags: article.tags.map((t) => t.name),
    questionType: article.questionType,
    status: article.status,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    lastReviewedAt: article.lastReviewedAt,
    author: article.author,
    sources: article.sources,
    provenance: article.provenance,
    isSample: article.isSample,
    hasAnswer: article.hasAnswer,
  };
}
