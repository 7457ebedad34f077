/**
 * Section headings that link to themselves, so a reader can copy the URL of
 * `#fix-server` into a ticket. The heading's text becomes the link (as on
 * MDN): its accessible name stays the heading text, and a CSS mark shows it
 * is a link. Components write the same markup through SectionHeading.astro.
 */
import Slugger from 'github-slugger';
import type { Element, ElementContent } from 'hast';

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
      element: {
        filter: HEADINGS,
        visit(node: Readonly<Element>, ctx: { textContent(node: Readonly<Element>): string }): Element {
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
          return selfLinkedHeading(node, id);
        },
      },
    };
  };
}
