/**
 * Searching again with fewer terms. Pagefind finds only pages that hold every word of the query, so a whole pasted
 * line (`Response: 550 Permission denied`, `ftplib.error_perm: 553 Could not create file.`) often finds nothing.
 * Then the words no page holds are left out, and, while the rest still find nothing together, one more word at a
 * time: the one whose absence lets the best page be found, or else the most common word.
 */

/** What one search found: the results, and the best result's score (Pagefind's, comparable for as many terms). */
export interface Found<T> {
  items: T[];
  score: number;
}

/** The search that was shown: its terms, what it found, and whether words were left out. */
export interface Relaxed<T> extends Found<T> {
  terms: string[];
  relaxed: boolean;
}

/** At most this many searches for one query, and at most this many of its words. */
const MAX_SEARCHES = 40;
const MAX_WORDS = 12;

/** A log's timestamp or process id in front of a pasted line (`2026-11-27`, `16:28:57.120`, `[32649]`). */
const LOG_STAMP = /^(\d{4}[-/]\d\d[-/]\d\d(T[\d:.]+Z?)?|\d\d?:\d\d(:\d\d)?([.,]\d+)?|\[\d+\])$/;

/**
 * The query's words, without the punctuation around them and without repeats; tokens with no letter or digit
 * (`<`, `--->`, `*`) and a log's timestamps and process ids are not words.
 *
 * @example queryWords('Response: 550 Permission denied') // -> ['Response', '550', 'Permission', 'denied']
 * @example queryWords('[32649] 2026-11-27 16:28:57 <--- 530 Login incorrect.') // -> ['530', 'Login', 'incorrect']
 */
export function queryWords(query: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const token of query.split(/\s+/)) {
    const word = LOG_STAMP.test(token) ? '' : token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word === '' || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    words.push(word);
  }
  return words.slice(0, MAX_WORDS);
}

/**
 * Searches for the query, and with fewer of its words when all of them together find nothing.
 *
 * @example await relaxedSearch('Response: 550 Permission denied', search)
 * // -> { terms: ['550', 'Permission', 'denied'], relaxed: true, items: [...], score: 12.3 } when no page says "Response"
 */
export async function relaxedSearch<T>(
  query: string,
  search: (query: string) => Promise<Found<T>>,
): Promise<Relaxed<T>> {
  const cache = new Map<string, Promise<Found<T>>>();
  const run = (terms: string[]) => {
    const q = terms.join(' ');
    if (!cache.has(q)) cache.set(q, search(q));
    return cache.get(q)!;
  };
  const all = queryWords(query);
  // A query of nothing but stamps and punctuation is searched as it is; otherwise its words are.
  const full = await search(all.length > 0 ? all.join(' ') : query.trim());
  if (full.items.length > 0 || all.length < 2) return { ...full, terms: all, relaxed: false };

  const alone = await Promise.all(all.map((word) => run([word])));
  let terms = all.filter((_, i) => alone[i]!.items.length > 0);
  const common = (word: string) => alone[all.indexOf(word)]!.items.length;
  while (terms.length > 0) {
    const found = await run(terms);
    if (found.items.length > 0) return { ...found, terms, relaxed: true };
    if (cache.size + terms.length > MAX_SEARCHES) break;
    const without = terms.map((word) => terms.filter((w) => w !== word));
    const tries = await Promise.all(without.map(run));
    const best = tries.reduce((b, t, i) => (t.items.length > 0 && (b < 0 || t.score > tries[b]!.score) ? i : b), -1);
    if (best >= 0) return { ...tries[best]!, terms: without[best]!, relaxed: true };
    const mostCommon = terms.reduce((a, b) => (common(b) > common(a) ? b : a));
    terms = terms.filter((w) => w !== mostCommon);
  }
  // Out of searches, or no word found anything: the rarest word that finds something, if any.
  const rarest = all.filter((w) => common(w) > 0).sort((a, b) => common(a) - common(b))[0];
  if (rarest === undefined) return { ...full, terms: all, relaxed: false };
  return { ...(await run([rarest])), terms: [rarest], relaxed: true };
}

/**
 * The line above the results: how many, and which words were left out.
 *
 * @example searchStatus('disk full', { terms: ['disk', 'full'], relaxed: false, items: [1, 2], score: 1 })
 * // -> '2 pages found for “disk full”.'
 */
export function searchStatus(query: string, found: Relaxed<unknown>): string {
  const n = found.items.length;
  const count = n === 0 ? 'No page found' : n === 1 ? '1 page found' : `${n} pages found`;
  if (!found.relaxed) return `${count} for “${query.trim()}”.`;
  return `No page has all of “${query.trim()}”; showing ${n === 1 ? 'the page' : `${n} pages`} with “${found.terms.join(' ')}”.`;
}
