/**
 * Plain text for a support ticket: about one code (what it means, what to do,
 * and the link), about a pair of codes, or about a session log the explainer
 * read. Built from what the pages say, so a note never says anything they do not.
 */
import type { Explanation } from '../ftp/explain.ts';
import { absoluteUrl, codeUrl } from './urls.ts';

/**
 * The text of one `## Heading` section of a Markdown body, as plain lines:
 * links reduced to their text, emphasis and code marks removed, code blocks left out.
 *
 * @example markdownSection('## Causes\n\n- A [550](/codes/550) **reply**', 'Causes') // -> ['- A 550 reply']
 */
export function markdownSection(body: string, heading: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return [];
  const out: string[] = [];
  let fenced = false;
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || line.trim() === '') continue;
    out.push(
      line
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|`)/g, '')
        .replace(/^(\s*)\d+\.\s/, '$1- ')
        .trimEnd(),
    );
  }
  // Join wrapped lines of one paragraph or bullet.
  return out.reduce<string[]>((acc, line) => {
    if (acc.length > 0 && !/^\s*- /.test(line)) acc[acc.length - 1] += ` ${line.trim()}`;
    else acc.push(line.trim());
    return acc;
  }, []);
}

/**
 * The ticket note for a code page.
 *
 * @example codeTicketNote({ code: 550, name: 'File unavailable', summary: '...', body, url: 'https://x/codes/550' }).split('\n')[0]
 * // -> 'FTP reply 550 File unavailable'
 */
export function codeTicketNote({
  code,
  name,
  summary,
  body,
  url,
}: {
  code: number;
  name: string;
  summary: string;
  body: string;
  url: string;
}): string {
  // The first steps of each fix: a ticket needs the gist, the page has the rest.
  const MAX_STEPS = 3;
  const section = (title: string, heading: string) => {
    const lines = markdownSection(body, heading).slice(0, MAX_STEPS);
    return lines.length > 0 ? ['', `${title}:`, ...lines.map((l) => (l.startsWith('- ') ? l : `- ${l}`))] : [];
  };
  return [
    `FTP reply ${code} ${name}`,
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
 * (under the base path the site is deployed at), and no log text beyond the replies.
 *
 * @example sessionTicketNote(explanation, 'https://ftp-reply-codes.org').split('\n')[0]
 * // -> 'FTP session explained: 3 server replies, 1 failures.'
 */
export function sessionTicketNote(e: Explanation, origin: string): string {
  const link = (code: number) => ` ${absoluteUrl(codeUrl(code), origin)}`;
  const login = { yes: 'yes', no: 'no login in this log', failed: 'no, the login was refused' }[e.loggedIn];
  const lines = [
    `FTP session explained: ${e.replies.length} server replies, ${e.replies.filter((r) => r.failure).length} failures.`,
    `Logged in: ${login}.`,
  ];
  if (e.firstFailure) {
    const f = e.firstFailure;
    lines.push(
      `First failure: ${f.code} ${f.name}${f.command ? ` (after ${f.command})` : ''}: ${f.meaning}${f.hasPage ? link(f.code) : ''}`,
    );
  }
  for (const t of e.transfers) lines.push(`Transfer: ${t.command}: ${t.ok ? 'completed' : 'failed'} (${t.code}).`);
  for (const f of e.findings) lines.push(`Finding: ${f.text}${link(f.code)}`);
  lines.push('', 'Replies:');
  for (const r of e.replies)
    lines.push(`${r.code} ${r.name}${r.command ? ` (after ${r.command})` : ''}${r.hasPage ? link(r.code) : ''}`);
  return lines.join('\n');
}
