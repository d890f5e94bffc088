import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyFields, newsroomProvenance } from './article-draft.js';
import { previewArticle } from './preview-article.js';

const NOW = '2026-12-05T10:00:00.000Z';
const neverPublished = { provenance: newsroomProvenance('p1'), isSample: true, hasAnswer: false, publishedAt: null, lastReviewedAt: null, updatedAt: null };

describe('previewArticle', () => {
  const fields = {
    ...emptyFields('Sample: sore throat'), topic: 'Sore Throat', categoryPath: ["Children's health", 'Ear, nose and throat'], tags: ['Self care'],
    bodyMarkdown: 'Drink **warm** fluids.\n\n<script>alert(1)</script>',
  };

  it('renders the body with the reader renderer and sanitizer, and derives the slugs the store will use', () => {
    const { article, categoryTrail } = previewArticle(12, fields, neverPublished, NOW);
    assert.match(article.bodyHtml, /<strong>warm<\/strong>/);
    assert.doesNotMatch(article.bodyHtml, /<script>/);
    assert.deepEqual(article.topic, { id: 0, slug: 'sore-throat', name: 'Sore Throat', semanticGroup: null });
    assert.deepEqual(categoryTrail, [
      { name: "Children's health", slug: 'childrens-health' },
      { name: 'Ear, nose and throat', slug: 'childrens-health/ear-nose-and-throat' },
    ]);
    assert.deepEqual(article.tags, [{ slug: 'self-care', name: 'Self care' }]);
    assert.equal(article.id, 12);
    assert.equal(article.isSample, true, 'demo content stays marked as sample in a preview');
    assert.equal(article.hasAnswer, true, 'a written body is an answer');
  });

  it('dates a first publication now, and a later one as updated now', () => {
    assert.equal(previewArticle(1, fields, neverPublished, NOW).article.publishedAt, NOW);
    assert.equal(previewArticle(1, fields, neverPublished, NOW).article.updatedAt, null);
    const published = previewArticle(1, fields, { ...neverPublished, publishedAt: '2025-01-01T00:00:00.000Z' }, NOW).article;
    assert.equal(published.publishedAt, '2025-01-01T00:00:00.000Z');
    assert.equal(published.updatedAt, NOW);
  });
});
