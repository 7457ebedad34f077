// 404 page: suggest the code pages the address probably meant (/codes/5550 -> 550, /55O -> 550).
(function () {
  // The site's root (it may be deployed under a base path): this script lives in <root>scripts/.
  var root = document.currentScript.src.replace(/scripts\/[^/]+$/, '');
  var box = document.querySelector('[data-suggest]');
  if (!box) return;
  var codes = box.getAttribute('data-codes').split(' ');
  var digits = location.pathname.replace(/[oO]/g, '0').replace(/[^0-9]/g, '');
  if (digits.length < 2) return;
  function distance(a, b) {
    var d = [];
    for (var i = 0; i <= a.length; i++) {
      d[i] = [i];
    }
    for (var j = 1; j <= b.length; j++) {
      d[0][j] = j;
    }
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
    }
    return d[a.length][b.length];
  }
  var found = codes
    .map(function (c) {
      return { code: c, score: digits.indexOf(c) >= 0 ? 0 : distance(digits, c) };
    })
    .filter(function (s) {
      return s.score <= 1;
    })
    .sort(function (a, b) {
      return a.score - b.score || a.code - b.code;
    })
    .slice(0, 5);
  if (found.length === 0) return;
  var list = box.querySelector('[data-suggestions]');
  found.forEach(function (s) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = new URL('codes/' + s.code, root).pathname;
    a.textContent = s.code;
    li.appendChild(a);
    list.appendChild(li);
  });
  box.hidden = false;
})();
