/** Markdown tables become cards on a phone: each body cell carries its column's heading, through Astro's engine. */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { tableLabelsPlugin } from '../../src/integrations/table-labels.ts';

describe("tableLabelsPlugin in Astro's Markdown engine", async () => {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins: [tableLabelsPlugin()] });
  const { code } = await processor.render(
    '| server | setting | reply |\n| --- | --- | --- |\n| vsftpd | `ssl_enable` | 530 |\n| ProFTPD | `TLSRequired` | 550 |\n',
  );

  it('marks the table as one that becomes cards', () => {
    expect(code).toMatch(/<table class="cards">/);
  });

  it('labels every body cell but the first with its column heading', () => {
    expect(code).toMatch(
      /<td>vsftpd<\/td>\s*<td data-label="setting"><code>ssl_enable<\/code><\/td>\s*<td data-label="reply">530<\/td>/,
    );
    expect(code).toMatch(/<td>ProFTPD<\/td>\s*<td data-label="setting">/);
  });

  it('leaves the heading row as it is', () => {
    expect(code).toMatch(/<th>server<\/th>\s*<th>setting<\/th>/);
  });
});
