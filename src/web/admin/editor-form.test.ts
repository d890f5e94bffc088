import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elementWith } from '../views/html-probe.js';
import { editorErrors, editorFields, patchFromForm } from './editor-form.js';
import { makeEditor, makeFields } from './views/admin-fixtures.js';
import { renderEditorPage } from './views/editor-page.js';

describe('the editor\'s source rows', () => {
  it('reads every row\'s fields and ticked sections, drops blank rows, and keeps old-style rows working', () => {
    const patch = patchFromForm({
      title: 'T', bodyMarkdown: '## Symptoms',
      sourceTitle: ['Guideline', '', 'Trial'],
      sourcePublisher: ['Sample body', '', ''],
      sourceUrl: ['https://example.org/g', '', ''],
      sourceAccessed: ['2026-11-02', '', ''],
      sourceDoi: ['', '', 'https://doi.org/10.1136/bmj.m1'],
      sourcePmid: ['', '', '31452104'],
      'sourceSections-0': ['symptoms', 'causes'],
      'sourceSections-2': 'symptoms',
    });
    assert.deepEqual(patch.sources, [
      { title: 'Guideline', url: 'https://example.org/g', publisher: 'Sample body', accessed: '2026-11-02', sections: ['symptoms', 'causes'] },
      { title: 'Trial', url: '', doi: '10.1136/bmj.m1', pmid: '31452104', sections: ['symptoms'] },
    ]);
    // A form from before the new fields: three columns only.
    assert.deepEqual(patchFromForm({ sourceTitle: 'NHS', sourceUrl: 'https://www.nhs.uk/', sourcePublisher: '' }).sources, [{ title: 'NHS', url: 'https://www.nhs.uk/' }]);
  });

  it('puts a source\'s problem on its row\'s input, naming the row and the field', () => {
    const errors = editorErrors(['sources: item 2: doi: "bmj" is not a DOI (expected 10.NNNN/…)', 'sources: item 1: title: is required', 'title: required']);
    assert.equal(errors['sourceDoi-1'], 'Source 2: doi: "bmj" is not a DOI (expected 10.NNNN/…)');
    assert.equal(errors['sourceTitle-0'], 'Source 1: title: is required');
    assert.equal(errors.title, 'Required');
  });

  it('round-trips through the form: what the editor shows is what it reads back', () => {
    const fields = editorFields({
      title: 'T', slug: 't', slugEdited: false, topic: null, categoryPath: [], tags: [], questionType: null, summary: null, bodyMarkdown: '## Symptoms', author: null,
      sources: [{ title: 'Trial', url: '', doi: '10.1/abcd', pmid: '1', accessed: '2026-01-01', sections: ['symptoms'] }],
    });
    assert.deepEqual(fields.sources, [{ title: 'Trial', publisher: '', url: '', accessed: '2026-01-01', doi: '10.1/abcd', pmid: '1', sections: ['symptoms'] }]);
  });

  it('shows the body\'s headings as checkboxes per row, and a linked heading that is gone, said in words', () => {
    const html = renderEditorPage(makeEditor({
      fields: makeFields({ bodyMarkdown: '## Symptoms\n\nText.\n\n## When to get help', sources: [{ title: 'G', publisher: '', url: 'https://example.org/', accessed: '', doi: '', pmid: '', sections: ['symptoms', 'causes'] }] }),
    }));
    const row0 = elementWith(html, 'fieldset', 'id="f-sourceSections-0"') ?? '';
    assert.match(row0, /<legend>Sections it supports \(optional\)<\/legend>/);
    assert.match(row0, /name="sourceSections-0" value="symptoms" checked/);
    assert.match(row0, /name="sourceSections-0" value="when-to-get-help"\/>/);
    assert.match(row0, /value="causes" checked\/><label for="f-sourceSection-2-0">causes \(no longer a heading of the body\)<\/label>/);
    const row1 = elementWith(html, 'fieldset', 'id="f-sourceSections-1"') ?? '';
    assert.match(row1, /name="sourceSections-1" value="symptoms"\/>/, 'the blank row offers the sections too');
    assert.doesNotMatch(row1, /causes/);
    for (const label of ['Date accessed', 'DOI (optional)', 'PubMed id, PMID (optional)']) assert.ok(html.includes(`>${label}</label>`), label);
    assert.match(html, /id="f-sourceAccessed-0" name="sourceAccessed"|type="date" id="f-sourceAccessed-0"/);
  });
});
