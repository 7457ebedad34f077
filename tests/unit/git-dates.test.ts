import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lastCommitDates, newest, parseGitLog } from '../../src/lib/content/git-dates.ts';
import { root } from '../support/paths.ts';

describe('git dates', () => {
  it('keeps the newest commit date of each file (git log lists newest first)', () => {
    const log =
      '\0 2026-11-27T10:00:00+00:00\n\ncontent/codes/550.md\n\0 2026-10-01T08:00:00+02:00\n\ncontent/codes/550.md\ncontent/codes/450.md\n';
    const dates = parseGitLog(log);
    expect(dates.get('content/codes/550.md')).toBe('2026-11-27T10:00:00+00:00');
    expect(dates.get('content/codes/450.md')).toBe('2026-10-01T08:00:00+02:00');
  });

  it('reads the real history of the content files', () => {
    const dates = lastCommitDates('content', root);
    const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/codes/550.md'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    expect(dates.get('content/codes/550.md')).toBe(expected);
    expect(dates.size).toBeGreaterThan(150);
  });

  it('gives no dates, rather than failing, outside a repository', () => {
    expect(lastCommitDates('content', '/').size).toBe(0);
  });

  it('compares dates as instants, offsets included', () => {
    expect(newest(['2026-01-01T12:00:00+02:00', '2026-01-01T11:00:00+00:00', undefined])).toBe(
      '2026-01-01T11:00:00+00:00',
    );
    expect(newest([undefined])).toBeUndefined();
  });
});
