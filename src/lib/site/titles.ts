/** Page titles: the page's own title, then the site name when the whole still reads in a search result. */

export const SITE_NAME = 'FTP reply codes';
/** Search engines cut titles around this length; html-validate's long-title rule uses it too. */
export const MAX_TITLE = 70;

/**
 * @example pageTitle('550 File unavailable') // -> '550 File unavailable | FTP reply codes'
 * @example pageTitle('232 User logged in, authorized by security data exchange') // -> the same, without the site name
 */
export function pageTitle(title: string): string {
  const full = `${title} | ${SITE_NAME}`;
  return titleLength(full) <= MAX_TITLE ? full : title;
}

/**
 * A title's length as html-validate's long-title rule counts it: in the HTML, where Astro writes an apostrophe
 * or a quote as `&#39;` or `&quot;` and an ampersand as `&amp;`.
 *
 * @example titleLength("won't") // -> 9
 */
export function titleLength(title: string): number {
  return title
    .replace(/['"]/g, '&#39;')
    .replace(/&(?!#39;)/g, '&amp;')
    .replace(/[<>]/g, '&lt;').length;
}

/**
 * A code page's title: the number first, the way people search for it.
 *
 * @example codeTitle(550, 'File unavailable') // -> 'FTP 550 File unavailable'
 */
export function codeTitle(code: number, name: string): string {
  return `FTP ${code} ${name}`;
}

/** How long a breadcrumb label may be: on a phone a long exact text would fill the first screen. */
export const MAX_CRUMB = 48;

/**
 * A label cut to `max` characters at a word, with "…" when cut.
 *
 * @example clip('PASV returned another host (x) for data transfer that you have connected to (y).', 30)
 * // -> 'PASV returned another host (x)…'
 */
export function clip(text: string, max = MAX_CRUMB): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const word = cut.lastIndexOf(' ');
  return `${(word > max / 2 ? cut.slice(0, word) : cut).trimEnd()}…`;
}
