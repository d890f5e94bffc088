/*
 * The search page of a static export built with --static-search: starts Pagefind's UI over the
 * index in /pagefind/ and runs the search a form elsewhere on the site sent as ?q=.
 */
(function () {
  'use strict';
  function start() {
    var element = document.getElementById('static-search');
    if (!element || typeof window.PagefindUI !== 'function') return;
    var ui = new window.PagefindUI({
      element: '#static-search',
      bundlePath: element.getAttribute('data-bundle'),
      showImages: false,
      resetStyles: false,
    });
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) ui.triggerSearch(q);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
