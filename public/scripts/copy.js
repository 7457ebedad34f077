// Copy buttons on content pages: each copies the text of the element its data-copy names.
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
