import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { codeTicketNote, compareTicketNote, markdownSection } from '../../src/lib/site/ticket-note.ts';
import { contentDir, rfcDir } from '../support/paths.ts';

const content = loadContent({ contentDir, rfcDir });

describe('ticket notes for code pages', () => {
  it('reduce a Markdown section to plain lines', () => {
    const body =
      '## Causes\n\n- A [550](/codes/550) **reply**\n  wrapped here\n1. `RETR` step\n\n```text\nS: 550 x\n```\n## Next\n\nnot this';
    expect(markdownSection(body, 'Causes')).toEqual(['- A 550 reply wrapped here', '- RETR step']);
    expect(markdownSection(body, 'Missing')).toEqual([]);
  });

  it('give the code, its meaning, both fixes and the link, as plain text', () => {
    const c = content.codes.find((x) => x.code === 550)!;
    const note = codeTicketNote({
      code: 550,
      name: c.data.name,
      summary: c.data.summary,
      body: c.body,
      url: 'https://ftp-reply-codes.org/codes/550',
    });
    expect(note.split('\n')[0]).toBe('FTP reply 550 File unavailable');
    expect(note).toContain('What the user can do:');
    expect(note).toContain('What the server administrator can check:');
    expect(note.trim().endsWith('Details: https://ftp-reply-codes.org/codes/550')).toBe(true);
    expect(note).not.toMatch(/\]\(|\*\*|```|undefined/);
  });

  it('can be built for every code page', () => {
    for (const c of content.codes) {
      const note = codeTicketNote({
        code: c.code,
        name: c.data.name,
        summary: c.data.summary,
        body: c.body,
        url: `https://x/codes/${c.code}`,
      });
      expect(note, c.file).toContain('What the user can do:');
    }
  });
});

describe('ticket notes for comparison pages', () => {
  it('give the pair, the decisive difference, both verdicts and the link', () => {
    const note = compareTicketNote({
      a: 450,
      b: 550,
      lead: 'Transient or permanent.',
      verdicts: ['You received 450, not 550. A.', 'You received 550, not 450. B.'],
      url: 'https://x/compare/450-vs-550',
    });
    expect(note).toBe(
      'FTP replies 450 and 550 compared\nTransient or permanent.\n\n- You received 450, not 550. A.\n- You received 550, not 450. B.\n\nDetails: https://x/compare/450-vs-550',
    );
    expect(compareTicketNote({ a: 1, b: 2, lead: undefined, verdicts: [], url: 'u' })).toBe(
      'FTP replies 1 and 2 compared\n\n\nDetails: u',
    );
  });
});
