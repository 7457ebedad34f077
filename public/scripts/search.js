/* global PagefindUI */
// /search: Pagefind's result list, fed from the page's own form and from ?q= in the address.
(function () {
  // The site's root path (it may be deployed under a base path): this script lives in <root>scripts/.
  var root = new URL(document.currentScript.src.replace(/scripts\/[^/]+$/, '')).pathname;
  var form = document.querySelector('.search-form');
  var input = document.getElementById('q');
  // Pages are served without ".html"; Pagefind records file names.
  function clean(url) {
    return url.replace(/\.html(?=#|$)/, '');
  }
  var ui = new PagefindUI({
    element: '#results',
    showImages: false,
    baseUrl: root,
    showSubResults: true,
    resetStyles: false,
    // Headings and summaries carry the names people search for ("not logged in" is 530's name).
    ranking: { termFrequency: 0.4, pageLength: 0.3 },
    processResult: function (result) {
      result.url = clean(result.url);
      (result.sub_results || []).forEach(function (sub) {
        sub.url = clean(sub.url);
      });
      return result;
    },
  });
  var q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    ui.triggerSearch(q);
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    history.replaceState(null, '', root + 'search?q=' + encodeURIComponent(input.value));
    ui.triggerSearch(input.value);
  });
})();
