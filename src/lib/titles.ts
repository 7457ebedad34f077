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
  return full.length <= MAX_TITLE ? full : title;
}
