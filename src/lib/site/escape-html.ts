/**
 * Text made safe to write into HTML or XML, between tags or in a double-quoted attribute.
 *
 * @example escapeHtml('<b title="x">R&D</b>') // -> '&lt;b title=&quot;x&quot;&gt;R&amp;D&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
