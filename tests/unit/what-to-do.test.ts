/**
 * "What to do" on code pages: built from each code's own fix sections, and every step links to an item the Markdown
 * engine really gives that id.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { headingLinksPlugin } from '../../src/integrations/heading-links.ts';
import { fixLeadIns, fixStepIds, leadInParts, STEPS_PER_SIDE, whatToDo } from '../../src/lib/site/what-to-do.ts';
import { realSiteContent } from '../support/site-content.ts';

const codes = realSiteContent().codes;

describe('fixLeadIns', () => {
  const body = [
    '## Causes',
    '',
    '- **Not a fix.** Elsewhere.',
    '',
    '## Fix (client)',
    '',
    'A 110 is not an error. What to do with it:',
    '',
    '- **Do not retry',
    '  unchanged.** Change it.',
    '  - **Nested.** Not a step.',
    '- **Check [PWD](/commands/pwd)**, then list.',
    '',
    '```text',
    '- **In a code block.**',
    '```',
    '',
    '## Fix (server)',
    '',
    '- **Read the log.**',
  ].join('\n');

  it('takes the lead-ins of top-level items of that section only, joining wrapped lines', () => {
    expect(fixLeadIns(body, 'Fix (client)')).toEqual(['Do not retry unchanged.', 'Check [PWD](/commands/pwd)']);
    expect(fixLeadIns(body, 'Fix (server)')).toEqual(['Read the log.']);
  });

  it('builds both sides: the opening sentence, steps without closing punctuation, ids from the text', () => {
    expect(whatToDo(body)).toEqual([
      {
        side: 'client',
        sectionId: 'fix-client',
        note: 'A 110 is not an error.',
        steps: [
          {
            id: 'fix-client-do-not-retry-unchanged',
            text: 'Do not retry unchanged',
            parts: [{ text: 'Do not retry unchanged', code: false }],
          },
          { id: 'fix-client-check-pwd', text: 'Check PWD', parts: [{ text: 'Check PWD', code: false }] },
        ],
        more: 0,
      },
      {
        side: 'server',
        sectionId: 'fix-server',
        note: undefined,
        steps: [
          { id: 'fix-server-read-the-log', text: 'Read the log', parts: [{ text: 'Read the log', code: false }] },
        ],
        more: 0,
      },
    ]);
  });

  it('keeps code spans apart and numbers ids that slug alike', () => {
    expect(leadInParts('No QUIT in `curl -v` output.')).toEqual([
      { text: 'No QUIT in ', code: false },
      { text: 'curl -v', code: true },
      { text: ' output.', code: false },
    ]);
    expect(leadInParts(`The server's "250"...`)).toEqual([{ text: 'The server’s “250”…', code: false }]);
    expect(fixStepIds('fix-server', ['Check it.', 'Check it!', ''])).toEqual([
      'fix-server-check-it',
      'fix-server-check-it-1',
      undefined,
    ]);
  });
});

describe('every code page', async () => {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins: [headingLinksPlugin()] });

  it('has a What to do block with steps on both sides', () => {
    expect(codes.length).toBeGreaterThanOrEqual(71);
    for (const { code, body } of codes) {
      const sides = whatToDo(body);
      expect(
        sides.map((s) => s.side),
        String(code),
      ).toEqual(['client', 'server']);
      for (const side of sides) {
        // Two or three steps: the first of the section, in order.
        expect(side.steps.length, `${code} ${side.side}`).toBeGreaterThanOrEqual(2);
        expect(side.steps.length, `${code} ${side.side}`).toBeLessThanOrEqual(STEPS_PER_SIDE);
      }
    }
  });

  it.each(codes.map((c) => [c.code, c.body] as const))(
    '%i: each step is a bold lead-in of its section, in order, linking to an item with that id',
    async (_code, body) => {
      const { code: html } = await processor.render(body);
      for (const side of whatToDo(body)) {
        const section = html.split(`<h2 id="${side.sectionId}">`)[1]!.split('<h2 ')[0]!;
        // The bold texts that open the section's top-level items, as the page shows them.
        const shown = [...section.matchAll(/<li id="([^"]+)">\s*(?:<p>)?<strong>(.*?)<\/strong>/gs)].map((m) => ({
          id: m[1],
          text: m[2]!
            .replace(/<[^>]+>/g, '')
            .replace(/\s+/g, ' ')
            .replace(/[\s.,:;]+$/, ''),
        }));
        expect(shown.length).toBe(side.steps.length + side.more);
        expect(side.steps.map((s) => ({ id: s.id, text: s.text }))).toEqual(
          shown.slice(0, side.steps.length).map((s) => ({ id: s.id, text: s.text })),
        );
      }
    },
  );

  it('says what the fix sections open with, on the codes that are not failures', () => {
    const notes = new Map(codes.map((c) => [c.code, whatToDo(c.body).map((s) => s.note)]));
    expect(notes.get(110)).toEqual(['A 110 is not an error.', undefined]);
    expect(notes.get(350)).toEqual([
      'You only need to act if the sequence does not finish as expected.',
      '350 itself is normal.',
    ]);
    expect(notes.get(550)).toEqual([undefined, undefined]);
  });
});
