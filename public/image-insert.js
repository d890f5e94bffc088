/*
 * healthpress newsroom: "Insert an image" in the article editor (src/web/admin/views/image-insert.tsx).
 * Uploads the chosen file with its alt text to the Admin API (POST /api/admin/media, multipart,
 * the CSRF token from <meta name="csrf-token"> as x-csrf-token), then writes the Markdown the
 * server answers into the body at the caret, as a paragraph of its own, and sends the body an
 * input event so admin.js autosaves and refreshes the preview as after typing. The server checks
 * everything (alt text, the file really being an image, the size); this only spares the trip to
 * the Images page.
 *
 * Plain ES2020, no modules, loaded as an external deferred file (the CSP allows no inline script).
 */
(function () {
  'use strict';

  function wire(panel) {
    var body = document.getElementById(panel.getAttribute('data-body') || '');
    var file = panel.querySelector('[data-image-file]');
    var alt = panel.querySelector('[data-image-alt]');
    var button = panel.querySelector('[data-image-insert-button]');
    var status = panel.querySelector('[data-image-insert-status]');
    var tokenMeta = document.querySelector('meta[name="csrf-token"]');
    if (!body || !file || !alt || !button || !status) return;
    var caretPlaced = false;
    body.addEventListener('focus', function () { caretPlaced = true; });
    // The panel's own fields are no part of the article: keep them from the editor's autosave.
    ['input', 'change'].forEach(function (type) {
      panel.addEventListener(type, function (event) { event.stopPropagation(); });
    });

    button.addEventListener('click', function () {
      if (!file.files || file.files.length === 0) { status.textContent = 'Choose an image file first.'; file.focus(); return; }
      if (alt.value.trim() === '') { status.textContent = 'Write the alt text: what the image shows, for readers who cannot see it.'; alt.focus(); return; }
      var form = new FormData();
      form.append('alt', alt.value);
      form.append('file', file.files[0]);
      button.disabled = true;
      status.textContent = 'Uploading…';
      fetch(panel.getAttribute('data-upload'), {
        method: 'POST', body: form, credentials: 'same-origin',
        headers: tokenMeta ? { 'x-csrf-token': tokenMeta.getAttribute('content') || '' } : {},
      }).then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      }).then(function (result) {
        if (!result.ok) {
          var error = result.json && result.json.error;
          status.textContent = 'Not uploaded: ' + (error && error.details ? error.details.join('; ') : (error && error.message) || 'the server refused it.');
          return;
        }
        file.value = '';
        alt.value = '';
        var line = HealthpressBodyInsert.placeBlock(body, caretPlaced, result.json.markdown);
        status.textContent = 'Image inserted into the body at line ' + line + '. It is selected there.';
      }).catch(function () {
        status.textContent = 'Not uploaded: the connection failed. Try again.';
      }).then(function () { button.disabled = false; });
    });
    panel.hidden = false;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-image-insert]'), wire);
})();
