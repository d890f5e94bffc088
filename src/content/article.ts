import type { ArticleKind } from './article-kind.js';
import type { ArticleStatus } from './article-status.js';
import type { Provenance } from './provenance.js';
import type { QuestionType } from './question-types.js';


/** A clinical reviewer as readers are shown them: the name and the credential. */
export interface ReviewedBy {
  name: string;
  credential: string;
}

/**
 * A citation shown under the article: where the facts come from. Rows stored before DOIs, PMIDs,
 * accessed dates and sections existed simply lack them (content/source.ts holds the rules).
 */
export interface Source {
  title: string;
  /** An http(s) address; '' when the source is cited by its DOI or PMID only. */
  url: string;
  publisher?: string;
  /** When the source was last read, YYYY-MM-DD. */
  accessed?: string;
  /** Bare DOI, "10.NNNN/…". */
  doi?: string;
  /** PubMed id, digits. */
  pmid?: string;
  /** Slugs of the body's `##` headings this source supports (content/body-sections.ts). */
  sections?: string[];
}

/**
 * What an importer or editor hands to the store. Topic and category are referred to by
 * value (name, path) so an importer never needs to know database ids.
 */
export interface ArticleInput {
  title: string;
  /** Preferred slug; the store makes it unique. */
  slug?: string;
  bodyMarkdown: string;
  topic: TopicRef | null;
  /** Category path, top level first: ["Women's health", "Pregnancy"]. */
  categoryPath: string[];
  tags: string[];
  questionType: QuestionType | null;
  status: ArticleStatus;
  publishedAt: string | null;
  updatedAt: string | null;
  lastReviewedAt: string | null;
  author: string | null;
  sources: Source[];
  /** Who signed the published revision off clinically (our reviewer, not an imported source's); absent: nobody. */
  reviewedBy?: ReviewedBy | null;
  /** This article's review interval in months; absent: the site's default. */
  reviewIntervalMonths?: number | null;
  /** A review due date an import set (spread over a window, or the source's own); absent: last reviewed plus the interval. */
  nextReviewDue?: string | null;
  /** The source's own reviewer (front matter `reviewed_by`): provenance, never shown as our sign-off. */
  sourceReviewedBy?: ReviewedBy | null;
  /** A site page (About, Privacy…) rather than health content; absent: an article. */
  kind?: ArticleKind;
  provenance: Provenance;
  /** Demo/sample content is labelled as such on every page. */
  isSample: boolean;
  /** False for link-out pages whose answer text the source withheld. */
  hasAnswer: boolean;
}

export interface TopicRef {
  name: string;
  synonyms: string[];
  semanticGroup: string | null;
  summary?: string | null;
  cuis?: string[];
  semanticTypes?: string[];
}

/** An article as the reader site sees it. */
export interface Article {
  id: number;
  slug: string;
  title: string;
  bodyMarkdown: string;
  bodyHtml: string;
  /** Plain text of the start of the body, the material excerpts are cut from. */
  leadText: string;
  topic: TopicSummary | null;
  category: CategorySummary | null;
  tags: TagSummary[];
  questionType: QuestionType | null;
  status: ArticleStatus;
  publishedAt: string | null;
  updatedAt: string | null;
  lastReviewedAt: string | null;
  author: string | null;
  sources: Source[];
  reviewedBy: ReviewedBy | null;
  reviewIntervalMonths: number | null;
  /** 'page' for a site page (its address is `/<slug>`, content/article-kind.ts). */
  kind: ArticleKind;
  provenance: Provenance;
  isSample: boolean;
  hasAnswer: boolean;
}

/** Enough of an article for listings and the Recommended block. */
export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  leadText: string;
  questionType: QuestionType | null;
  publishedAt: string | null;
  topicName: string | null;
  provenanceId: string;
  hasAnswer: boolean;
}

export interface TopicSummary {
  id: number;
  slug: string;
  name: string;
  /** The topic's UMLS semantic group ("Disorders"), which types it in JSON-LD; null when unknown. */
  semanticGroup: string | null;
}

export interface CategorySummary {
  id: number;
  slug: string;
  name: string;
}

export interface TagSummary {
  slug: string;
  name: string;
}

/** What listings and "Recommended" blocks show of an article. */
export function summaryOf(article: Article): ArticleSummary {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    leadText: article.leadText,
    questionType: article.questionType,
    publishedAt: article.publishedAt,
    topicName: article.topic?.name ?? null,
    provenanceId: article.provenance.id,
    hasAnswer: article.hasAnswer,
  };
}
