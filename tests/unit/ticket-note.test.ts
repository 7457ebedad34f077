import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { codeTicketNote, compareTicketNote, firstSteps, markdownSection } from '../../src/lib/site/ticket-note.ts';
import { contentDir, rfcDir } from '../support/paths.ts';

const content = loadContent({ contentDir, rfcDir });

describe('ticket notes for code pages', () => {
  it('reduce a Markdown section to plain lines', () => {
    const body =
      '## Causes\n\n- A [550](/codes/550) **reply**\n  wrapped here\n1. `RETR` step\n\n```text\nS: 550 x\n```\n## Next\n\nnot this';
    expect(markdownSection(body, 'Causes')).toEqual(['- A 550 reply wrapped here', '- RETR step']);
    expect(markdownSection(body, 'Missing')).toEqual([]);
  });

  it("keep paragraphs apart from list items, and an item's indented paragraph in it", () => {
    const body = '## Fix\n\nIntro that\nwraps:\n\n- One\n\n  more of one\n- Two\n\nAfter the list.';
    expect(markdownSection(body, 'Fix')).toEqual([
      'Intro that wraps:',
      '- One more of one',
      '- Two',
      'After the list.',
    ]);
  });

  it('count only steps towards the limit, and keep an intro as a plain line', () => {
    expect(firstSteps(['If so:', '- a', '- b', '- c', 'Then.'], 2)).toEqual(['If so:', '- a', '- b']);
    expect(firstSteps(['If so:', '- a', 'Then.'], 2)).toEqual(['If so:', '- a', 'Then.']);
    expect(firstSteps(['- a:', '  - x', '  - y', '- b', '  - z'], 1)).toEqual(['- a:', '  - x', '  - y']);
  });

  it('give the code, its meaning, both fixes and the link, as plain text', () => {
    const c = content.codes.find((x) => x.code === 550)!;
    const note = codeTicketNote({
      code: 550,
      status: c.data.status,
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

  const notes = content.codes.map((c) => ({
    c,
    note: codeTicketNote({
      code: c.code,
      status: c.data.status,
      name: c.data.name,
      summary: c.data.summary,
      body: c.body,
      url: `https://x/codes/${c.code}`,
    }),
  }));

  it('can be built for every code page', () => {
    for (const { c, note } of notes) expect(note, c.file).toContain('What the user can do:');
  });

  it('never turn an intro line into a step, and keep at most three steps per fix, for every code', () => {
    const problems: string[] = [];
    for (const { c, note } of notes) {
      const lines = note.split('\n');
      // A step may end with ":" only to introduce its nested items.
      lines.forEach((line, i) => {
        if (line.startsWith('- ') && line.endsWith(':') && !lines[i + 1]?.startsWith('  - '))
          problems.push(`${c.code}: ${line}`);
      });
      const blocks = note.split('\n\n').slice(1, -1);
      for (const block of blocks)
        if (block.split('\n').filter((l) => l.startsWith('- ')).length > 3) problems.push(`${c.code}: too many steps`);
    }
    expect(problems).toEqual([]);
  });

  it('title a socket error as one and an FTP reply as one, by status, for every code', () => {
    const problems: string[] = [];
    for (const { c, note } of notes) {
      const [title] = note.split('\n');
      const notFtp = c.data.status === 'not-ftp';
      if (notFtp && note.includes(`FTP reply ${c.code}`)) problems.push(`${c.code}: says "FTP reply ${c.code}"`);
      if (title !== `${notFtp ? 'Socket error' : 'FTP reply'} ${c.code} ${c.data.name}`)
        problems.push(`${c.code}: ${title}`);
    }
    expect(problems).toEqual([]);
    expect(notes.find((n) => n.c.code === 10060)?.note.split('\n')[0]).toBe(
      'Socket error 10060 Connection timed out (Winsock)',
    );
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
