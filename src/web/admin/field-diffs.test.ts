import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyFields } from '../../editorial/article-draft.js';
import { fieldDiffs } from './field-diffs.js';

describe('field diffs of sources', () => {
  it('shows a changed DOI, PMID, accessed date or section, not only title and address', () => {
    const before = { ...emptyFields('T'), sources: [{ title: 'Trial', url: '' }] };
    const after = { ...emptyFields('T'), sources: [{ title: 'Trial', url: '', doi: '10.1234/x', pmid: '123', accessed: '2026-01-02', sections: ['symptoms'] }] };
    const sources = fieldDiffs(before, after).find((diff) => diff.field === 'sources')!;
    assert.equal(sources.changed, true);
    assert.equal(sources.before, 'Trial');
    assert.equal(sources.after, 'Trial DOI 10.1234/x PMID 123 accessed 2026-01-02 sections symptoms');
  });
});
