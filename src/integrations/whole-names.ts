/**
 * Names with a hyphen that a line must not split ("Pure-FTPd" broke as "Pure- / FTPd" even on a wide screen): in
 * rendered Markdown each is wrapped in `<span class="nowrap">`. The text itself is unchanged, so copying and search
 * see the name as written. Code (`code`, `pre`) is left alone.
 */
import type { Element, ElementContent, Text } from 'hast';

/** The names kept whole. */
export const WHOLE_NAMES = /Pure-FTPd/g;
const HAS_WHOLE_NAME = new RegExp(WHOLE_NAMES.source);

/** The text cut into plain text and spans around the names. */
function split(text: Text): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of text.value.matchAll(WHOLE_NAMES)) {
    if (m.index > last) out.push({ type: 'text', value: text.value.slice(last, m.index) });
    out.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['nowrap'] },
      children: [{ type: 'text', value: m[0] }],
    });
    last = m.index + m[0].length;
  }
  if (last === 0) return [text];
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
  return out;
}

/**
 * The element with the names in its own text kept whole (its child elements are visited on their own).
 *
 * @example wholeNames(p('Pure-FTPd sends 552')) // -> <p><span class="nowrap">Pure-FTPd</span> sends 552</p>
 */
export function wholeNames(node: Readonly<Element>): Element {
  // The node itself when no name is in its text: Sätteri then leaves the tree as it is.
  if (!node.children.some((c) => c.type === 'text' && HAS_WHOLE_NAME.test(c.value))) return node as Element;
  return { ...node, children: node.children.flatMap((c) => (c.type === 'text' ? split(c) : [c])) };
}

/** A Sätteri hast plugin for `markdown.processor`: the elements that hold running text through wholeNames. */
export function wholeNamesPlugin() {
  return () => ({
    name: 'whole-names',
    element: {
      filter: ['p', 'li', 'td', 'th', 'dd', 'a', 'strong', 'em', 'h2', 'h3', 'blockquote'],
      visit: (node: Readonly<Element>): Element => wholeNames(node),
    },
  });
}
