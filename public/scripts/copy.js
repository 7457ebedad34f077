// Copy actions on content pages, an enhancement: the page is complete without it.
// A button copies the text of the element its data-copy names; a click on a
// section heading's self-link also copies that section's canonical URL.
var live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('aria-live', 'polite');
document.body.appendChild(live);

document.querySelectorAll('button[data-copy]').forEach(function (button) {
  var status = button.parentNode.querySelector('[data-copy-status]');
  button.hidden = !navigator.clipboard;
  button.addEventListener('click', function () {
    var source = document.getElementById(button.getAttribute('data-copy'));
    navigator.clipboard.writeText(source.textContent).then(function () {
      if (status) status.textContent = 'Copied.';
    });
  });
});

var canonical = document.querySelector('link[rel=canonical]');
document.querySelectorAll(':is(h2, h3)[id] > a[href^="#"]:only-child').forEach(function (link) {
  link.addEventListener('click', function () {
    if (!navigator.clipboard) return;
    var page = canonical ? canonical.href : location.href.split('#')[0];
    navigator.clipboard.writeText(page + link.getAttribute('href')).then(function () {
      link.setAttribute('data-copied', '');
      live.textContent = 'Link to "' + link.textContent + '" copied.';
      setTimeout(function () {
        link.removeAttribute('data-copied');
      }, 2500);
    });
  });
});
