import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problem.ts';
import { reportedPath } from '../reported-path.ts';

/**
 * A folder of `servers/` or `clients/` is named in lower-case words joined by hyphens and holds the files every
 * such folder has (index.md and its data file).
 *
 * @example
 * // content/clients/curl with no errors.yaml
 * folderLayoutProblems('content/clients/curl', 'curl', { kind: 'client', files: ['index.md', 'errors.yaml'] })
 * // -> [{ file: 'content/clients/curl/errors.yaml', field: 'file name',
 * //       message: 'is missing: every client folder has index.md and errors.yaml' }]
 */
export function folderLayoutProblems(
  path: string,
  name: string,
  { kind, files, example }: { kind: string; files: readonly [string, string]; example: string },
): Problem[] {
  const reported = reportedPath(path);
  if (!statSync(path).isDirectory() || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    return [
      {
        file: reported,
        field: 'file name',
        message: `${kind}s/ holds one folder per ${kind}, named in lower-case words joined by hyphens, e.g. ${example}`,
      },
    ];
  }
  return files
    .filter((f) => !existsSync(join(path, f)))
    .map((f) => ({
      file: `${reported}/${f}`,
      field: 'file name',
      message: `is missing: every ${kind} folder has ${files[0]} and ${files[1]}`,
    }));
}
