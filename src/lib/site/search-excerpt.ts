/**
 * Pagefind's excerpt as text and highlighted parts, for rendering with DOM methods only. Pagefind escapes `<` and
 * `>` in the page's text and then wraps the matched words in `<mark>`; nothing else in an excerpt is markup.
 */

/** A run of excerpt text, highlighted where it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/**
 * Splits an excerpt at its `<mark>` tags and turns the escaped characters back into text. Any other tag-like text
 * stays text: it can only have come from the page's own words.
 *
 * @example excerptParts('the <mark>disk</mark> is &lt;full&gt;')
 * // -> [{ text: 'the ', mark: false }, { text: 'disk', mark: true }, { text: ' is <full>', mark: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]!);
    if (text === '') continue;
    const last = parts.at(-1);
    if (last?.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
