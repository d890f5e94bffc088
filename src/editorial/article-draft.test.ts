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

  it('refuses an invalid care card in the body, naming its line and what is wrong', () => {
    const body = 'Intro.\n\n:::care-card urgnt\n- a sample symptom\n:::\n\n:::care-card urgent\n- sample';
    assert.deepEqual(validateFields({ ...emptyFields('Fine'), bodyMarkdown: body }), [
      'body: line 3: the care card has an unknown level "urgnt": use non-urgent, urgent or emergency',
      'body: line 7: the care card is not closed: end it with a line of three colons, ":::"',
    ]);
    assert.deepEqual(validateFields({ ...emptyFields('Fine'), bodyMarkdown: ':::care-card urgent\n- a sample symptom\n:::' }), []);
  });

  it('compares content, whatever the key order', () => {
    const a = emptyFields('Gout');
    const b = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    assert.ok(fieldsEqual(a, b));
    assert.ok(!fieldsEqual(a, { ...a, tags: ['x'] }));
  });
});
