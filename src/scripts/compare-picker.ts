/**
 * The comparison picker goes straight to the pair's page (lower code first, by the
 * one rule in src/lib/ftp/pairs.ts) instead of the round trip through /compare/go,
 * and refuses a code the site has no page for (the codes are the picker's list).
 */
import { noPageFor } from '../lib/site/no-page.ts';
import { compareUrl } from '../lib/site/urls.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-compare-picker]')) {
  const known = new Set([...form.querySelectorAll('option')].map((o) => o.value));
  form.addEventListener('submit', (event) => {
    const data = new FormData(form);
    const [a, b] = [String(data.get('a')).trim(), String(data.get('b')).trim()];
    event.preventDefault();
    const output = form.querySelector('output')!;
    const missing = [a, b].find((n) => !known.has(n));
    if (missing !== undefined) output.textContent = noPageFor(missing);
    else if (a === b) output.textContent = 'Pick two different codes.';
    else location.href = compareUrl(Number(a), Number(b));
  });
}
