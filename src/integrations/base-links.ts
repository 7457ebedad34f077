/**
 * Site links written in content (`[550](/codes/550)`) under the deployment's
 * base path: a Sätteri hast plugin that prefixes root-relative hrefs, added
 * to the Markdown pipeline only when the site is not deployed at the root.
 */
import type { Element } from 'hast';

/**
 * @example baseHref('/codes/550', '/ftp') // -> '/ftp/codes/550'
 * @example baseHref('https://example.org/', '/ftp') // -> 'https://example.org/' (left alone)
 */
export function baseHref(href: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return href.startsWith('/') && !href.startsWith('//') ? `${prefix}${href}` : href;
}

export function baseLinksPlugin(base: string) {
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(
        node: Readonly<Element>,
        ctx: { setProperty(node: Readonly<Element>, key: string, value: unknown): void },
      ): void {
        const href = node.properties?.href;
        if (typeof href === 'string') ctx.setProperty(node, 'href', baseHref(href, base));
      },
    },
  };
}
