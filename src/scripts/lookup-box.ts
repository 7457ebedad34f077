/**
 * The lookup box resolves at once where a script may run, instead of the round
 * trip through /lookup and the host's redirect rules. A pasted server line is
 * first held against the server messages, fetched then, once, and never for a
 * bare code.
 */
import { needsMessages, resolveLookup, type LookupIndex } from '../lib/site/lookup.ts';
import { messageLookup, type LookupCatalogue } from '../lib/site/lookup-message.ts';
import { lookupDataUrl, lookupUrl } from '../lib/site/urls.ts';

let catalogue: Promise<LookupCatalogue | undefined> | undefined;
/**
 * The catalogue, or undefined when it cannot be had (an error page is no JSON, so it lands in catch): the lookup
 * then works as before, by code.
 */
const loadCatalogue = () =>
  (catalogue ??= fetch(lookupDataUrl)
    .then((r) => r.json() as Promise<LookupCatalogue>)
    .catch(() => undefined));

async function resolve(q: string, index: LookupIndex): Promise<string> {
  const data = needsMessages(q) ? await loadCatalogue() : undefined;
  return (data && messageLookup(q, data)) ?? resolveLookup(q, index);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lookup]')) {
  const index = {
    codes: new Set((form.dataset.codes ?? '').split(' ').map(Number)),
    commands: new Set((form.dataset.commands ?? '').split(' ')),
  };
  form.addEventListener('submit', (event) => {
    const q = new FormData(form).get('q');
    if (typeof q !== 'string' || q.trim() === '') return;
    event.preventDefault();
    void resolve(q, index).then((url) => location.assign(url));
  });
  // On /lookup itself (a host without redirect rules), resolve the query in the address.
  const q = new URLSearchParams(location.search).get('q');
  if (location.pathname === lookupUrl && q) void resolve(q, index).then((url) => location.replace(url));
}
