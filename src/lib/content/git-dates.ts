/**
 * When each content file last changed, from git history: the sitemap's
 * `lastmod`. A file git does not know (not committed yet, or no repository)
 * simply has no date.
 */
import { execFileSync } from 'node:child_process';

/**
 * The newest commit date per path in the output of
 * `git log --format=%x00%cI --name-only` (newest commit first).
 *
 * @example parseGitLog('\0 2026-11-27T10:00:00+00:00\n\ncontent/codes/550.md\n').get('content/codes/550.md') // -> '2026-11-27T10:00:00+00:00'
 */
export function parseGitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim());
    for (const file of files) if (file && date && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** Last commit date of every file under `path` (relative to the repository root), or an empty map without git. */
export function lastCommitDates(path: string, cwd = process.cwd()): Map<string, string> {
  try {
    return parseGitLog(
      execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', path], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
  } catch {
    return new Map();
  }
}

/**
 * The newest of some dates (ISO 8601 strings with offsets compare as instants),
 * or undefined when none is known.
 *
 * @example newest(['2026-01-02T00:00:00+00:00', undefined, '2026-03-01T00:00:00+00:00']) // -> '2026-03-01T00:00:00+00:00'
 */
export function newest(dates: readonly (string | undefined)[]): string | undefined {
  const known = dates.filter((d): d is string => !!d);
  return known.length ? known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : undefined;
}
