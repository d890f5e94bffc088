import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyFields } from './article-draft.js';
import { diffRevisions } from './revision-diff.js';

describe('diffRevisions', () => {
  const before = { ...emptyFields('What is gout?'), bodyMarkdown: 'Gout is a form of arthritis.', tags: ['joints'] };
  const after = { ...before, title: 'What is gout exactly?', bodyMarkdown: 'Gout is a painful form of arthritis.', tags: ['joints', 'pain'] };

  it('tells per field whether it changed, with both values', () => {
    const diff = diffRevisions({ number: 1, fields: before }, { number: 2, fields: after });
    assert.deepEqual(diff.changedFields, ['title', 'tags', 'bodyMarkdown']);
    const tags = diff.fields.find((f) => f.field === 'tags');
    assert.deepEqual([tags?.old, tags?.new], [['joints'], ['joints', 'pain']]);
    assert.equal(tags?.words, undefined, 'lists are compared as values, not words');
    assert.equal(diff.fields.find((f) => f.field === 'author')?.changed, false);
  });

  it('compares title, summary and body word by word', () => {
    const diff = diffRevisions({ number: 1, fields: before }, { number: 2, fields: after });
    const body = diff.fields.find((f) => f.field === 'bodyMarkdown')!;
    assert.deepEqual(body.words?.filter((w) => w.added).map((w) => w.value.trim()), ['painful']);
    assert.equal(body.words?.filter((w) => !w.removed).map((w) => w.value).join(''), after.bodyMarkdown);
    assert.equal(body.words?.filter((w) => !w.added).map((w) => w.value).join(''), before.bodyMarkdown);
    const summary = diffRevisions({ number: 1, fields: before }, { number: 3, fields: { ...before, summary: 'Short.' } }).fields.find((f) => f.field === 'summary');
    assert.deepEqual(summary?.words, [{ value: 'Short.', added: true, removed: false }], 'a null summary compares as empty');
  });

  it('finds nothing between equal revisions', () => {
    assert.deepEqual(diffRevisions({ number: 1, fields: before }, { number: 1, fields: { ...before } }).changedFields, []);
  });
});
