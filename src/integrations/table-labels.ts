/**
 * Markdown tables that become cards on a phone: the table gets the class `cards` (src/styles/global.css) and each
 * body cell after the first a `data-label` with its column's heading, which the card shows before the value. The
 * first cell names the row ("vsftpd") and heads the card, so it needs no label.
 */
import type { Element, ElementContent } from 'hast';

const isElement = (node: ElementContent, tagName: string): node is Element =>
  node.type === 'element' && node.tagName === tagName;

function rowsOf(section: Element | undefined): Element[] {
  return section ? section.children.filter((n): n is Element => isElement(n, 'tr')) : [];
}

/**
 * The table with the class `cards` and its body cells labelled by their column headings (`textOf` reads a
 * heading's text). A table without a heading row is returned as it is.
 *
 * @example labelledTable(table('| server | setting |\n| vsftpd | `ssl_enable` |'), textOf)
 * // -> <table class="cards">…<td>vsftpd</td><td data-label="setting"><code>ssl_enable</code></td>…
 */
export function labelledTable(table: Readonly<Element>, textOf: (node: Readonly<Element>) => string): Element {
  const thead = table.children.find((n): n is Element => isElement(n, 'thead'));
  const headings = (rowsOf(thead)[0]?.children ?? [])
    .filter((n): n is Element => isElement(n, 'th'))
    .map((th) => textOf(th).trim());
  if (headings.length === 0) return { ...table };
  const label = (row: Element): Element => {
    let column = 0;
    const children = row.children.map((cell) => {
      if (!isElement(cell, 'td') && !isElement(cell, 'th')) return cell;
      const heading = headings[column];
      column += 1;
      return column === 1 || !heading ? cell : { ...cell, properties: { ...cell.properties, dataLabel: heading } };
    });
    return { ...row, children };
  };
  const children = table.children.map((n) =>
    isElement(n, 'tbody') ? { ...n, children: n.children.map((r) => (isElement(r, 'tr') ? label(r) : r)) } : n,
  );
  const className = [...((table.properties?.className as string[] | undefined) ?? []), 'cards'];
  return { ...table, properties: { ...table.properties, className }, children };
}

/** A Sätteri hast plugin for `markdown.processor`: every Markdown table through labelledTable. */
export function tableLabelsPlugin() {
  return () => ({
    name: 'table-labels',
    element: {
      filter: ['table'],
      visit(node: Readonly<Element>, ctx: { textContent(node: Readonly<Element>): string }): Element {
        return labelledTable(node, (n) => ctx.textContent(n));
      },
    },
  });
}
