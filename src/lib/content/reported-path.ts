import { relative } from 'node:path';

/**
 * The path of a file as problems report it: relative to the working directory.
 *
 * @example reportedPath(`${process.cwd()}/content/codes/550.md`) // -> 'content/codes/550.md'
 */
export function reportedPath(path: string): string {
  return relative(process.cwd(), path) || path;
}
