import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check.ts';
import { codesOf, groupCommands, phaseInfo, returnedBy } from '../../src/lib/sequences.ts';
import { contentDir } from '../support/paths.ts';

const commands = loadContent({ contentDir }).commands.map((c) => ({ id: c.id, data: c.data }));
const names = (code: number) => returnedBy(code, commands).map((r) => `${r.command.data.command}:${r.phase}`);

describe('command-reply sequences', () => {
  it('finds every command that can return a code, with its phase', () => {
    expect(names(350)).toEqual(['REST:intermediate', 'RNFR:intermediate']);
    expect(names(227)).toEqual(['PASV:completion']);
    expect(names(425)).toEqual(['APPE:afterPreliminary', 'LIST:afterPreliminary', 'NLST:afterPreliminary', 'RETR:afterPreliminary', 'STOR:afterPreliminary', 'STOU:afterPreliminary']);
  });

  it('lists connection establishment before the commands', () => {
    expect(names(220)).toEqual(['Connection establishment:afterPreliminary', 'Connection establishment:completion', 'REIN:afterPreliminary', 'REIN:completion']);
  });

  it('returns a command\'s codes in sequence order without repeats', () => {
    const rein = commands.find((c) => c.id === 'rein')!;
    expect(codesOf(rein.data)).toEqual([120, 220, 421, 500, 502]);
  });

  it('groups commands under the section 5.4 headings in the RFC\'s order', () => {
    expect(groupCommands(commands).map((g) => g.group)).toEqual([
      'Connection Establishment', 'Login', 'Logout', 'Transfer parameters', 'File action commands', 'Informational commands', 'Miscellaneous commands',
    ]);
  });

  it('labels every phase', () => {
    expect(phaseInfo('afterPreliminary').label).toBe('After the preliminary reply');
  });
});
