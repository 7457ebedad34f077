import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';

/**
 * Every site-relative Markdown link in the body leads to a page that exists, written the way the site spells its URLs:
 * `/codes/NNN`, `/commands/name`, `/servers/NAME`, `/servers/NAME/ID`, `/servers/NAME/codes/NNN`, `/clients/NAME`,
 * `/clients/NAME/ID`, `/guides/NAME`, `/compare/A-vs-B` (an anchor allowed), `/codes`, `/commands`, `/servers`,
 * `/clients`, `/guides`, `/compare`, `/`; no trailing slash. `pages` holds the server, client and guide pages that
 * exist: "servers/vsftpd", "servers/vsftpd/login-incorrect", "clients/curl/exit-9", "guides/ftps".
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
  pages: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  file.body.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\]\((\/[^)\s]*)\)/g)) {
      const href = m[1];
      const code = /^\/codes\/(\d{3}|\d{5})(#[\w-]+)?$/.exec(href);
      const command = /^\/commands\/([a-z]+)(#[\w-]+)?$/.exec(href);
      const pair = /^\/compare\/(\d{3}|\d{5})-vs-(\d{3}|\d{5})(#[\w-]+)?$/.exec(href);
      const serverCode = /^\/servers\/([a-z0-9-]+)\/codes\/(\d{3})(#[\w-]+)?$/.exec(href);
      const server = serverCode
        ? null
        : /^\/((?:servers|clients|guides)\/[a-z0-9-]+(?:\/[a-z0-9-]+)?)(#[\w-]+)?$/.exec(href);
      const where = { file: file.file, line: file.bodyLine + i + 1, field: 'body' };
      if (code && !codes.has(Number(code[1])))
        problems.push({ ...where, message: `links to ${href}, but there is no page for code ${code[1]}` });
      else if (command && !commands.has(command[1]))
        problems.push({ ...where, message: `links to ${href}, but there is no command file ${command[1]}.md` });
      else if (
        pair &&
        (!codes.has(Number(pair[1])) || !codes.has(Number(pair[2])) || Number(pair[1]) >= Number(pair[2]))
      )
        problems.push({ ...where, message: `links to ${href}: write a pair of codes with pages, lower first` });
      else if (serverCode && (!pages.has(`servers/${serverCode[1]}`) || !codes.has(Number(serverCode[2]))))
        problems.push({ ...where, message: `links to ${href}, but there is no such server or code` });
      else if (server && !pages.has(server[1]))
        problems.push({
          ...where,
          message: `links to ${href}, but there is no such server, client, guide, message or error page (${server[1]})`,
        });
      else if (
        !code &&
        !command &&
        !server &&
        !serverCode &&
        !pair &&
        !/^\/(codes|commands|servers|clients|guides|compare)?(#[\w-]+)?$/.test(href)
      ) {
        problems.push({
          ...where,
          message: `links to ${href}, which is not a page of this site (write /codes/NNN, /commands/name or /servers/NAME, no trailing slash)`,
        });
      }
    }
  });
  return problems;
}
