import type { Problem } from '../problem.ts';

/**
 * A code page is named after its number: `NNN.md` (or `.mdx`) for a reply code 100-699, or a five-digit Windows
 * Sockets error 10000-11999. The number is the page's identity, so nothing else in the file is read without it.
 *
 * @example
 * codeFileNameProblems('content/codes/55.md', '55.md')
 * // -> [{ file: 'content/codes/55.md', field: 'file name', message: '"55.md" is not a reply code: name the file ...' }]
 * codeFileNameProblems('content/codes/550.md', '550.md') // -> []
 */
export function codeFileNameProblems(file: string, name: string): Problem[] {
  const m = /^(\d{3}|\d{5})\.mdx?$/.exec(name);
  const number = m ? Number(m[1]) : NaN;
  if (m && ((number >= 100 && number <= 699) || (number >= 10000 && number <= 11999))) return [];
  return [
    {
      file,
      field: 'file name',
      message: `"${name}" is not a reply code: name the file after its three-digit code (100-699), e.g. 550.md, or a Windows Sockets error (10000-11999)`,
    },
  ];
}
