/**
 * The content rules over every real content file, and the content checked
 * against RFC 959 itself: its 39 codes, its reply texts, its 5.4 sequences.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, loadContent } from '../../src/lib/content/content-check.ts';
import { PHASES } from '../../src/lib/ftp/phases.ts';
import { returnedBy } from '../../src/lib/ftp/sequences.ts';
import { contentDir, rfcDir } from '../support/paths.ts';
import { commandReplySequences, numericReplyList } from '../support/rfc-tables.ts';

const content = loadContent({ contentDir, rfcDir });
const rfcCodes = numericReplyList();
const rfcSequences = commandReplySequences();
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const unique = (codes: number[]) => [...new Set(codes)];

describe('every content file', () => {
  it('passes every content rule', () => {
    expect(formatProblems(content.problems)).toBe('');
  });
});

describe('extension coverage', () => {
  const EXTENSION_COMMANDS = [
    'AUTH',
    'ADAT',
    'PBSZ',
    'PROT',
    'CCC',
    'MIC',
    'CONF',
    'ENC',
    'FEAT',
    'OPTS',
    'EPRT',
    'EPSV',
    'LPRT',
    'LPSV',
    'SIZE',
    'MDTM',
    'MLST',
    'MLSD',
    'LANG',
    'HOST',
  ];

  it('has a page for every command the extension RFCs define', () => {
    const have = new Set(content.commands.map((c) => c.data.command));
    expect(EXTENSION_COMMANDS.filter((c) => !have.has(c))).toEqual([]);
  });

  it('cites an extension RFC for every extension command', () => {
    const bare = content.commands
      .filter((c) => EXTENSION_COMMANDS.includes(c.data.command))
      .filter((c) => c.data.definedIn.every((d) => d.rfc === 959))
      .map((c) => c.file);
    expect(bare).toEqual([]);
  });

  it('explains REST in stream mode from RFC 3659', () => {
    const rest = content.commands.find((c) => c.data.command === 'REST')!;
    const cites = [...rest.data.definedIn, ...rest.data.additions.map((a) => a.from)];
    expect(cites.some((c) => c.rfc === 3659) || /rfc3659#section-5/.test(rest.body)).toBe(true);
  });

  // That each meaning, and each code page, names a source is the schema's to enforce (see the content fixtures).
  it('lists the several meanings of 521 and 522, numbers that more than one RFC defines', () => {
    const multi = content.codes.filter((c) => c.data.meanings.length > 0);
    expect(multi.map((c) => c.code)).toEqual(expect.arrayContaining([521, 522]));
  });
});

describe('RFC 959 coverage', () => {
  it('has a page for every one of the 39 codes of section 4.2.2', () => {
    expect(rfcCodes.size).toBe(39);
    const have = new Set(content.codes.map((c) => c.code));
    expect([...rfcCodes.keys()].filter((c) => !have.has(c))).toEqual([]);
  });

  it('has a page for every one of the 33 commands of section 5.4 and for connection establishment', () => {
    const commands = [...rfcSequences.keys()].filter((k) => k !== 'Connection Establishment');
    expect(commands).toHaveLength(33);
    const have = new Set(content.commands.map((c) => c.data.command));
    expect(commands.filter((c) => !have.has(c))).toEqual([]);
    expect(have.has('Connection establishment')).toBe(true);
  });

  it.each(content.codes.filter((c) => rfcCodes.has(c.code)).map((c) => [c.file, c] as const))(
    '%s quotes the reply text of section 4.2.2',
    (_file, entry) => {
      expect(normalize(rfcCodes.get(entry.code)!).startsWith(normalize(entry.data.text))).toBe(true);
    },
  );

  it.each(content.commands.filter((c) => c.data.sequenceFrom.rfc === 959).map((c) => [c.file, c] as const))(
    '%s lists exactly the replies of section 5.4, phase by phase',
    (_file, entry) => {
      const key = entry.data.kind === 'event' ? 'Connection Establishment' : entry.data.command;
      const expected = rfcSequences.get(key);
      expect(expected, `${key} is not in RFC 959 5.4`).toBeDefined();
      for (const phase of PHASES) expect(entry.data.replies[phase], phase).toEqual(expected![phase]);
    },
  );

  it.each([...commandReplySequences(2228)].map(([command, expected]) => [command, expected] as const))(
    '%s has the replies of RFC 2228 section 8.2, as its own sequence or as an addition',
    (command, expected) => {
      const entry = content.commands.find((c) => c.data.command === command);
      expect(entry, `no command file for ${command}`).toBeDefined();
      const cites8_2 = (from: { rfc: number; section: string }) => from.rfc === 2228 && from.section === '8.2';
      const replies = cites8_2(entry!.data.sequenceFrom)
        ? entry!.data.replies
        : entry!.data.additions.find((a) => cites8_2(a.from))?.replies;
      expect(replies, `${command} cites no RFC 2228 8.2 replies`).toBeDefined();
      for (const phase of PHASES) expect(unique(replies![phase]), phase).toEqual(unique(expected[phase]));
    },
  );

  it('derives a "returned by" list for every code from the command files', () => {
    const commands = content.commands.map((c) => ({ id: c.id, data: c.data }));
    const orphans = [...rfcCodes.keys()].filter((code) => returnedBy(code, commands).length === 0);
    expect(orphans).toEqual([]);
  });
});
