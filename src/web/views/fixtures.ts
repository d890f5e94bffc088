/** Test data for the view tests; not used by the site itself. */
import type { Article, ArticleSummary } from '../../content/article.js';
import type { CategoryNode } from '../../content/category.js';
import type { Topic } from '../../content/topic.js';
import type { TopicIndexEntry } from '../published-catalogue.js';
import type { SiteContext } from './site.js';

export const XSS_TITLE = 'Is <script>alert(1)</script> safe?';

export function makeSite(overrides: Partial<SiteContext> = {}): SiteContext {
  return {
    name: 'healthpress',
    baseUrl: 'https://health.example/sub',
    basePath: '/sub',
    excerptLength: 50,
    assetVersion: 'abc123',
    country: 'uk',
    ...overrides,
  };
}

const LEAD =
  'Anaemia happens when the blood does not carry enough oxygen to the body because there are too few healthy red blood cells.';

export function makeSummary(id: number, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    slug: `article-${id}`,
    title: `Article number ${id}`,
    leadText: `${LEAD} Item ${id}.`,
    questionType: 'information',
    publishedAt: '2026-03-12',
    topicName: 'anaemia',
    provenanceId: `sample:${id}`,
    hasAnswer: true,
    ...overrides,
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 1,
    slug: 'what-is-anaemia',
    title: 'What is anaemia?',
    bodyMarkdown: LEAD,
    bodyHtml: `<p>${LEAD}</p><h2>Symptoms</h2><p>Tiredness and <a href="https://example.org/x">shortness of breath</a>.</p>`,
    leadText: LEAD,
    topic: { id: 7, slug: 'anaemia', name: 'anaemia', semanticGroup: 'Disorders' },
    category: { id: 3, slug: 'blood/anaemia', name: 'Anaemia' },
    tags: [
      { slug: 'blood', name: 'Blood' },
      { slug: 'fatigue', name: 'Fatigue' },
    ],
    questionType: 'information',
    status: 'published',
    publishedAt: '2025-11-02T09:30:00Z',
    updatedAt: '2026-01-20T10:00:00Z',
    lastReviewedAt: '2026-03-12',
    author: null,
    sources: [
      { title: 'Anemia', url: 'https://medlineplus.gov/anemia.html', publisher: 'MedlinePlus' },
      { title: 'Bad source', url: 'javascript:alert(1)' },
    ],
    reviewedBy: null,
    reviewIntervalMonths: null,
    kind: 'article',
    provenance: {
      id: 'medquad:1_CancerGov_QA/0000001#1',
      sourceSite: 'MedlinePlus',
      sourceUrl: 'https://medlineplus.gov/anemia.html',
      licence: 'Public domain (U.S. government work)',
    },
    isSample: true,
    hasAnswer: true,
    ...overrides,
  };
}

export function makeTopic(overrides: Partial<Topic> = {}): Topic {
  return {
    id: 7,
    slug: 'anaemia',
    name: 'anaemia',
    synonyms: ['Anemia', 'Low red blood cell count'],
    semanticGroup: 'Disorders',
    summary: 'A condition where you lack enough healthy red blood cells to carry oxygen.',
    cuis: ['C0002871'],
    semanticTypes: ['Disease or Syndrome'],
    articleCount: 3,
    ...overrides,
  };
}

export function makeCategory(id: number, overrides: Partial<CategoryNode> = {}): CategoryNode {
  return {
    id,
    slug: `category-${id}`,
    name: `Category ${id}`,
    description: null,
    parentId: null,
    articleCount: 10 + id,
    ...overrides,
  };
}

export function makeIndexEntry(name: string, overrides: Partial<TopicIndexEntry> = {}): TopicIndexEntry {
  return { slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name, synonyms: [], articleCount: 1, ...overrides };
}
