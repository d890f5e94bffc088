/*
 * healthpress: suggestions as the reader types (progressive enhancement).
 *
 * Every <input data-suggest data-suggest-url="…/api/suggest" data-suggest-base="/sub"> becomes
 * an ARIA 1.2 combobox with a listbox popup (the APG "list autocomplete" pattern). The server
 * answers GET {data-suggest-url}?q=… with { suggestions: [{ kind: 'topic' | 'question', label, path }] },
 * `path` without the base path. Choosing a suggestion opens its page; Enter without one submits
 * the form as usual. Without this script the input is a plain search box in a GET form.
 *
 * Plain ES2019, no modules, no dependencies; loaded as an external deferred file (CSP: script-src 'self').
 * Nothing is written with innerHTML: labels from the server are only ever text.
 */
(function () {
  'use strict';

  var MIN_CHARS = 2;
  // Ask once the reader pauses, not on every keystroke: people type about 3–5 characters a second,
  // so at 150 ms each character of a typed question was a request (27 for one question).
  var DEBOUNCE_MS = 350;
  var MAX_SUGGESTIONS = 10;
  var CACHE_SIZE = 50;

  if (!window.fetch || !document.querySelectorAll) return;

  function init(input, index) {
    if (input.getAttribute('data-suggest-ready') !== null) return;
    var url = input.getAttribute('data-suggest-url');
    if (!url) return;
    input.setAttribute('data-suggest-ready', '');
    var base = (input.getAttribute('data-suggest-base') || '').replace(/\/+$/, '');
    var field = input.parentNode;
    if (!input.id) input.id = 'search-suggest-' + index;

    var listbox = document.createElement('ul');
    listbox.id = input.id + '-listbox';
    listbox.className = 'search-suggest';
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', 'Suggestions');
    listbox.hidden = true;
    field.appendChild(listbox);

    // Announces how many suggestions arrived; screen readers do not always say it otherwise.
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    field.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    var items = []; // { label, kind, href, element }
    var active = -1;
    var timer = 0;
    var sequence = 0;
    var controller = null;
    var cache = new Map();
    var lastTyped = '';

    function isOpen() {
      return !listbox.hidden;
    }

    function open() {
      if (items.length === 0) return;
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function close() {
      setActive(-1);
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }

    function setActive(next) {
      if (active >= 0 && items[active]) items[active].element.setAttribute('aria-selected', 'false');
      active = next;
      if (active >= 0 && items[active]) {
        var element = items[active].element;
        element.setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', element.id);
        scrollIntoList(element);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function scrollIntoList(element) {
      var top = element.offsetTop;
      var bottom = top + element.offsetHeight;
      if (top < listbox.scrollTop) listbox.scrollTop = top;
      else if (bottom > listbox.scrollTop + listbox.clientHeight) listbox.scrollTop = bottom - listbox.clientHeight;
    }

    function announce(text) {
      // Cleared first so the same count twice is still read out.
      status.textContent = '';
      window.setTimeout(function () {
        status.textContent = text;
      }, 50);
    }

    function go(item) {
      close();
      window.location.assign(item.href);
    }

    function render(suggestions, typed) {
      while (listbox.firstChild) listbox.removeChild(listbox.firstChild);
      items = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      suggestions.forEach(function (suggestion, i) {
        var li = document.createElement('li');
        li.id = listbox.id + '-' + i;
        li.className = 'search-suggest__option search-suggest__option--' + suggestion.kind;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        if (suggestion.kind === 'topic') {
          var kind = document.createElement('span');
          kind.className = 'search-suggest__kind';
          kind.textContent = 'Topic';
          var colon = document.createElement('span');
          colon.className = 'visually-hidden';
          colon.textContent = ': ';
          kind.appendChild(colon);
          li.appendChild(kind);
        }
        li.appendChild(document.createTextNode(suggestion.label));
        var item = { label: suggestion.label, kind: suggestion.kind, href: suggestion.href, element: li };
        // mousedown would move focus out of the input and close the list before the click lands.
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
        });
        li.addEventListener('click', function () {
          go(item);
        });
        items.push(item);
        listbox.appendChild(li);
      });
      if (items.length > 0) {
        open();
        announce(items.length === 1 ? '1 suggestion. Use the down arrow to choose it.' : items.length + ' suggestions. Use the up and down arrows to choose one.');
      } else {
        close();
        if (typed) announce('No suggestions.');
      }
    }

    /** Only same-site paths become links: a bad or hostile answer can never send the reader elsewhere. */
    function hrefFor(path) {
      if (typeof path !== 'string' || path.charAt(0) !== '/' || path.charAt(1) === '/' || path.charAt(1) === '\\') return null;
      if (base && (path === base || path.indexOf(base + '/') === 0)) return path;
      return base + path;
    }

    function clean(body) {
      var list = body && Array.isArray(body.suggestions) ? body.suggestions : Array.isArray(body) ? body : [];
      var result = [];
      for (var i = 0; i < list.length && result.length < MAX_SUGGESTIONS; i++) {
        var s = list[i];
        if (!s || typeof s.label !== 'string' || s.label.trim() === '') continue;
        var href = hrefFor(s.path);
        if (!href) continue;
        result.push({ kind: s.kind === 'topic' ? 'topic' : 'question', label: s.label, href: href });
      }
      return result;
    }

    function remember(typed, suggestions) {
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value);
      cache.set(typed, suggestions);
    }

    function fetchSuggestions(typed) {
      var key = typed.toLowerCase();
      if (cache.has(key)) {
        render(cache.get(key), typed);
        return;
      }
      var mine = ++sequence;
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      var separator = url.indexOf('?') === -1 ? '?' : '&';
      window
        .fetch(url + separator + 'q=' + encodeURIComponent(typed), {
          headers: { accept: 'application/json' },
          credentials: 'same-origin',
          signal: controller ? controller.signal : undefined,
        })
        .then(function (response) {
          if (!response.ok) throw new Error('suggest ' + response.status);
          return response.json();
        })
        .then(function (body) {
          var suggestions = clean(body);
          remember(key, suggestions);
          // A slower, older answer must not replace a newer one.
          if (mine !== sequence || input.value.trim() !== typed) return;
          render(suggestions, typed);
        })
        .catch(function () {
          // Suggestions are a nicety: on any failure the form still works, so stay quiet.
          if (mine === sequence) render([], '');
        });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      var typed = input.value.trim();
      lastTyped = typed;
      if (typed.length < MIN_CHARS) {
        sequence++;
        if (controller) controller.abort();
        render([], '');
        return;
      }
      timer = window.setTimeout(function () {
        if (lastTyped === typed) fetchSuggestions(typed);
      }, DEBOUNCE_MS);
    });

    input.addEventListener('keydown', function (event) {
      if (event.isComposing) return;
      switch (event.key) {
        case 'ArrowDown':
        case 'Down':
          if (items.length === 0) return;
          event.preventDefault();
          if (!isOpen()) {
            open();
            if (!event.altKey) setActive(0);
            return;
          }
          setActive(active + 1 >= items.length ? 0 : active + 1);
          return;
        case 'ArrowUp':
        case 'Up':
          if (items.length === 0) return;
          event.preventDefault();
          if (!isOpen()) {
            open();
            setActive(items.length - 1);
            return;
          }
          // Up from the first suggestion returns to the text, as the APG example does.
          setActive(active <= 0 ? (active === 0 ? -1 : items.length - 1) : active - 1);
          return;
        case 'Enter':
          if (isOpen() && active >= 0 && items[active]) {
            event.preventDefault();
            go(items[active]);
          }
          // Otherwise the form submits the typed query as usual.
          return;
        case 'Escape':
        case 'Esc':
          if (isOpen()) {
            event.preventDefault();
            close();
          }
          return;
        case 'Tab':
          close();
          return;
        default:
      }
    });

    input.addEventListener('blur', function () {
      close();
    });

    input.addEventListener('click', function () {
      if (!isOpen() && items.length > 0 && input.value.trim().length >= MIN_CHARS) open();
    });

    // A page restored from the back/forward cache must not come back with a stale list open.
    window.addEventListener('pageshow', function () {
      close();
    });
  }

  function start() {
    var inputs = document.querySelectorAll('input[data-suggest]');
    for (var i = 0; i < inputs.length; i++) init(inputs[i], i);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
