import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { readCareCards } from '../../../content/markdown.js';
import { publicDir } from '../../../project-files.js';
import { makeEditor } from './admin-fixtures.js';
import { renderEditorPage } from './editor-page.js';

interface Helpers {
  careCardDirective(level: string, heading: string, symptoms: string): string | null;
  insertBlock(body: string, caret: number, block: string): { value: string; start: number; end: number };
}

/** public/care-card-insert.js (after body-insert.js, as the editor loads them) run without a browser: it returns its pure helpers and touches no DOM. */
function loadHelpers(): Helpers {
  const context = vm.createContext({});
  for (const file of ['body-insert.js', 'care-card-insert.js']) vm.runInContext(readFileSync(`${publicDir}/${file}`, 'utf8'), context);
  return context.HealthpressCareCards as Helpers;
}

describe('care-card-insert.js helpers', () => {
  const helpers = loadHelpers();

  it('writes a block the server reads back as the same card', () => {
    const block = helpers.careCardDirective('urgent', '  Ask for help   today if: ', '- a sample symptom\n\n* another sample\n3. a third sample\n');
    assert.equal(block, ':::care-card urgent Ask for help today if:\n- a sample symptom\n- another sample\n- a third sample\n:::');
    assert.deepEqual(readCareCards(block!), {
      cards: [{ level: 'urgent', heading: 'Ask for help today if:', markdown: '- a sample symptom\n- another sample\n- a third sample', line: 1 }],
      problems: [],
    });
  });

  it('leaves the heading out when none is given, and writes nothing without a symptom', () => {
    assert.equal(helpers.careCardDirective('emergency', '', 'sample'), ':::care-card emergency\n- sample\n:::');
    assert.equal(helpers.careCardDirective('urgent', 'Heading', ' \n  \n'), null);
  });

  it('inserts at the end of the caret\'s line, as a paragraph of its own', () => {
    const block = ':::care-card urgent\n- x\n:::';
    assert.deepEqual({ ...helpers.insertBlock('', 0, block) }, { value: `${block}\n`, start: 0, end: block.length });
    const inserted = helpers.insertBlock('First line.\nSecond line.', 3, block);
    assert.equal(inserted.value, `First line.\n\n${block}\n\nSecond line.`);
    assert.equal(inserted.value.slice(inserted.start, inserted.end), block);
    assert.equal(helpers.insertBlock('Text.\n\n', 99, block).value, `Text.\n\n${block}\n`);
    assert.deepEqual(readCareCards(inserted.value).problems, []);
  });
});

describe('the editor page\'s care card helper', () => {
  it('is hidden until its script runs, has labelled fields without names (never sent), and loads its script', () => {
    const html = renderEditorPage(makeEditor());
    const panel = /<details class="care-card-insert" data-care-card-insert data-body="f-bodyMarkdown" hidden>([\s\S]*?)<\/details>/.exec(html);
    assert.ok(panel, 'the helper, pointing at the body field');
    for (const id of ['f-careCard-level', 'f-careCard-heading', 'f-careCard-symptoms']) assert.match(panel[1]!, new RegExp(`<label class="field__label" for="${id}">`));
    assert.doesNotMatch(panel[1]!, /\sname=/);
    assert.match(panel[1]!, /<option value="emergency">Immediate action required \(emergency\)<\/option>/);
    assert.match(html, /<script src="[^"]*care-card-insert\.js\?v=[^"]*" defer><\/script>/);
    assert.doesNotMatch(renderEditorPage(makeEditor({ readOnlyReason: 'Bo is editing this article.' })), /care-card-insert\.js/);
  });
});
