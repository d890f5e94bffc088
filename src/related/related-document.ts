import type { QuestionType } from '../content/question-types.js';
import type { ArticleTerms } from './article-terms.js';

/**
 * What the recommender knows of one article, as the store hands it over: its terms, extracted
 * when the article was written (extractArticleTerms), so every database gives the same input
 * and loading a model needs no Markdown parsing.
 */
export interface RelatedSource {
  id: number;
  terms: ArticleTerms;
  topicId: number | null;
  categoryId: number | null;
  questionType: QuestionType | null;
  tagIds: number[];
  published: boolean;
  hasAnswer: boolean;
}

export interface RelatedTopicSource {
  id: number;
  name: string;
  synonyms: string[];
}

/** Why an article was recommended; stored beside each entry and shown by `healthpress related`. */
export interface RelatedReason {
  /** Placed by an editor. */
  pinned?: true;
  sameTopic?: true;
  /** Similarity of the two topics' profiles (0–1), when the topics differ but are related. */
  relatedTopic?: number;
  /** The shared words that weigh most. */
  terms?: string[];
  sameCategory?: true;
  sameQuestionType?: true;
  sharedTags?: number;
  /** Shown only because nothing better was found: a link-out page, a draft, or a weak match. */
  fallback?: 'link-out' | 'draft' | 'weak';
}

export interface RelatedEntry {
  articleId: number;
  score: number;
  reason: RelatedReason;
}

export type OverrideKind = 'pin' | 'exclude';

/** An editor's decision for one article's list: always show `targetId` (at `position`), or never. */
export interface RelatedOverride {
  articleId: number;
  targetId: number;
  kind: OverrideKind;
  /** 1-based place for a pin; null puts it after the other pins. */
  position: number | null;
}
