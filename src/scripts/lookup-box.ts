/**
 * The lookup box resolves at once where a script may run, instead of the round
 * trip through /lookup and the host's redirect rules.
 */
import { resolveLookup } from '../lib/site/lookup.ts';
import { lookupUrl } from '../lib/site/urls.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lookup]')) {
  const index = {
    codes: new Set((form.dataset.codes ?? '').split(' ').map(Number)),
    commands: new Set((form.dataset.commands ?? '').split(' ')),
  };
  form.addEventListener('submit', (event) => {
    const q = new FormData(form).get('q');
    if (typeof q !== 'string' || q.trim() === '') return;
    event.preventDefault();
    location.href = resolveLookup(q, index);
  });
  // On /lookup itself (a host without redirect rules), resolve the query in the address.
  const q = new URLSearchParams(location.search).get('q');
  if (location.pathname === lookupUrl && q) location.replace(resolveLookup(q, index));
}
