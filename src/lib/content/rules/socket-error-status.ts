import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CodeData } from '../schema.ts';

/**
 * A five-digit page (a Windows Sockets error such as 10054) is never an FTP reply, so its status must be `not-ftp`;
 * and only such a page is `not-ftp` (pages call its text "Windows message").
 *
 * @example
 * // content/codes/10054.md with no status (so `standard`)
 * socketErrorStatusProblems(file, 10054, data)
 * // -> [{ file: 'content/codes/10054.md', line: 2, field: 'status',
 * //       message: 'must be not-ftp: 10054 is not an FTP reply code' }]
 */
export function socketErrorStatusProblems(file: MarkdownFile, code: number, data: CodeData): Problem[] {
  if (code < 10000 && data.status === 'not-ftp') {
    return [
      {
        file: file.file,
        line: file.locate(['status']) ?? 2,
        field: 'status',
        message: `must not be not-ftp: ${code} is a three-digit reply code (not-ftp is for Windows Sockets errors)`,
      },
    ];
  }
  if (code < 10000 || data.status === 'not-ftp') return [];
  return [
    {
      file: file.file,
      line: file.locate(['status']) ?? 2,
      field: 'status',
      message: `must be not-ftp: ${code} is not an FTP reply code`,
    },
  ];
}
