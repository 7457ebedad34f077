/**
 * The comparison picker goes straight to the pair's page (lower code first, by the
 * one rule in src/lib/ftp/pairs.ts) instead of the round trip through /compare/go.
 */
import { compareUrl } from '../lib/site/urls.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-compare-picker]')) {
  form.addEventListener('submit', (event) => {
    const data = new FormData(form);
    const [a, b] = [Number(data.get('a')), Number(data.get('b'))];
    event.preventDefault();
    const output = form.querySelector('output')!;
    if (!(a > 0) || !(b > 0) || a === b) {
      output.textContent = a === b ? 'Pick two different codes.' : 'Enter two codes, such as 125 and 221.';
      return;
    }
    location.href = compareUrl(a, b);
  });
}
