import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { GuideData } from '../guide-schema.ts';

/**
 * Everything a guide says it covers exists: each code has a page, each `server/id` is a server message and each
 * `client/id` a client error, so that the page can link back to the guide.
 *
 * @example
 * // content/guides/ftps.md with `covers: { errors: [curl/exit-999] }`
 * guideCoverProblems(file, data, { codes, messages, errors })
 * // -> [{ file: 'content/guides/ftps.md', line: 6, field: 'covers.errors.0', message: 'no client error "curl/exit-999"' }]
 */
export function guideCoverProblems(
  file: MarkdownFile,
  data: GuideData,
  known: { codes: ReadonlySet<number>; messages: ReadonlySet<string>; errors: ReadonlySet<string> },
): Problem[] {
  const problems: Problem[] = [];
  const check = (field: 'codes' | 'messages' | 'errors', values: readonly (string | number)[], what: string) =>
    values.forEach((value, i) => {
      const has = field === 'codes' ? known.codes.has(value as number) : known[field].has(value as string);
      if (!has)
        problems.push({
          file: file.file,
          line: file.locate(['covers', field, i]),
          field: `covers.${field}.${i}`,
          message: `no ${what} "${value}"`,
        });
    });
  check('codes', data.covers.codes, 'code page for');
  check('messages', data.covers.messages, 'server message');
  check('errors', data.covers.errors, 'client error');
  return problems;
}
