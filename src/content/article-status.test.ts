import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE_STATUSES, articleLabel, isArticleStatus, parseArticleStatus } from './article-status.js';

describe('article status', () => {
  it('knows draft and published', () => {
    assert.deepEqual([...ARTICLE_STATUSES], ['draft', 'published']);
    for (const status of ARTICLE_STATUSES) assert.equal(parseArticleStatus(status, 'article "x"'), status);
  });

  it('rejects any other value, naming the article and the value, and never reads it as published', () => {
    const label = articleLabel('flu-vaccine', 'medquad:0001');
    for (const value of ['in_review', 'Published', ' published', '']) {
      assert.equal(isArticleStatus(value), false, value);
      assert.throws(() => parseArticleStatus(value, label), { message: `article "flu-vaccine" (medquad:0001): unknown status "${value}" (known: draft, published)` });
    }
  });
});
