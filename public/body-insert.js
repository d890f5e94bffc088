/**
 * Inserting a block into the editor's body at the caret: what care-card-insert.js (a care card)
 * and image-insert.js (an image's Markdown) share. Loaded before them.
 *
 * Plain ES2020, no modules, loaded as an external deferred file (the CSP allows no inline script).
 */
var HealthpressBodyInsert = (function () {
  'use strict';

  /**
   * The body with `block` inserted at the end of the line holding `caret`, as a paragraph of its
   * own; and where the block starts and ends in the new body.
   */
  function insertBlock(body, caret, block) {
    var at = body.indexOf('\n', Math.min(Math.max(caret, 0), body.length));
    if (at === -1) at = body.length;
    var before = body.slice(0, at).replace(/\s+$/, '');
    var after = body.slice(at).replace(/^\s+/, '');
    var lead = before === '' ? '' : before + '\n\n';
    var start = lead.length;
    var value = lead + block + (after === '' ? '\n' : '\n\n' + after);
    return { value: value, start: start, end: start + block.length };
  }

  /**
   * Puts `block` into the body textarea after the caret's line (at the end when the writer never
   * placed the caret), tells the editor's autosave, selects the block and gives its line number.
   */
  function placeBlock(body, caretPlaced, block) {
    var result = insertBlock(body.value, caretPlaced ? body.selectionEnd : body.value.length, block);
    body.value = result.value;
    body.dispatchEvent(new Event('input', { bubbles: true }));
    body.focus();
    body.setSelectionRange(result.start, result.end);
    return result.value.slice(0, result.start).split('\n').length;
  }

  return { insertBlock: insertBlock, placeBlock: placeBlock };
})();
