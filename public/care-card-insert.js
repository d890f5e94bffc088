/*
 * healthpress newsroom: "Insert a care card" in the article editor (src/web/admin/views/care-card-insert.tsx).
 * Writes a `:::care-card <level> [heading]` block, one "- " line per symptom and a closing ":::",
 * into the body at the caret (at the end of the caret's line, blank lines around it), then sends
 * the body an input event so admin.js autosaves and refreshes the live preview as after typing.
 * The server checks the card on save (content/care-cards.ts); this only spares typing the syntax.
 *
 * Plain ES2020, no modules, loaded as an external deferred file (the CSP allows no inline script).
 * The pure parts are returned as `HealthpressCareCards` so a Node test can run them without a browser.
 */
var HealthpressCareCards = (function () {
  'use strict';

  // --- Pure helpers ---------------------------------------------------------------------------

  /** The block for a level, a heading (may be empty) and the symptoms' text, one per line; null without symptoms. */
  function careCardDirective(level, heading, symptomsText) {
    var symptoms = String(symptomsText).split(/\r?\n/)
      .map(function (line) { return line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim(); })
      .filter(Boolean);
    if (symptoms.length === 0) return null;
    var title = String(heading).replace(/\s+/g, ' ').trim();
    return ':::care-card ' + level + (title ? ' ' + title : '') + '\n' +
      symptoms.map(function (symptom) { return '- ' + symptom; }).join('\n') + '\n:::';
  }

  var helpers = { careCardDirective: careCardDirective, insertBlock: HealthpressBodyInsert.insertBlock };
  if (typeof document === 'undefined') return helpers;

  // --- The helper in the page -----------------------------------------------------------------

  function wire(panel) {
    var body = document.getElementById(panel.getAttribute('data-body') || '');
    var level = panel.querySelector('[data-care-card-level]');
    var heading = panel.querySelector('[data-care-card-heading]');
    var symptoms = panel.querySelector('[data-care-card-symptoms]');
    var button = panel.querySelector('[data-care-card-insert-button]');
    var status = panel.querySelector('[data-care-card-insert-status]');
    if (!body || !level || !heading || !symptoms || !button || !status) return;
    // Until the writer puts the caret in the body, a card goes at its end.
    var caretPlaced = false;
    body.addEventListener('focus', function () { caretPlaced = true; });
    // The helper's own fields are no part of the article: keep their typing from the editor's autosave.
    ['input', 'change'].forEach(function (type) {
      panel.addEventListener(type, function (event) { event.stopPropagation(); });
    });

    button.addEventListener('click', function () {
      var block = careCardDirective(level.value, heading.value, symptoms.value);
      if (block === null) {
        status.textContent = 'Write at least one symptom, one per line.';
        symptoms.focus();
        return;
      }
      heading.value = '';
      symptoms.value = '';
      var line = HealthpressBodyInsert.placeBlock(body, caretPlaced, block);
      status.textContent = 'Care card inserted into the body at line ' + line + '. It is selected there.';
    });
    panel.hidden = false;
  }

  document.querySelectorAll('[data-care-card-insert]').forEach(wire);
  return helpers;
})();
