/**
 * How results are ranked on /search. Pagefind ranks first (https://pagefind.app/docs/ranking/): the pages weigh
 * their own parts (data-pagefind-weight: a code page's title 10, its summary and reply text 5, the server texts it
 * lists 4) and leave out the link lists every page shares (data-pagefind-ignore: References, Related codes, Often
 * compared, guide links, the contents line, lists of related texts). A code page carries its number in the `code`
 * meta, which weighs most, so that "550" finds /codes/550 before the pages of each server's 550 texts. Code pages are
 * long and Pagefind favours short pages, so page length counts for less than by default.
 *
 * Then the best results are reordered by what the site knows of its pages ({@link rerank}).
 */
export const SEARCH_RANKING = {
  metaWeights: { code: 10 },
  pageLength: 0.3,
  termFrequency: 0.5,
} as const;

/** How many of Pagefind's best results {@link rerank} reorders (their data is loaded to know their addresses). */
export const RERANK_DEPTH = 30;

/** A result as the reordering sees it. */
export interface Ranked {
  /** The address without `.html`, under the site's base. */
  url: string;
  title: string;
  score: number;
}

/**
 * A page's weight by kind: code and command pages are the reference, so at comparable scores they come first;
 * a server's or client's overview lists every text it has and matches nearly anything, and the page of one
 * server's texts for a code repeats what its message pages and the code page say.
 */
function kindWeight(url: string, base: string): number {
  const path = url.slice(base.length - 1);
  if (/^\/codes\/\d+$/.test(path)) return 1.5;
  if (/^\/commands\/[^/]+$/.test(path)) return 1.3;
  if (/^\/(servers|clients)\/[^/]+$/.test(path)) return 0.7;
  if (/^\/servers\/[^/]+\/codes\/\d+$/.test(path)) return 0.8;
  return 1;
}

/**
 * Reorders Pagefind's best results: first by page kind (see kindWeight), then, when the best result is a server
 * message whose exact text another server sends too, the code page goes first: it lists every server's text,
 * and the query says nothing of which server answered.
 *
 * @example rerank([{ url: '/servers/vsftpd/login-incorrect', title: '530 Login incorrect.', score: 9 },
 *   { url: '/servers/proftpd/login-incorrect', title: '530 Login incorrect.', score: 8 },
 *   { url: '/codes/530', title: '530 Not logged in', score: 4 }], '/').map((r) => r.url)
 * // -> ['/codes/530', '/servers/vsftpd/login-incorrect', '/servers/proftpd/login-incorrect']
 */
export function rerank<T extends Ranked>(results: readonly T[], base: string): T[] {
  const ordered = results
    .map((r, i) => ({ r, i, score: r.score * kindWeight(r.url, base) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ r }) => r);
  const first = ordered[0];
  const code = first && /^(\d{3}) /.exec(first.title)?.[1];
  const isMessage = (r: T) => /^\/servers\/[^/]+\/(?!codes\/)[^/]+$/.test(r.url.slice(base.length - 1));
  if (!first || !code || !isMessage(first)) return ordered;
  const shared = ordered.some((r) => r !== first && isMessage(r) && r.title === first.title);
  const codePage = ordered.find((r) => r.url === `${base}codes/${code}`);
  if (!shared || !codePage) return ordered;
  return [codePage, ...ordered.filter((r) => r !== codePage)];
}
