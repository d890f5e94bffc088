/*
 * healthpress newsroom: the article editor's progressive enhancement. docs/admin-editor.md
 * explains the design ("never lose work") and the JSON contracts with the server.
 *
 * Without this script the editor is a plain POST form and works. With it:
 * - autosave 2 s after typing stops, and when the tab is hidden or closed (keepalive);
 * - saves are serialised: never two requests in flight; requests meanwhile are coalesced into one
 *   that sends the latest state; each response's revision becomes the next baseRevision;
 * - a browser copy in localStorage of every change, cleared only when the server confirmed a save
 *   of exactly that content, offered back ("Restore them" / "Discard") on the next visit;
 * - a 409 EDIT_CONFLICT stops autosave and offers the server's conflict page;
 * - the slug follows the title until edited by hand; topic suggestions as you type; the lock heartbeat; the live preview;
 *   "Add source"; Ctrl/Cmd+S; the readability panel follows typing (same debounce as the preview).
 *
 * Plain ES2020, no modules, no build step, loaded as an external deferred file: the CSP allows
 * only script files from 'self', so there are no inline handlers and no eval. Nothing from the
 * server is written with innerHTML: the preview's HTML (sanitized by the server) goes through
 * DOMParser and is moved in as nodes, after a second, defensive strip of scripts and handlers.
 *
 * The pure parts (slugify, the save queue, reading and comparing fields) are returned as
 * `HealthpressAdmin` so a Node test can run them in a vm context without a browser.
 */
