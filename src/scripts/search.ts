/**
 * /search: Pagefind's result list, fed from the page's own form and from ?q= in the address.
 * Pagefind's UI (pagefind/pagefind-ui.js, written after the build by
 * src/integrations/search-index.ts) is a classic script that the page loads just before this one.
 */
import { homeUrl, searchQueryUrl } from '../lib/site/urls.ts';

interface PagefindResult {
  url: string;
  sub_results?: { url: string }[];
}

/** The part of Pagefind's UI this page uses (pagefind-ui.js sets it on window). */
declare const PagefindUI: new (options: {
  element: string;
  showImages: boolean;
  baseUrl: string;
  showSubResults: boolean;
  resetStyles: boolean;
  ranking: { termFrequency: number; pageLength: number };
  processResult: (result: PagefindResult) => PagefindResult;
}) => { triggerSearch(query: string): void };

// Pages are served without ".html"; Pagefind records file names.
const clean = (url: string) => url.replace(/\.html(?=#|$)/, '');

const form = document.querySelector<HTMLFormElement>('.search-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const ui = new PagefindUI({
  element: '#results',
  showImages: false,
  // Results link under the base path the site is deployed at.
  baseUrl: homeUrl,
  showSubResults: true,
  resetStyles: false,
  // Headings and summaries carry the names people search for ("not logged in" is 530's name).
  ranking: { termFrequency: 0.4, pageLength: 0.3 },
  processResult: (result) => {
    result.url = clean(result.url);
    for (const sub of result.sub_results ?? []) sub.url = clean(sub.url);
    return result;
  },
});

const q = new URLSearchParams(location.search).get('q');
if (q) {
  input.value = q;
  ui.triggerSearch(q);
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', searchQueryUrl(input.value));
  ui.triggerSearch(input.value);
});
