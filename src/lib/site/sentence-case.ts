/**
 * A heading or name in sentence case, as the site writes its own: the first word keeps its capital, later words
 * are lower-cased unless they are abbreviations (TLS, RFC) or contain a digit.
 *
 * @example sentenceCase('Connection Establishment') // -> 'Connection establishment'
 * @example sentenceCase('Authentication/Security Mechanism') // -> 'Authentication/security mechanism'
 */
export function sentenceCase(text: string): string {
  let first = true;
  return text.replace(/[A-Za-z][A-Za-z0-9]*/g, (word) => {
    const keep = first || /^[A-Z0-9]+$/.test(word) || /\d/.test(word);
    first = false;
    return keep ? word : word.toLowerCase();
  });
}
