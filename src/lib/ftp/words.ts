/** Small helpers for building English sentences from lists. */

/**
 * "A, B and C", or "A, B, C and 4 more" past `max`.
 *
 * @example listWords(['RETR', 'STOR', 'APPE']) // -> 'RETR, STOR and APPE'
 */
export function listWords(items: readonly string[], max = 8): string {
  const shown = items.length > max ? items.slice(0, max - 1) : [...items];
  const rest = items.length - shown.length;
  const parts = rest > 0 ? [...shown, `${rest} more`] : shown;
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
