/**
 * Copy actions on content pages, an enhancement: the page is complete without it.
 * A button copies the text of the element its data-copy names; a click on a
 * section heading's self-link also copies that section's canonical URL.
 * It imports nothing, so it stays one small file (content pages allow one script under 2 KB).
 */

const live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('aria-live', 'polite');
document.body.append(live);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const status = button.parentElement?.querySelector('[data-copy-status]');
  // Without the Clipboard API (an insecure origin) the text stays selectable and the button hidden.
  button.hidden = !navigator.clipboard;
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy ?? '');
    await navigator.clipboard.writeText(source?.textContent ?? '');
    if (status) status.textContent = 'Copied.';
  });
}

const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]');
for (const link of document.querySelectorAll<HTMLAnchorElement>(':is(h2, h3)[id] > a[href^="#"]:only-child')) {
  link.addEventListener('click', async () => {
    if (!navigator.clipboard) return;
    const page = canonical ? canonical.href : location.href.split('#')[0];
    await navigator.clipboard.writeText(`${page}${link.getAttribute('href')}`);
    link.setAttribute('data-copied', '');
    live.textContent = `Link to "${link.textContent}" copied.`;
    setTimeout(() => link.removeAttribute('data-copied'), 2500);
  });
}
