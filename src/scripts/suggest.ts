/**
 * The 404 page sends another spelling of a page's address to the page (/codes/550/, /commands/RETR), and
 * otherwise suggests the code pages the address probably meant (/codes/5550 -> 550 File unavailable, /55O -> 550):
 * codes within one edit of the digits in the address, each with its name.
 */
import { canonicalPath, pageIndexOf } from '../lib/site/canonical-path.ts';
import { codeUrl } from '../lib/site/urls.ts';

const page = canonicalPath(location.pathname, pageIndexOf(document.querySelector<HTMLElement>('form[data-codes]')));
if (page && page !== location.pathname) location.replace(page + location.hash);

/** Edit distance between two strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

const box = document.querySelector<HTMLElement>('[data-suggest]');
const digits = location.pathname.replace(/[oO]/g, '0').replace(/[^0-9]/g, '');
if (box && digits.length >= 2) {
  const found = (box.dataset.codes ?? '')
    .split('\n')
    .map((line) => {
      const [code = '', ...name] = line.split(' ');
      return { code, name: name.join(' '), score: digits.includes(code) ? 0 : distance(digits, code) };
    })
    .filter((s) => s.code && s.score <= 1)
    .sort((x, y) => x.score - y.score || Number(x.code) - Number(y.code))
    .slice(0, 5);
  const list = box.querySelector('[data-suggestions]')!;
  for (const { code, name } of found) {
    const a = document.createElement('a');
    a.href = codeUrl(Number(code));
    const b = document.createElement('b');
    b.textContent = code;
    a.append(b, ` ${name}`);
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  box.hidden = found.length === 0;
}
