/**
 * /search: Pagefind's search API (pagefind/pagefind.js, written by src/integrations/search-index.ts) behind the
 * page's own form and ?q= in the address, with the results drawn in the site's style. Every text is set with
 * textContent; the snippet's highlighting is rebuilt from Pagefind's excerpt as text and <mark> nodes.
 */
import { excerptParts } from '../lib/site/search-excerpt.ts';
import { relaxedSearch, searchStatus, type Found } from '../lib/site/search-fallback.ts';
import { RERANK_DEPTH, rerank, SEARCH_RANKING } from '../lib/site/search-ranking.ts';
import { cleanResultUrl, resultHead } from '../lib/site/search-result.ts';
import { homeUrl, pagefindUrl, searchQueryUrl } from '../lib/site/urls.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; code?: string };
}
interface PagefindResult {
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  preload(query: string): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Results drawn at a time; "More results" draws the next ones. */
const PAGE = 10;

const form = document.querySelector<HTMLFormElement>('.search-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const more = document.querySelector<HTMLButtonElement>('#more-results')!;

let loaded: Promise<Pagefind> | undefined;
const pagefind = () =>
  (loaded ??= (import(/* @vite-ignore */ pagefindUrl('pagefind.js')) as Promise<Pagefind>).then(async (pf) => {
    // Results link under the base path the site is deployed at.
    await pf.options({ baseUrl: homeUrl, excerptLength: 24, ranking: SEARCH_RANKING });
    return pf;
  }));

async function find(query: string): Promise<Found<PagefindResult>> {
  const { results } = await (await pagefind()).search(query);
  return { items: results, score: results[0]?.score ?? 0 };
}

function resultItem(data: PagefindData): HTMLLIElement {
  const head = resultHead(data.url, data.meta);
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = head.url;
  if (head.code !== undefined) {
    const code = document.createElement('b');
    code.className = `code ${head.colour}`;
    code.textContent = String(head.code);
    link.append(code, ' ');
  }
  link.append(head.name);
  const snippet = document.createElement('p');
  snippet.className = 'snippet';
  for (const part of excerptParts(data.excerpt)) {
    if (!part.mark) snippet.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      snippet.append(mark);
    }
  }
  li.append(link, snippet);
  return li;
}

/** The results in the order shown: the best reordered by {@link rerank}, then the rest in Pagefind's order. */
async function ordered(results: PagefindResult[]): Promise<(() => Promise<PagefindData>)[]> {
  const best = await Promise.all(
    results.slice(0, RERANK_DEPTH).map(async (r) => {
      const data = await r.data();
      return { url: cleanResultUrl(data.url), title: data.meta.title ?? '', score: r.score, data };
    }),
  );
  return [
    ...rerank(best, homeUrl).map((b) => () => Promise.resolve(b.data)),
    ...results.slice(RERANK_DEPTH).map((r) => () => r.data()),
  ];
}

let shown: (() => Promise<PagefindData>)[] = [];
async function drawMore(run: number): Promise<void> {
  const next = shown.slice(list.children.length, list.children.length + PAGE);
  const data = await Promise.all(next.map((load) => load()));
  if (run !== current) return;
  list.append(...data.map(resultItem));
  more.hidden = list.children.length >= shown.length;
}

let current = 0;
async function runSearch(query: string): Promise<void> {
  const run = ++current;
  if (query.trim() === '') {
    status.textContent = '';
    list.replaceChildren();
    more.hidden = true;
    return;
  }
  status.textContent = 'Searching…';
  let found;
  try {
    found = await relaxedSearch(query, find);
  } catch {
    if (run === current) status.textContent = 'Search could not load its index. Please try again later.';
    return;
  }
  const results = await ordered(found.items);
  if (run !== current) return;
  shown = results;
  list.replaceChildren();
  await drawMore(run);
  if (run === current) status.textContent = searchStatus(query, found);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', searchQueryUrl(input.value));
  void runSearch(input.value);
});
input.addEventListener('input', () => void pagefind().then((pf) => pf.preload(input.value)));
more.addEventListener('click', () => {
  const first = list.children.length;
  void drawMore(current).then(() => list.children[first]?.querySelector('a')?.focus());
});

// The keyboard: ArrowDown from the box to the first result, then between results; ArrowUp back to the box.
function links(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
}
input.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown') return;
  const first = links()[0];
  if (!first) return;
  event.preventDefault();
  first.focus();
});
list.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const all = links();
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  const to = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (to < 0) input.focus();
  else all[Math.min(to, all.length - 1)]!.focus();
});

const q = new URLSearchParams(location.search).get('q');
if (q) {
  input.value = q;
  void runSearch(q);
}
