/** What the lookup box and the comparison picker say of a number the site has no page for. */

/**
 * Why a number has no page, in a sentence that is true of it (tests/unit/lookup.test.ts checks it for every
 * number from 0 to 99,999 without a page).
 *
 * @example noPageFor('999') // -> '999 is not an FTP reply code: the first digit of a reply is 1 to 5 (RFC 959, …'
 */
export function noPageFor(n: string): string {
  if (!/^\d{3}$/.test(n))
    return /^\d{5}$/.test(n)
      ? `${n} is not one of the Windows socket errors this reference covers (the five-digit numbers it explains).`
      : `${n} is not an FTP reply code: a reply code has three digits (RFC 959, section 4.2).`;
  if (!/^[1-6]/.test(n))
    return `${n} is not an FTP reply code: the first digit of a reply is 1 to 5 (RFC 959, section 4.2), or 6 for a protected reply (RFC 2228).`;
  return `${n} is not a reply code that any RFC defines, and this reference has no page for it.`;
}
