// Sends the comparison picker straight to /compare/A-vs-B (lower code first).
// The site's root (it may be deployed under a base path): this script lives in <root>scripts/.
var pickerRoot = document.currentScript.src.replace(/scripts\/[^/]+$/, '');
document.querySelectorAll('form[data-compare-picker]').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    var a = Number(form.elements.a.value);
    var b = Number(form.elements.b.value);
    event.preventDefault();
    var output = form.querySelector('output');
    if (!(a > 0) || !(b > 0) || a === b) {
      output.textContent = a === b ? 'Pick two different codes.' : 'Enter two codes, such as 125 and 221.';
      return;
    }
    window.location.href = new URL('compare/' + Math.min(a, b) + '-vs-' + Math.max(a, b), pickerRoot).pathname;
  });
});
