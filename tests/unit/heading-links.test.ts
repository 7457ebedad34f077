/** Section headings link to themselves, through the real Markdown engine Astro uses. */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { headingLinksPlugin, selfLinkedHeading } from '../../src/integrations/heading-links.ts';

const heading = (tagName: string, children: Element['children']): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

describe('selfLinkedHeading', () => {
  it('wraps an h2 in a link to its own id', () => {
    expect(selfLinkedHeading(heading('h2', [text('Fix (client)')]), 'fix-client')).toEqual({
      type: 'element',
      tagName: 'h2',
      properties: { id: 'fix-client' },
      children: [
        { type: 'element', tagName: 'a', properties: { href: '#fix-client' }, children: [text('Fix (client)')] },
      ],
    });
  });

  it('gives deeper headings an id but no link', () => {
    expect(selfLinkedHeading(heading('h4', [text('Detail')]), 'detail')).toEqual({
      ...heading('h4', [text('Detail')]),
      properties: { id: 'detail' },
    });
  });

  it('leaves a heading that already holds a link unwrapped (no link inside a link)', () => {
    const inner = heading('code', [
      { type: 'element', tagName: 'a', properties: { href: '/codes/550' }, children: [text('550')] },
    ]);
    expect(selfLinkedHeading(heading('h3', [text('See '), inner]), 'see-550').children).toEqual([text('See '), inner]);
  });
});

describe("headingLinksPlugin in Astro's Markdown engine", async () => {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins: [headingLinksPlugin()] });
  const { code, metadata } = await processor.render(
    '## Fix (client)\n\ntext\n\n### In practice\n\n## Fix (client)\n\n#### Deep\n',
  );

  it('links h2 and h3 to the ids Astro would give them, duplicates numbered', () => {
    expect(code).toContain('<h2 id="fix-client"><a href="#fix-client">Fix (client)</a></h2>');
    expect(code).toContain('<h3 id="in-practice"><a href="#in-practice">In practice</a></h3>');
    expect(code).toContain('<h2 id="fix-client-1"><a href="#fix-client-1">Fix (client)</a></h2>');
    expect(code).toContain('<h4 id="deep">Deep</h4>');
  });

  it('keeps the headings list (for On this page) in step with the ids', () => {
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'fix-client', text: 'Fix (client)' },
      { depth: 3, slug: 'in-practice', text: 'In practice' },
      { depth: 2, slug: 'fix-client-1', text: 'Fix (client)' },
      { depth: 4, slug: 'deep', text: 'Deep' },
    ]);
  });
});
