import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import {
  codesOf,
  eventOccasion,
  groupCommands,
  groupReturnedBy,
  phaseInfo,
  returnedBy,
} from '../../src/lib/ftp/sequences.ts';
import { contentDir, rfcDir } from '../support/paths.ts';

const commands = loadContent({ contentDir, rfcDir }).commands.map((c) => ({ id: c.id, data: c.data }));
const names = (code: number) => returnedBy(code, commands).map((r) => `${r.command.data.command}:${r.phase}`);

describe('command-reply sequences', () => {
  it('finds every command that can return a code, with its phase', () => {
    expect(names(350)).toEqual(['REST:intermediate', 'RNFR:intermediate']);
    expect(names(227)).toEqual(['PASV:completion']);
    expect(names(425)).toEqual([
      'APPE:afterPreliminary',
      'LIST:afterPreliminary',
      'MLSD:completion',
      'NLST:afterPreliminary',
      'RETR:afterPreliminary',
      'STOR:afterPreliminary',
      'STOU:afterPreliminary',
    ]);
  });

  it('lists connection establishment before the commands', () => {
    expect(names(220)).toEqual([
      'Connection establishment:afterPreliminary',
      'Connection establishment:completion',
      'HOST:completion',
      'REIN:afterPreliminary',
      'REIN:completion',
    ]);
  });

  it("returns a command's codes in sequence order without repeats", () => {
    const rein = commands.find((c) => c.id === 'rein')!;
    expect(codesOf(rein.data)).toEqual([120, 220, 421, 500, 502]);
  });

  it("groups commands under the section 5.4 headings in the RFC's order, then the extension groups", () => {
    expect(groupCommands(commands).map((g) => g.group)).toEqual([
      'Connection Establishment',
      'Login',
      'Logout',
      'Transfer parameters',
      'File action commands',
      'Informational commands',
      'Miscellaneous commands',
      'Security',
      'Extended addresses',
      'Feature negotiation',
      'File information',
      'Language',
      'Virtual hosts',
    ]);
  });

  it('lists replies a later RFC added, with the section that added them', () => {
    const retr = returnedBy(534, commands).find((r) => r.command.id === 'retr');
    expect(retr).toMatchObject({ phase: 'completion', added: true, from: { rfc: 2228, section: '8.2' } });
    expect(returnedBy(550, commands).find((r) => r.command.id === 'retr')).toMatchObject({
      added: false,
      from: { rfc: 959, section: '5.4' },
    });
  });

  it('gathers many rows into one line per phase, each command once with the section that lists the code', () => {
    const groups = groupReturnedBy(returnedBy(500, commands));
    const total = groups.reduce((n, g) => n + g.commands.length, 0);
    const pairs = new Set(returnedBy(500, commands).map((r) => `${r.command.id}|${r.phase}`));
    expect(total).toBe(pairs.size);
    expect(groups.map((g) => g.phase)).toContain('completion');
    const mdtm = groupReturnedBy(returnedBy(550, commands))[0]!.commands.find((m) => m.command.id === 'mdtm');
    expect(mdtm?.from).toMatchObject({ rfc: 3659, section: '3' });
  });

  it('gives each phase one group for every code', () => {
    for (const code of new Set(commands.flatMap((c) => codesOf(c.data)))) {
      const phases = groupReturnedBy(returnedBy(code, commands)).map((g) => g.phase);
      expect(new Set(phases).size, String(code)).toBe(phases.length);
    }
  });

  it('words an event as its occasion', () => {
    expect(eventOccasion(commands.find((c) => c.id === 'connection')!)).toBe(
      'When the connection opens (the greeting)',
    );
  });

  it('labels every phase', () => {
    expect(phaseInfo('afterPreliminary').label).toBe('After the preliminary reply');
  });
});
