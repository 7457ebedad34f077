/**
 * Another spelling of a page's address ("/codes/550/", "/commands/RETR", "codes/550.html", a full URL, the pair in
 * the other order) -> the page's canonical URL. The 404 page sends such an address there, and the lookup box
 * accepts a pasted address. Small and pure: the 404 page loads it.
 */
import { codeUrl, commandUrl, compareUrl } from './urls.ts';

export interface PageIndex {
  codes: ReadonlySet<number>;
  /** Command file names, lowercase ("retr"). */
  commands: ReadonlySet<string>;
}

/**
 * The index a lookup box carries in its data attributes (LookupBox.astro: `data-codes`, `data-commands`, each a
 * space-separated list); empty when the element is missing.
 */
export function pageIndexOf(holder: { dataset: DOMStringMap } | null | undefined): PageIndex {
  return {
    codes: new Set((holder?.dataset.codes ?? '').split(' ').map(Number)),
    commands: new Set((holder?.dataset.commands ?? '').split(' ')),
  };
}

const SITE_PATH =
  /^(?:[a-z]+:\/\/[^/]+)?\/?(?:[\w-]+\/)*?(codes|commands|compare)\/([\w-]+?)(?:\.html)?\/?(?:[?#].*)?$/i;

/**
 * @example canonicalPath('/codes/550/', index) // -> '/codes/550'
 * @example canonicalPath('https://example.org/commands/RETR', index) // -> '/commands/retr'
 * @example canonicalPath('/compare/221-vs-125', index) // -> '/compare/125-vs-221'
 * @example canonicalPath('/codes/999', index) // -> undefined
 */
export function canonicalPath(path: string, { codes, commands }: PageIndex): string | undefined {
  const m = SITE_PATH.exec(path.trim());
  if (!m) return undefined;
  const kind = m[1]!.toLowerCase();
  const id = m[2]!.toLowerCase();
  if (kind === 'codes') return /^\d+$/.test(id) && codes.has(Number(id)) ? codeUrl(Number(id)) : undefined;
  if (kind === 'commands') return commands.has(id) ? commandUrl(id) : undefined;
  const pair = /^(\d+)-vs-(\d+)$/.exec(id);
  const [a, b] = [Number(pair?.[1]), Number(pair?.[2])];
  return pair && a !== b && codes.has(a) && codes.has(b) ? compareUrl(a, b) : undefined;
}
