import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tidyQuestion } from './question-title.js';

describe('tidyQuestion', () => {
  it('removes the space before the question mark and keeps the wording', () => {
    assert.equal(tidyQuestion('What is (are) Quill Gland Tumor ?'), 'What is (are) Quill Gland Tumor?');
  });

  it('collapses "? ?" and "??" into one question mark', () => {
    assert.equal(tidyQuestion('Who is at risk for Parasites - Pondworm? ?'), 'Who is at risk for Parasites - Pondworm?');
    assert.equal(tidyQuestion('Is it catching??'), 'Is it catching?');
  });

  it('collapses whitespace and capitalises the first letter', () => {
    assert.equal(tidyQuestion('  what is\n  tremble   reflex ?'), 'What is tremble reflex?');
  });

  it('leaves a question without a question mark as it is', () => {
    assert.equal(tidyQuestion('Do you have information about Night walking'), 'Do you have information about Night walking');
  });

  it('returns an empty string for an empty question', () => {
    assert.equal(tidyQuestion('   '), '');
  });
});
