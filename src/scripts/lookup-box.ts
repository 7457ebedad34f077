/**
 * The lookup box resolves at once where a script may run, instead of the round trip through /lookup: it goes to the
 * page src/lib/site/lookup.ts decides, or says why not under the box. The catalogue of server messages and client
 * errors is fetched once, and only for a query that needs it. The header's box, on pages without this script,
 * sends its query to /lookup, where this script resolves it.
 */
import { pageIndexOf } from '../lib/site/canonical-path.ts';
import { needsCatalogue, resolveLookup } from '../lib/site/lookup.ts';
import type { LookupCatalogue } from '../lib/site/lookup-message.ts';
import { lookupDataUrl, lookupUrl } from '../lib/site/urls.ts';

let catalogue: Promise<LookupCatalogue | undefined> | undefined;
/** The catalogue, or undefined when it cannot be had (an error page is no JSON): the lookup then works by code. */
const loadCatalogue = () =>
  (catalogue ??= fetch(lookupDataUrl)
    .then((r) => r.json() as Promise<LookupCatalogue>)
    .catch(() => undefined));

/** The codes and commands of the page's box (the header's box has none: it reads the page's box). */
const indexOf = (form: HTMLFormElement) =>
  pageIndexOf(form.dataset.codes ? form : document.querySelector<HTMLElement>('form[data-codes]'));

async function answer(form: HTMLFormElement, q: string, how: 'assign' | 'replace'): Promise<void> {
  const data = needsCatalogue(q) ? await loadCatalogue() : undefined;
  const result = resolveLookup(q, indexOf(form), data);
  if ('go' in result) {
    location[how](result.go);
    return;
  }
  const output = form.querySelector('output');
  // The header's box has no room to say it: /lookup does.
  if (!output) return location[how](`${lookupUrl}?q=${encodeURIComponent(q)}`);
  output.replaceChildren(result.say);
  if (result.link) {
    const a = document.createElement('a');
    a.href = result.link.url;
    a.textContent = result.link.text;
    output.append(' ', a);
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lookup]')) {
  form.addEventListener('submit', (event) => {
    const q = new FormData(form).get('q');
    if (typeof q !== 'string' || q.trim() === '') return;
    event.preventDefault();
    void answer(form, q, 'assign');
  });
  // On /lookup itself (a host without redirect rules, or the header's box on a page without this script), resolve
  // the query in the address, with the page's own box.
  const q = new URLSearchParams(location.search).get('q');
  if (location.pathname === lookupUrl && q && form.dataset.codes) {
    form.querySelector('input')!.value = q;
    void answer(form, q, 'replace');
  }
}
