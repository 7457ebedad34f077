/**
 * Section headings that link to themselves, so a reader can copy the URL of
 * `#fix-server` into a ticket. The heading's text becomes the link (as on
 * MDN): its accessible name stays the heading text, and a CSS mark shows it
 * is a link. Components write the same markup through SectionHeading.astro.
 * The items of a code's fix sections get ids too (`#fix-client-do-not-retry-unchanged`),
 * for the page's "What to do" steps (src/lib/site/what-to-do.ts).
 */
import Slugger from 'github-slugger';
import type { Element, ElementContent, Parents } from 'hast';
import { FIX_SECTION_IDS, fixStepIds } from '../lib/site/what-to-do.ts';

/** Headings that get a self-link; deeper ones only get their id. */
const LINKED = new Set(['h2', 'h3']);
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function hasLink(nodes: readonly ElementContent[]): boolean {
  return nodes.some((n) => n.type === 'element' && (n.tagName === 'a' || hasLink(n.children)));
}

/**
 * The heading with its id set and, for h2 and h3, its content wrapped in a
 * link to that id. A heading that already holds a link keeps its content (a
 * link inside a link is invalid HTML).
 *
 * @example selfLinkedHeading(h2('Fix (client)'), 'fix-client')
 * // -> <h2 id="fix-client"><a href="#fix-client">Fix (client)</a></h2>
 */
export function selfLinkedHeading(node: Readonly<Element>, id: string): Element {
  const properties = { ...node.properties, id };
  if (!LINKED.has(node.tagName) || hasLink(node.children)) return { ...node, properties };
  const link: Element = { type: 'element', tagName: 'a', properties: { href: `#${id}` }, children: [...node.children] };
  return { ...node, properties, children: [link] };
}

/** The text of a node, like the DOM's textContent. */
function textOf(node: Readonly<ElementContent>): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The text of an item's bold lead-in: the `strong` it opens with (directly, or in its first paragraph), or ''. */
export function itemLeadIn(item: Readonly<Element>): string {
  const first = item.children.find((c) => c.type !== 'text' || c.value.trim() !== '');
  if (first?.type === 'element' && first.tagName === 'p') return itemLeadIn(first);
  return first?.type === 'element' && first.tagName === 'strong' ? textOf(first) : '';
}

/**
 * A top-level list of a code's fix section with an id on each item that has a bold lead-in, so the page's
 * "What to do" steps can link to it (`#fix-client-do-not-retry-unchanged`). Other lists are returned unchanged.
 *
 * @example fixListWithIds(ul, 'Fix (client)') // -> <ul><li id="fix-client-do-not-retry-unchanged">…</li>…</ul>
 */
export function fixListWithIds(list: Readonly<Element>, section: string | undefined): Element {
  const sectionId = FIX_SECTION_IDS[section as keyof typeof FIX_SECTION_IDS];
  if (!sectionId) return list;
  const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  const ids = fixStepIds(sectionId, items.map(itemLeadIn));
  return {
    ...list,
    children: list.children.map((c) => {
      const id = c.type === 'element' ? ids[items.indexOf(c)] : undefined;
      return id && c.type === 'element' ? { ...c, properties: { ...c.properties, id } } : c;
    }),
  };
}

/** The text of the last `##` heading before a top-level node, or undefined. */
function sectionOf(parent: Readonly<Parents> | undefined, index: number | undefined): string | undefined {
  if (parent?.type !== 'root' || index === undefined) return undefined;
  const heading = parent.children
    .slice(0, index)
    .findLast((c): c is Element => c.type === 'element' && c.tagName === 'h2');
  return heading && textOf(heading);
}

/**
 * A Sätteri hast plugin for `markdown.processor` (Astro 7's default Markdown
 * engine). It slugs headings the way Astro does (github-slugger over the text,
 * in document order) and sets the id itself, because Astro's own heading-id
 * plugin runs after user plugins; that plugin keeps an id it finds.
 */
export function headingLinksPlugin() {
  return () => {
    const slugger = new Slugger();
    return {
      name: 'heading-links',
      element: [
        {
          filter: HEADINGS,
          visit(node: Readonly<Element>, ctx: { textContent(node: Readonly<Element>): string }): Element {
            const existing = node.properties?.id;
            const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
            return selfLinkedHeading(node, id);
          },
        },
        {
          filter: ['ul', 'ol'],
          visit(
            node: Readonly<Element>,
            ctx: {
              parent(node: Readonly<Element>): Readonly<Parents> | undefined;
              indexOf(node: Readonly<Element>): number | undefined;
            },
          ): Element | undefined {
            const section = sectionOf(ctx.parent(node), ctx.indexOf(node));
            return section && section in FIX_SECTION_IDS ? fixListWithIds(node, section) : undefined;
          },
        },
      ],
    };
  };
}
