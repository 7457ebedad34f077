/**
 * Pairs of codes: every unordered pair has one canonical id, lower number
 * first (`125-vs-221`); the reversed order is read too and lands on it. The
 * site layer makes the ids into URLs (compareUrl in src/lib/site/urls.ts).
 */

/**
 * The canonical id of a pair, lower number first.
 *
 * @example pairId(221, 125) // -> '125-vs-221'
 */
export function pairId(a: number, b: number): string {
  if (a === b) throw new RangeError(`a code cannot be compared with itself: ${a}`);
  return a < b ? `${a}-vs-${b}` : `${b}-vs-${a}`;
}

/**
 * Read a pair id in either order.
 *
 * @example parsePair('125-vs-221') // -> [125, 221]
 * @example parsePair('221-vs-125') // -> [221, 125]
 * @example parsePair('125-vs-125') // -> undefined
 */
export function parsePair(id: string): [number, number] | undefined {
  const m = /^(\d{3}|\d{5})-vs-(\d{3}|\d{5})$/.exec(id);
  if (!m || m[1] === m[2]) return undefined;
  return [Number(m[1]), Number(m[2])];
}

/** Every unordered pair of the given codes, each once, lower number first, sorted. */
export function allPairs(codes: readonly number[]): [number, number][] {
  const sorted = [...new Set(codes)].sort((x, y) => x - y);
  const pairs: [number, number][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i]!, sorted[j]!]);
  }
  return pairs;
}
