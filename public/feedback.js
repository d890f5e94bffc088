/*
 * healthpress: "Is this page helpful?" (progressive enhancement).
 *
 * Without this script the form under each article is a plain POST that leads to a thank-you page.
 * With it: the comment box shows only after "No" (a GOV.UK-style conditional reveal; the "No"
 * radio names it with aria-controls), and the answer is sent with fetch, asking for JSON: on success the
 * form is replaced by a thank-you message that takes focus, so screen reader and keyboard users
 * land on it; on a refusal (a comment too long, too much feedback) the server's message is shown
 * in the form's status region and the form stays. If fetch itself fails, the form posts as usual.
 *
 * Plain ES2019, no modules, no dependencies; external and deferred (CSP: script-src 'self').
 * Nothing is written with innerHTML: messages are only ever text.
 */
(function () {
  'use strict';

  if (!window.fetch || !window.URLSearchParams || !document.querySelector) return;

  function init(form) {
    var comment = form.querySelector('[data-feedback-comment]');
    var message = form.querySelector('[data-feedback-message]');
    var no = form.querySelector('input[name="helpful"][value="no"]');
    var radios = form.querySelectorAll('input[name="helpful"]');
    var button = form.querySelector('button[type="submit"]');
    if (!comment || !message || !no || !button) return;

    if (!comment.id) comment.id = 'feedback-comment-group';
    no.setAttribute('aria-controls', comment.id);
    // aria-expanded is not allowed on a radio (ARIA 1.2); the box follows "No" in reading order.
    function reveal() {
      comment.hidden = !no.checked;
    }
    for (var i = 0; i < radios.length; i++) radios[i].addEventListener('change', reveal);
    reveal();

    var sending = false;
    form.addEventListener('submit', function (event) {
      if (sending) {
        event.preventDefault();
        return;
      }
      event.preventDefault();
      sending = true;
      button.disabled = true;
      message.textContent = 'Sending…';
      var body = new URLSearchParams();
      var chosen = form.querySelector('input[name="helpful"]:checked');
      if (chosen) body.set('helpful', chosen.value);
      var text = form.querySelector('textarea[name="comment"]');
      // A comment typed before switching to "Yes" stays hidden and is not sent.
      if (text && !comment.hidden && text.value.trim() !== '') body.set('comment', text.value);
      fetch(form.action, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
        credentials: 'omit',
      })
        .then(function (response) {
          return response.json().then(function (json) {
            return { ok: response.ok, json: json };
          });
        })
        .then(function (result) {
          if (result.ok) return thank(form);
          sending = false;
          button.disabled = false;
          message.textContent = (result.json && result.json.error && result.json.error.message) || 'Your feedback could not be sent. Please try again.';
        })
        .catch(function () {
          // The server could not be asked (offline, a proxy): let the browser post the form itself.
          sending = false;
          button.disabled = false;
          message.textContent = '';
          HTMLFormElement.prototype.submit.call(form);
        });
    });
  }

  function thank(form) {
    var section = form.parentNode;
    var note = document.createElement('p');
    note.className = 'feedback__thanks';
    note.tabIndex = -1;
    note.textContent = 'Thank you for your feedback. Our editors read what readers tell us when they next review this page.';
    section.replaceChild(note, form);
    note.focus();
  }

  var forms = document.querySelectorAll('form[data-feedback]');
  for (var i = 0; i < forms.length; i++) init(forms[i]);
})();