var HealthpressAdmin = (function () {
  'use strict';

  var AUTOSAVE_DELAY_MS = 2000;
  var PREVIEW_DELAY_MS = 800;
  var TOPIC_DELAY_MS = 250;
  var HEARTBEAT_MS = 20000;
  var RETRY_MS = 10000;
  // Browsers refuse keepalive bodies over 64 KiB; a bigger one goes as an ordinary request.
  var KEEPALIVE_LIMIT = 60000;
  var STORAGE_PREFIX = 'healthpress:editor:';

  // --- Pure helpers ---------------------------------------------------------------------------

  /**
   * The server's rules (src/content/slug.ts) in small: accents dropped, lower case, apostrophes
   * removed, & as "and", every run of other characters one hyphen, at most 80 characters cut at a
   * hyphen. Only a suggestion: the server's slugify is authoritative and makes slugs unique.
   */
  function slugify(text, maxLength) {
    var max = maxLength || 80;
    var folded = String(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/['\u2019]/g, '').replace(/&/g, ' and ');
    var slug = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
    if (slug.length > max) {
      var cut = slug.slice(0, max);
      var lastHyphen = cut.lastIndexOf('-');
      slug = (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
    }
    return slug;
  }

  /** "a, b,,c " → ["a", "b", "c"]: the JSON form of the comma-separated tags field. */
  function splitTags(text) {
    return String(text).split(',').map(function (tag) { return tag.trim(); }).filter(Boolean);
  }

  /** A stable text of the fields, to compare "what the server has" with "what the form has". */
  function fieldsKey(fields) {
    return JSON.stringify([fields.title, fields.slug, fields.slugEdited, fields.topic, fields.category, fields.tags,
      fields.questionType, fields.summary, fields.bodyMarkdown, fields.sources, fields.author, fields.revisionNote || '', fields.reviewIntervalMonths || '']);
  }

  /**
   * Serialises saves. `send(kind)` returns a promise; while one runs, further requests only
   * remember the strongest kind asked for ('save' beats 'autosave'), and one request follows when
   * it settles. `send` reads the form when it runs, so that follow-up carries the latest state.
   */
  function createSaveQueue(send) {
    var inFlight = false;
    var pending = null;
    var idleCallbacks = [];
    function stronger(a, b) { return a === 'save' || b === 'save' ? 'save' : (a || b); }
    function run(kind, options) {
      inFlight = true;
      var done = function () {
        inFlight = false;
        if (pending) {
          var next = pending;
          pending = null;
          run(next, {});
        } else {
          var callbacks = idleCallbacks;
          idleCallbacks = [];
          callbacks.forEach(function (callback) { callback(); });
        }
      };
      Promise.resolve().then(function () { return send(kind, options || {}); }).then(done, done);
    }
    return {
      request: function (kind, options) {
        if (inFlight) pending = stronger(pending, kind);
        else run(kind, options);
      },
      busy: function () { return inFlight || pending !== null; },
      /** Calls back once nothing is in flight or queued (at once if so already). */
      whenIdle: function (callback) {
        if (!inFlight && !pending) callback();
        else idleCallbacks.push(callback);
      },
      /** Drops a queued request (after a conflict nothing more may be sent). */
      clearPending: function () { pending = null; },
    };
  }

  var helpers = { slugify: slugify, splitTags: splitTags, fieldsKey: fieldsKey, createSaveQueue: createSaveQueue };
  if (typeof document === 'undefined' || typeof window === 'undefined' || !window.fetch) return helpers;

  // --- The editor -----------------------------------------------------------------------------

  var form = document.querySelector('form[data-admin-editor]');
  if (!form) return helpers;

  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrfToken = csrfMeta ? csrfMeta.getAttribute('content') || '' : '';
  var data = form.dataset;
  var storageKey = STORAGE_PREFIX + (data.articleId || 'new') + ':' + (data.userId || '');
  var q = function (selector) { return document.querySelector(selector); };
  var statusLine = form.querySelector('[data-editor-status]');
  var baseInput = form.querySelector('[data-editor-base-revision]');

  var state = {
    baseRevision: Number(data.baseRevision || '0'),
    /** fieldsKey of what the server holds: the page as loaded, then each confirmed save. */
    savedKey: '',
    /** Set after a conflict or a takeover: nothing more is sent until the page reloads. */
    stopped: false,
    submitting: false,
    heldLock: false,
  };

  function setStatus(text) {
    if (statusLine) statusLine.textContent = text;
  }

  function timeText(date) {
    return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  /** The form's fields as the Admin API takes them (EditorFields plus revisionNote). */
  function readFields() {
    var value = function (name) { var el = form.elements.namedItem(name); return el && 'value' in el ? el.value : ''; };
    var sources = [];
    form.querySelectorAll('[data-editor-source-row]').forEach(function (row) {
      var text = function (name) { var el = row.querySelector('[name="' + name + '"]'); return el ? el.value.trim() : ''; };
      var source = {
        title: text('sourceTitle'), publisher: text('sourcePublisher'), url: text('sourceUrl'),
        accessed: text('sourceAccessed'), doi: text('sourceDoi'), pmid: text('sourcePmid'),
        sections: Array.prototype.map.call(row.querySelectorAll('input[type="checkbox"]:checked'), function (box) { return box.value; }),
      };
      if (source.title || source.publisher || source.url || source.accessed || source.doi || source.pmid) sources.push(source);
    });
    return {
      title: value('title'), slug: value('slug'), slugEdited: value('slugEdited') === 'true',
      topic: value('topic'), category: value('category'), tags: splitTags(value('tags')),
      questionType: value('questionType'), summary: value('summary'), bodyMarkdown: value('bodyMarkdown'),
      sources: sources, author: value('author'), revisionNote: value('revisionNote'),
      // As typed: the server checks it (1..36) and names the field when it is not a number of months.
      reviewIntervalMonths: value('reviewIntervalMonths'),
    };
  }

  /** Puts saved fields back into the form (restoring a browser copy); adds source rows as needed. */
  function fillFields(fields) {
    var set = function (name, text) { var el = form.elements.namedItem(name); if (el && 'value' in el) el.value = text; };
    ['title', 'slug', 'topic', 'category', 'questionType', 'summary', 'bodyMarkdown', 'author', 'revisionNote', 'reviewIntervalMonths']
      .forEach(function (name) { set(name, fields[name] || ''); });
    set('slugEdited', fields.slugEdited ? 'true' : 'false');
    set('tags', (fields.tags || []).join(', '));
    var rows = form.querySelectorAll('[data-editor-source-row]');
    while (rows.length < (fields.sources || []).length + 1) { addSourceRow(false); rows = form.querySelectorAll('[data-editor-source-row]'); }
    rows.forEach(function (row, index) {
      var source = (fields.sources || [])[index] || {};
      var names = { sourceTitle: 'title', sourcePublisher: 'publisher', sourceUrl: 'url', sourceAccessed: 'accessed', sourceDoi: 'doi', sourcePmid: 'pmid' };
      Object.keys(names).forEach(function (name) {
        var el = row.querySelector('[name="' + name + '"]');
        if (el) el.value = source[names[name]] || '';
      });
      row.querySelectorAll('input[type="checkbox"]').forEach(function (box) { box.checked = (source.sections || []).indexOf(box.value) !== -1; });
    });
  }

  // --- Browser copy ---------------------------------------------------------------------------

  // localStorage can throw (private mode, quota): the copy is a safety net, never a reason to fail.
  function readCopy(key) {
    try { var text = window.localStorage.getItem(key); return text ? JSON.parse(text) : null; } catch (e) { return null; }
  }
  function writeCopy(key, copy) {
    try { window.localStorage.setItem(key, JSON.stringify(copy)); } catch (e) { /* the server save still runs */ }
  }
  function removeCopy(key) {
    try { window.localStorage.removeItem(key); } catch (e) { /* nothing to do */ }
  }

  /** Every change: the form as it is now, with the revision it was based on. */
  function keepCopy() {
    var fields = readFields();
    writeCopy(storageKey, { fields: fields, key: fieldsKey(fields), baseRevision: state.baseRevision, at: Date.now() });
  }

  /**
   * On load: an earlier copy that differs from what the server sent is moved aside (so new typing
   * cannot overwrite it) and offered back. It is never applied without the user asking.
   */
  function offerEarlierCopy() {
    var earlierKey = storageKey + ':earlier';
    var copy = readCopy(earlierKey);
    var current = readCopy(storageKey);
    if (current && current.key === state.savedKey) { removeCopy(storageKey); current = null; }
    if (!copy && current) { copy = current; writeCopy(earlierKey, copy); removeCopy(storageKey); }
    // A new article's copy that this saved article now holds exactly was saved: drop it.
    var fresh = readCopy(STORAGE_PREFIX + 'new:' + (data.userId || ''));
    if (data.articleId && fresh && fresh.key === state.savedKey) removeCopy(STORAGE_PREFIX + 'new:' + (data.userId || ''));
    var banner = q('[data-editor-copy-banner]');
    if (!copy || !banner) return;
    if (copy.key === state.savedKey) { removeCopy(earlierKey); return; }
    var text = banner.querySelector('[data-editor-copy-text]');
    var when = new Date(copy.at);
    if (text) text.textContent = 'You have unsaved changes from ' + when.toLocaleString() + ' kept in this browser.';
    banner.hidden = false;
    banner.querySelector('[data-editor-copy-restore]').addEventListener('click', function () {
      fillFields(copy.fields);
      // Saved against the revision the copy started from: if someone saved since, the server says so (409).
      state.baseRevision = Math.min(state.baseRevision, Number(copy.baseRevision) || 0);
      if (baseInput) baseInput.value = String(state.baseRevision);
      removeCopy(earlierKey);
      banner.hidden = true;
      onChange();
      setStatus('Restored the copy from this browser · not saved yet');
    });
    banner.querySelector('[data-editor-copy-discard]').addEventListener('click', function () {
      removeCopy(earlierKey);
      banner.hidden = true;
    });
  }

  // --- Saving ---------------------------------------------------------------------------------

  var queue = createSaveQueue(sendSave);
  var autosaveTimer = 0;
  var retryTimer = 0;

  function isDirty() { return fieldsKey(readFields()) !== state.savedKey; }

  function requestSave(kind, options) {
    if (state.stopped || !data.apiUrl) return;
    if (kind === 'autosave' && !isDirty()) return;
    window.clearTimeout(autosaveTimer);
    queue.request(kind, options);
  }

  /** One PUT to the Admin API; resolves when its answer is handled (the queue then sends the next). */
  function sendSave(kind, options) {
    if (state.stopped) return Promise.resolve();
    var fields = readFields();
    var key = fieldsKey(fields);
    if (kind === 'autosave' && key === state.savedKey) return Promise.resolve();
    var body = JSON.stringify(Object.assign({}, fields, { baseRevision: state.baseRevision, kind: kind }));
    setStatus('Saving…');
    return fetch(data.apiUrl, {
      method: 'PUT',
      credentials: 'same-origin',
      keepalive: Boolean(options.keepalive) && body.length < KEEPALIVE_LIMIT,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfToken },
      body: body,
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) { handleSaveAnswer(response.status, json, key); });
    }, function () {
      setStatus('Offline: kept in this browser');
      scheduleRetry();
    });
  }

  function handleSaveAnswer(status, json, key) {
    if (status >= 200 && status < 300 && json && typeof json.revision === 'number') {
      state.baseRevision = json.revision;
      if (baseInput) baseInput.value = String(json.revision);
      state.savedKey = key;
      var copy = readCopy(storageKey);
      if (copy && copy.key === key) removeCopy(storageKey);
      setStatus('Saved at ' + timeText(json.savedAt ? new Date(json.savedAt) : new Date()) + ' · revision ' + json.revision);
      return;
    }
    var code = json && json.error && json.error.code;
    if (status === 409 && code === 'EDIT_CONFLICT') return showConflict(json);
    if (status === 401) return setStatus('Not saved: you are signed out. Your changes are kept in this browser; sign in again in another tab, then save.');
    if (status === 403) return setStatus('Not saved: ' + ((json && json.error && json.error.message) || 'you may not change this article') + '. Your changes are kept in this browser.');
    if (status === 422 || status === 400) return setStatus('Not saved: ' + ((json && json.error && json.error.message) || 'some fields cannot be used') + '. Use Save to see which.');
    setStatus('Not saved (server error): kept in this browser. Trying again shortly.');
    scheduleRetry();
  }

  function scheduleRetry() {
    window.clearTimeout(retryTimer);
    retryTimer = window.setTimeout(function () { requestSave('autosave'); }, RETRY_MS);
  }

  /** Someone saved in between: stop sending, keep the copy, offer the server's conflict page. */
  function showConflict(json) {
    state.stopped = true;
    queue.clearPending();
    keepCopy();
    var current = json && json.current;
    setStatus('Conflict' + (current && current.revision ? ': revision ' + current.revision + ' was saved by someone else' : ''));
    var banner = form.querySelector('[data-editor-conflict-banner]');
    if (banner) { banner.hidden = false; banner.setAttribute('role', 'alert'); }
  }

  // --- Events ---------------------------------------------------------------------------------

  var previewTimer = 0;

  function onChange() {
    keepCopy();
    if (state.stopped) return;
    window.clearTimeout(autosaveTimer);
    autosaveTimer = window.setTimeout(function () { requestSave('autosave'); }, AUTOSAVE_DELAY_MS);
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(function () { refreshPreview(); refreshReadability(); }, PREVIEW_DELAY_MS);
  }

  /** The tab is going away or out of sight: save now (keepalive lets the request outlive the page). */
  function flush() {
    if (state.submitting || state.stopped) return;
    if (isDirty()) { keepCopy(); requestSave('autosave', { keepalive: true }); }
  }

  function wireSlug() {
    var title = form.querySelector('[data-editor-title]');
    var slug = form.querySelector('[data-editor-slug]');
    var edited = form.querySelector('[data-editor-slug-edited]');
    if (!title || !slug || !edited) return;
    title.addEventListener('input', function () { if (edited.value !== 'true') slug.value = slugify(title.value); });
    // Typing in the slug takes it over; emptying it hands it back to the title.
    slug.addEventListener('input', function () {
      edited.value = slug.value.trim() === '' ? 'false' : 'true';
      if (edited.value === 'false') slug.value = slugify(title.value);
    });
  }

  function addSourceRow(focus) {
    var rows = form.querySelectorAll('[data-editor-source-row]');
    var last = rows[rows.length - 1];
    if (!last) return;
    var row = last.cloneNode(true);
    var index = rows.length;
    // A section linked in the copied row whose heading is gone belongs to that row only.
    row.querySelectorAll('[data-editor-missing-section]').forEach(function (choice) { choice.remove(); });
    row.querySelectorAll('.field__error').forEach(function (error) { error.remove(); });
    row.querySelectorAll('[id]').forEach(function (el) { el.id = el.id.replace(/-\d+(-hint)?$/, '-' + index + '$1'); });
    row.querySelectorAll('input').forEach(function (input) {
      // Checkboxes keep their value (a section's slug); each row's ticks go under a name of its own.
      if (input.type === 'checkbox') { input.checked = false; input.name = input.name.replace(/-\d+$/, '-' + index); }
      else input.value = '';
      input.removeAttribute('aria-invalid');
      var hint = row.querySelector('[id="' + input.id + '-hint"]');
      if (hint) input.setAttribute('aria-describedby', hint.id); else input.removeAttribute('aria-describedby');
    });
    row.querySelectorAll('fieldset').forEach(function (set) { set.removeAttribute('aria-describedby'); });
    row.querySelectorAll('label').forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(/-\d+$/, '-' + index);
    });
    row.querySelectorAll('.field--error').forEach(function (field) { field.classList.remove('field--error'); });
    var heading = row.querySelector('.source-row__title');
    if (heading) heading.textContent = 'Source ' + (index + 1);
    last.parentNode.appendChild(row);
    if (focus) row.querySelector('input').focus();
  }

  // --- Preview --------------------------------------------------------------------------------

  var previewSequence = 0;

  /**
   * Asks the server to render the form's fields as the reader's article view. The answer is
   * sanitized HTML (the same sanitizer as published articles); it is parsed off-document and
   * moved in as nodes, after dropping anything executable, should the server ever slip.
   */
  function refreshPreview() {
    var pane = q('[data-editor-preview]');
    if (!pane || !data.previewUrl) return;
    var sequence = ++previewSequence;
    fetch(data.previewUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'x-csrf-token': csrfToken },
      body: new URLSearchParams(new FormData(form)),
    }).then(function (response) {
      if (!response.ok) throw new Error('preview ' + response.status);
      return response.text();
    }).then(function (html) {
      if (sequence !== previewSequence) return; // a newer preview is on its way
      var parsed = parseServerHtml(html);
      pane.replaceChildren.apply(pane, Array.prototype.slice.call(parsed.body.childNodes));
    }).catch(function () { /* the pane keeps the last good preview */ });
  }

  /** Server HTML parsed off-document, with anything executable dropped should the server ever slip. */
  function parseServerHtml(html) {
    var parsed = new DOMParser().parseFromString(html, 'text/html');
    parsed.querySelectorAll('script, iframe, object, embed, style, link, meta, base, form').forEach(function (el) { el.remove(); });
    parsed.querySelectorAll('*').forEach(function (el) {
      Array.prototype.slice.call(el.attributes).forEach(function (attribute) {
        if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)) el.removeAttribute(attribute.name);
      });
    });
    return parsed;
  }

  // --- Readability ----------------------------------------------------------------------------

  var readabilitySequence = 0;

  /**
   * Asks the server for the readability panel of the form's fields and moves its two parts in:
   * the score line into the polite live region (only when its words changed, so an unchanged
   * grade is not announced again), the details (SMOG, the hardest sentences) into theirs.
   */
  function refreshReadability() {
    var score = q('[data-editor-readability-score]');
    var details = q('[data-editor-readability-details]');
    if (!score || !details || !data.readabilityUrl) return;
    var sequence = ++readabilitySequence;
    fetch(data.readabilityUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'x-csrf-token': csrfToken },
      body: new URLSearchParams(new FormData(form)),
    }).then(function (response) {
      if (!response.ok) throw new Error('readability ' + response.status);
      return response.text();
    }).then(function (html) {
      if (sequence !== readabilitySequence) return; // a newer one is on its way
      var parsed = parseServerHtml(html);
      var newScore = parsed.querySelector('[data-editor-readability-score]');
      var newDetails = parsed.querySelector('[data-editor-readability-details]');
      if (!newScore || !newDetails) return;
      if (newScore.textContent !== score.textContent) score.replaceChildren.apply(score, Array.prototype.slice.call(newScore.childNodes));
      details.replaceChildren.apply(details, Array.prototype.slice.call(newDetails.childNodes));
    }).catch(function () { /* the panel keeps the last scores */ });
  }

  // --- Topic suggestions ---------------------------------------------------------------------

  var topicSequence = 0;
  var topicTimer = 0;

  /**
   * Fills the topic field's list with the topics whose name holds what was typed, so a writer
   * picks an existing topic on a site with thousands (the page itself lists at most 1,000).
   * Options are made with createElement and .value: names are never parsed as HTML.
   */
  function wireTopicSuggestions() {
    var input = form.querySelector('input[name="topic"]');
    var list = input && input.list;
    if (!input || !list || !data.topicsUrl) return;
    input.addEventListener('input', function () {
      window.clearTimeout(topicTimer);
      var typed = input.value.trim();
      if (typed.length === 0) return;
      topicTimer = window.setTimeout(function () {
        var sequence = ++topicSequence;
        fetch(data.topicsUrl + '?' + new URLSearchParams({ q: typed, limit: '12' }), { credentials: 'same-origin', headers: { accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (json) {
            if (!json || sequence !== topicSequence) return; // a newer answer is on its way
            var options = json.topics.map(function (topic) {
              var option = document.createElement('option');
              option.value = topic.name;
              return option;
            });
            list.replaceChildren.apply(list, options);
          })
          .catch(function () { /* the list keeps what it had */ });
      }, TOPIC_DELAY_MS);
    });
  }

  // --- Lock heartbeat -------------------------------------------------------------------------

  /** Renews this user's soft lock (or takes a free one); never takes it from someone else. */
  function heartbeat() {
    if (!data.lockUrl || state.stopped) return;
    fetch(data.lockUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ baseRevision: state.baseRevision }),
    }).then(function (response) { return response.ok ? response.json() : null; }).then(function (json) {
      if (!json) return;
      if (json.mine) { state.heldLock = true; return; }
      var name = (json.holder && json.holder.name) || 'Someone else';
      var banner = q('[data-editor-takeover-banner]');
      var text = banner && banner.querySelector('[data-editor-takeover-text]');
      if (text) text.textContent = state.heldLock ? name + ' took over editing this article.' : name + ' is editing this article.';
      if (banner) banner.hidden = false;
      state.stopped = true;
      queue.clearPending();
      setStatus('Not saving: ' + name + ' is editing. Your changes are kept in this browser.');
    }).catch(function () { /* offline: the next beat tries again */ });
  }

  // --- Start ----------------------------------------------------------------------------------

  function start() {
    state.savedKey = fieldsKey(readFields());
    offerEarlierCopy();
    wireSlug();
    wireTopicSuggestions();

    form.addEventListener('input', onChange);
    form.addEventListener('change', onChange);

    var add = form.querySelector('[data-editor-add-source]');
    if (add) {
      add.hidden = false;
      add.addEventListener('click', function () { addSourceRow(true); });
    }

    // A plain submit (Save, Publish…) waits for a save in flight, so its baseRevision is current.
    form.addEventListener('submit', function (event) {
      window.clearTimeout(autosaveTimer);
      if (queue.busy() && !state.stopped) {
        event.preventDefault();
        var submitter = event.submitter;
        queue.whenIdle(function () { form.requestSubmit(submitter || undefined); });
        return;
      }
      state.submitting = true;
    });

    document.addEventListener('keydown', function (event) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 's' || event.key === 'S')) {
        event.preventDefault();
        if (data.apiUrl && !state.stopped) requestSave('save');
        else {
          var save = form.querySelector('[data-editor-save]');
          if (save) form.requestSubmit(save);
        }
      }
    });

    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flush(); });
    window.addEventListener('pagehide', flush);
    window.addEventListener('online', function () { requestSave('autosave'); });

    if (data.lockUrl) {
      heartbeat();
      window.setInterval(heartbeat, HEARTBEAT_MS);
    }
  }

  start();
  return helpers;
})();
