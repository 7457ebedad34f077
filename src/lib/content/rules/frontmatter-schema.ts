import type { z } from 'astro/zod';
import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';

/**
 * The frontmatter matches its zod schema (`schema.ts`): every field known, of the right type, with the schema's
 * invariants (a standard code cites an RFC, ...). Gives the parsed data, defaults filled in, when it does; later rules
 * read only that data.
 *
 * @example
 * // content/codes/550.md without a summary
 * frontmatterSchemaProblems(file, codeSchema)
 * // -> { data: undefined, problems: [{ file: 'content/codes/550.md', line: 2, field: 'summary',
 * //      message: 'is required (Invalid input: expected string, received undefined)' }] }
 */
export function frontmatterSchemaProblems<T extends z.ZodType>(
  file: MarkdownFile,
  schema: T,
): { data: z.infer<T> | undefined; problems: Problem[] } {
  const result = schema.safeParse(file.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = `is required (${message})`;
    if (issue.code === 'unrecognized_keys')
      message = `unknown field(s): ${issue.keys.join(', ')}; see content/README.md`;
    // A field that is not written has no line; the first line of the frontmatter is the nearest place.
    return { file: file.file, line: file.locate(issue.path) ?? 2, field, message };
  });
  return { data: undefined, problems };
}
