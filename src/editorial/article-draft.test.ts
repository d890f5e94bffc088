import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyPatch, emptyFields, fieldsEqual, MAX_BODY_LENGTH, validateFields } from './article-draft.js';

describe('article fields', () => {
  it('moves the slug with the title until published or typed by hand', () => {
    const draft = emptyFields('What is gout?');
    assert.equal(draft.slug, 'what-is-gout');
    assert.equal(applyPatch(draft, { title: 'Gout explained' }, { everPublished: false }).slug, 'gout-explained');
    assert.equal(applyPatch(draft, { title: 'Gout explained' }, { everPublished: true }).slug, 'what-is-gout');
    const typed = applyPatch(draft, { slug: 'Gout 101' }, { everPublished: false });
    assert.deepEqual([typed.slug, typed.slugEdited], ['gout-101', true]);
    assert.equal(applyPatch(typed, { title: 'Another title' }, { everPublished: false }).slug, 'gout-101');
  });

  it('reports every problem at once, each as field: reason', () => {
    const fields = { ...emptyFields(''), slug: '', bodyMarkdown: 'x'.repeat(MAX_BODY_LENGTH + 1), sources: [{ title: '', url: 'nope' }] };
    const problems = validateFields(fields);
    assert.deepEqual(problems.map((p) => p.split(':')[0]), ['title', 'slug', 'body', 'sources', 'sources']);
    assert.deepEqual(validateFields(emptyFields('Fine')), []);
  });

  it('compares content, whatever the key order', () => {
    const a = emptyFields('Gout');
    const b = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    assert.ok(fieldsEqual(a, b));
    assert.ok(!fieldsEqual(a, { ...a, tags: ['x'] }));
  });
});
