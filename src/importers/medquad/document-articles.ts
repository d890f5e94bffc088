import type { ArticleInput, Source, TopicRef } from '../../content/article.js';
import { medquadProvenanceId, type Provenance } from '../../content/provenance.js';
import { normalizeQuestionType } from '../../content/question-types.js';
import { slugify } from '../../content/slug.js';
import type { LoaderOptions, SkippedItem } from '../loader.js';
import { answerToMarkdown } from './answer-markdown.js';
import { findCollection } from './categories.js';
import { linkOutMarkdown } from './link-out.js';
import type { MedquadDocument, MedquadPair } from './parse-document.js';
import { tidyQuestion } from './question-title.js';

export const MEDQUAD_LICENCE = 'CC BY 4.0';

export const SKIP_REASONS = {
  removed: 'answer removed from the dataset',
  empty: 'empty answer',
  noQuestion: 'empty question',
} as const;

export interface DocumentArticles {
  articles: ArticleInput[];
  skipped: SkippedItem[];
}

/**
 * One article per QA pair. Pairs without an answer become link-out pages when the import asks
 * for them (`includeUnanswered`), and are reported as skipped otherwise.
 */
export function documentToArticles(
  document: MedquadDocument,
  folder: string,
  fileName: string,
  options: LoaderOptions,
): DocumentArticles {
  const collection = findCollection(folder, document.source);
  const publisher = collection?.publisher ?? document.source ?? 'the original publisher';
  const removed = collection?.answersRemoved ?? false;
  const shared = {
    topic: topicOf(document),
    categoryPath: collection ? [...collection.categoryPath] : [],
    sources: sourcesOf(document, publisher),
  };
  const result: DocumentArticles = { articles: [], skipped: [] };
  for (const pair of document.pairs) {
    const id = medquadProvenanceId(folder, fileName, pair.pid);
    const title = tidyQuestion(pair.question);
    if (title === '') {
      result.skipped.push({ item: id, reason: SKIP_REASONS.noQuestion });
      continue;
    }
    const answer = pair.answer.trim() === '' ? '' : answerToMarkdown(pair.answer);
    if (answer === '' && !options.includeUnanswered) {
      result.skipped.push({ item: id, reason: removed ? SKIP_REASONS.removed : SKIP_REASONS.empty });
      continue;
    }
    const provenance: Provenance = {
      id,
      sourceSite: document.source ?? publisher,
      sourceUrl: document.url,
      licence: MEDQUAD_LICENCE,
    };
    result.articles.push({
      title,
      slug: slugify(title),
      bodyMarkdown: answer !== '' ? answer : linkOutMarkdown(title, publisher, document.url, removed),
      topic: shared.topic,
      categoryPath: [...shared.categoryPath],
      tags: tagsOf(pair),
      questionType: normalizeQuestionType(pair.qtype),
      status: 'published',
      publishedAt: null,
      updatedAt: null,
      lastReviewedAt: null,
      author: null,
      sources: shared.sources.map((source) => ({ ...source })),
      provenance,
      isSample: false,
      hasAnswer: answer !== '',
    });
  }
  return result;
}

function topicOf(document: MedquadDocument): TopicRef | null {
  if (!document.focus) return null;
  return {
    name: document.focus,
    synonyms: [...document.synonyms],
    semanticGroup: document.semanticGroup,
    cuis: [...document.cuis],
    semanticTypes: [...document.semanticTypes],
  };
}

function sourcesOf(document: MedquadDocument, publisher: string): Source[] {
  if (!document.url) return [];
  // The page names the publisher beside the link, so the title is the subject alone.
  const title = document.focus || publisher;
  return [{ title, url: document.url, publisher }];
}

function tagsOf(pair: MedquadPair): string[] {
  const type = normalizeQuestionType(pair.qtype);
  return type ? [type] : [];
}
