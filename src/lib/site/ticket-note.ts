/**
 * Plain text for a support ticket: about one code (what it means, what to do,
 * and the link), about a pair of codes, or about a session log the explainer
 * read. Built from what the pages say, so a note never says anything they do not.
 */
import { clientSaid, sessionsLine, type Explanation } from '../ftp/explain.ts';
import type { CodeStatus } from '../content/statuses.ts';
import { statusInfo } from './status.ts';
import { absoluteUrl, codeUrl } from './urls.ts';

/**
 * The text of one `## Heading` section of a Markdown body, as plain lines: one per paragraph or list item
 * (items start with "- ", numbered ones too, and nested ones with "  - "), links reduced to their text, emphasis
 * and code marks removed, code blocks left out.
 *
 * @example markdownSection('## Causes\n\nIf so:\n\n- A [550](/codes/550) **reply**', 'Causes') // -> ['If so:', '- A 550 reply']
 */
export function markdownSection(body: string, heading: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return [];
  const out: string[] = [];
  let fenced = false;
  // Whether the line before was blank (or a heading or code block): a new paragraph starts.
  let apart = true;
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
      apart = true;
      continue;
    }
    if (fenced) continue;
    if (line.trim() === '') {
      apart = true;
      continue;
    }
    const text = line
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|`)/g, '')
      .replace(/^(\s*)\d+\.\s/, '$1- ')
      .trim();
    const item = text.startsWith('- ');
    const indented = /^\s/.test(line);
    // A wrapped line joins its paragraph or item; so does an indented paragraph inside an item.
    const joins = !item && out.length > 0 && (!apart || (indented && /^\s*- /.test(out[out.length - 1]!)));
    if (joins) out[out.length - 1] += ` ${text}`;
    else out.push(item && indented ? `  ${text}` : text);
    apart = false;
  }
  return out;
}

/** Whether a line of {@link markdownSection} is a top-level list item (a step). */
function isStep(line: string): boolean {
  return line.startsWith('- ');
}

/**
 * The lines of a fix section for a ticket: the paragraphs that introduce the steps as they are, then the first
 * `max` steps, each with its nested items. Paragraphs after the steps stay only when no step was left out.
 *
 * @example firstSteps(['If so:', '- a', '- b'], 1) // -> ['If so:', '- a']
 */
export function firstSteps(lines: readonly string[], max: number): string[] {
  const out: string[] = [];
  let steps = 0;
  for (const line of lines) {
    if (isStep(line)) {
      steps += 1;
      if (steps <= max) out.push(line);
    } else if (steps <= max) out.push(line);
  }
  return out;
}

/**
 * The ticket note for a code page, titled by what the number is: an FTP reply, or for status `not-ftp` a
 * socket error.
 *
 * @example codeTicketNote({ code: 550, status: 'standard', name: 'File unavailable', summary: '...', body, url: 'https://x/codes/550' }).split('\n')[0]
 * // -> 'FTP reply 550 File unavailable'
 */
export function codeTicketNote({
  code,
  status,
  name,
  summary,
  body,
  url,
}: {
  code: number;
  status: CodeStatus;
  name: string;
  summary: string;
  body: string;
  url: string;
}): string {
  // The first steps of each fix: a ticket needs the gist, the page has the rest.
  const MAX_STEPS = 3;
  const section = (title: string, heading: string) => {
    const lines = firstSteps(markdownSection(body, heading), MAX_STEPS);
    return lines.length > 0 ? ['', `${title}:`, ...lines] : [];
  };
  return [
    `${statusInfo(status).noun} ${code} ${name}`,
    summary,
    ...section('What the user can do', 'Fix (client)'),
    ...section('What the server administrator can check', 'Fix (server)'),
    '',
    `Details: ${url}`,
  ].join('\n');
}

/**
 * The ticket note for a comparison page: the decisive difference, both verdicts, the link.
 *
 * @example compareTicketNote({ a: 450, b: 550, lead: undefined, verdicts: ['You received 450, not 550. ...', '...'], url }).split('\n')[0]
 * // -> 'FTP replies 450 and 550 compared'
 */
export function compareTicketNote({
  a,
  b,
  lead,
  verdicts,
  url,
}: {
  a: number;
  b: number;
  lead: string | undefined;
  verdicts: readonly string[];
  url: string;
}): string {
  return [
    `FTP replies ${a} and ${b} compared`,
    ...(lead ? [lead] : []),
    '',
    ...verdicts.map((v) => `- ${v}`),
    '',
    `Details: ${url}`,
  ].join('\n');
}

/**
 * The ticket note for a session log the explainer read: codes, meanings and links to the code pages
 * (under the base path the site is deployed at), the sessions, and what the client said; no other log text.
 *
 * @example sessionTicketNote(explanation, 'https://ftp-reply-codes.org').split('\n')[0]
 * // -> 'FTP session explained: 3 server replies, 1 failures.'
 */
export function sessionTicketNote(e: Explanation, origin: string): string {
  const link = (code: number) => ` ${absoluteUrl(codeUrl(code), origin)}`;
  const login = { yes: 'yes', no: 'no login in this log', failed: 'no, the login was refused' }[e.loggedIn];
  const page = (url: string | undefined) => (url ? ` ${absoluteUrl(url, origin)}` : '');
  const lines = [
    `FTP session explained: ${e.replies.length} server replies, ${e.replies.filter((r) => r.failure).length} failures.`,
    `Logged in: ${login}.`,
    ...(e.sessions.length > 1 ? [sessionsLine(e)] : []),
  ];
  if (e.firstFailure) {
    const f = e.firstFailure;
    lines.push(
      `First failure: ${f.code} ${f.name}${f.command ? ` (after ${f.command})` : ''}: ${f.meaning}${f.hasPage ? link(f.code) : ''}`,
    );
  }
  for (const t of e.transfers) lines.push(`Transfer: ${t.command}: ${t.ok ? 'completed' : 'failed'} (${t.code}).`);
  for (const c of clientSaid(e))
    lines.push(`Client said (line ${c.lineNumber}${c.count > 1 ? `, ${c.count} times` : ''}): ${c.text}${page(c.url)}`);
  for (const f of e.findings) lines.push(`Finding: ${f.text}${link(f.code)}${page(f.page?.url)}`);
  lines.push('', 'Replies:');
  for (const r of e.replies) {
    if (r.startsSession) lines.push(`Session ${r.startsSession.number} (line ${r.startsSession.lineNumber}):`);
    lines.push(`${r.code} ${r.name}${r.command ? ` (after ${r.command})` : ''}${r.hasPage ? link(r.code) : ''}`);
  }
  return lines.join('\n');
}
