import type { ArticleInput } from '../content/article.js';
import type { PreparedArticle } from '../content/prepared-article.js';
import { prepareArticle } from '../editorial/prepare-article.js';

let counter = 0;

/** A valid article input; override what a test cares about. */
export function articleInput(overrides: Partial<ArticleInput> = {}): ArticleInput {
  counter++;
  return {
    title: `Test article ${counter}`,
    bodyMarkdown: `This is the body of test article ${counter}.\n\nIt has two paragraphs.`,
    topic: { name: 'Test topic', synonyms: ['Testing condition'], semanticGroup: 'Disorders' },
    categoryPath: ['Test category'],
    tags: ['testing'],
    questionType: 'information',
    status: 'published',
    publishedAt: `2026-01-${String((counter % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
    updatedAt: null,
    lastReviewedAt: '2026-02-01',
    author: 'Test author',
    sources: [{ title: 'A source', url: 'https://example.org/source', publisher: 'Example' }],
    provenance: { id: `test:${counter}-${Math.random().toString(36).slice(2, 8)}`, sourceSite: 'Test', sourceUrl: null, licence: 'CC BY 4.0' },
    isSample: true,
    hasAnswer: true,
    ...overrides,
  };
}

export const FIXED_NOW = '2026-06-01T12:00:00.000Z';

/** Inputs as a store writes them: prepared (editorial/prepare-article.ts). */
export function prepared(inputs: ArticleInput[]): PreparedArticle[] {
  return inputs.map((input) => prepareArticle(input));
}

/**
 * The article ingest's batch write, all that tests and the contract suites of the core write
 * through; spelled out (not picked from importers/article-ingest.ts) so the core's contract
 * suites depend on no adapter.
 */
export interface PreparedArticleIngest<T = unknown> {
  upsertArticles(batch: PreparedArticle[], now: string): Promise<T>;
}

/** Writes article inputs as an import does: each prepared, then one batch through the port. */
export function writeInputs<T>(ingest: PreparedArticleIngest<T>, inputs: ArticleInput[], now: string): Promise<T> {
  return ingest.upsertArticles(prepared(inputs), now);
}

/**
 * Four articles for the recommender's contracts: two on one topic (the second a likely
 * recommendation for the first), a draft that shares their words, and one on nothing near them.
 */
export function miscarriageArticles(): { main: ArticleInput; sibling: ArticleInput; draft: ArticleInput; unrelated: ArticleInput } {
  const topic = { name: 'Miscarriage', synonyms: ['Pregnancy loss'], semanticGroup: 'Disorders' };
  const body = (extra: string) => `A miscarriage is the loss of a pregnancy before the twentieth week. ${extra}`;
  return {
    main: articleInput({ title: 'What is a miscarriage?', topic, bodyMarkdown: body('Most happen early.') }),
    sibling: articleInput({ title: 'What causes a miscarriage?', topic, questionType: 'causes', bodyMarkdown: body('Chromosome problems cause most.') }),
    draft: articleInput({ title: 'Grief after pregnancy loss', status: 'draft', topic: null, bodyMarkdown: body('Grief is normal.') }),
    unrelated: articleInput({ title: 'Dental cavities', topic: null, bodyMarkdown: 'Tooth decay damages enamel.' }),
  };
}
