/**
 * The lookup box resolves at once where a script may run, instead of the round trip through /lookup. The resolver
 * (src/scripts/lookup-resolve.ts) is loaded only when a query is sent or /lookup is opened with one, so a page with
 * the box loads this much and no more.
 */
import { lookupUrl } from '../lib/site/urls.ts';

const resolver = () => import('./lookup-resolve.ts');

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lookup]')) {
  form.addEventListener('submit', (event) => {
    const q = new FormData(form).get('q');
    if (typeof q !== 'string' || q.trim() === '') return;
    event.preventDefault();
    void resolver().then((r) => r.answer(form, q, 'assign'));
  });
  // On /lookup itself (a host without redirect rules, or the header's box on a page without this script), resolve
  // the query in the address.
  const q = new URLSearchParams(location.search).get('q');
  if (location.pathname === lookupUrl && q && form.dataset.codes) {
    form.querySelector('input')!.value = q;
    void resolver().then((r) => r.answer(form, q, 'replace'));
  }
}
