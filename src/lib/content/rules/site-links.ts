import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';

/**
 * Every site-relative Markdown link in the body leads to a page that exists, written the way the site spells its URLs:
 * `/codes/NNN` or `/commands/name` (an anchor allowed), `/codes`, `/commands`, `/`; no trailing slash.
 *
 * @example
 * // content/codes/150.md, line 20: "see [599](/codes/599)", with no page for 599
 * siteLinkProblems(file, new Set([150, 226, 550]), new Set(['retr']))
 * // -> [{ file: 'content/codes/150.md', line: 20, field: 'body',
 * //       message: 'links to /codes/599, but there is no page for code 599' }]
 */
export function siteLinkProblems(
  file: MarkdownFile,
  codes: ReadonlySet<number>,
  commands: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  file.body.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\]\((\/[^)\s]*)\)/g)) {
      const href = m[1];
      const code = /^\/codes\/(\d{3}|\d{5})(#[\w-]+)?$/.exec(href);
      const command = /^\/commands\/([a-z]+)(#[\w-]+)?$/.exec(href);
      const where = { file: file.file, line: file.bodyLine + i + 1, field: 'body' };
      if (code && !codes.has(Number(code[1])))
        problems.push({ ...where, message: `links to ${href}, but there is no page for code ${code[1]}` });
      else if (command && !commands.has(command[1]))
        problems.push({ ...where, message: `links to ${href}, but there is no command file ${command[1]}.md` });
      else if (!code && !command && !/^\/(codes|commands)?(#[\w-]+)?$/.test(href)) {
        problems.push({
          ...where,
          message: `links to ${href}, which is not a page of this site (write /codes/NNN or /commands/name, no trailing slash)`,
        });
      }
    }
  });
  return problems;
}
