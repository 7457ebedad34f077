/** Meta descriptions: the page's own summary, kept to the length search results show. */

export const MIN_DESCRIPTION = 50;
export const MAX_DESCRIPTION = 200;

/**
 * A summary cut to at most 200 characters at the last clause or word boundary,
 * with an ellipsis; shorter summaries are returned as they are.
 *
 * @example metaDescription('The file was not found.') // -> 'The file was not found.'
 * @example metaDescription('A'.repeat(150) + '; and then a long clause ...') // -> 'AAA…A…' (cut at the semicolon)
 */
export function metaDescription(text: string, max = MAX_DESCRIPTION): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  // Prefer ending at a clause (;:,) in the second half, else at a word.
  const clause = Math.max(room.lastIndexOf('; '), room.lastIndexOf(': '), room.lastIndexOf(', '));
  const cut = clause >= max / 2 ? clause : room.lastIndexOf(' ');
  return `${room.slice(0, cut).replace(/[\s,;:.(]+$/, '')}…`;
}
