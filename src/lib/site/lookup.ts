/**
 * The lookup box: whatever a reader types or pastes, the page it means. One function decides, for the home page,
 * the header's box (through /lookup) and the /lookup page: "550" and pasted lines -> the most specific page (a
 * catalogued server message or client error, else the code); "125 vs 221", "550 or 450" -> the comparison; "5xx"
 * -> the class; "RETR", "/commands/RETR", "/codes/550/" -> the canonical page; anything else -> search.
 */
import { pastedCode, stripDecorations } from '../ftp/pasted-line.ts';
import { replyLine } from '../ftp/reply-line.ts';
import { CLIENT_ERROR_MIN, literalLength, matchMessages } from '../ftp/server-messages.ts';
import { canonicalPath, type PageIndex } from './canonical-path.ts';
import type { LookupCatalogue } from './lookup-message.ts';
import { noPageFor } from './no-page.ts';
import { codeUrl, codesIndexUrl, commandUrl, compareUrl, searchQueryUrl } from './urls.ts';

export type LookupIndex = PageIndex;

/** Where a query leads: a page to go to, or something to tell the reader instead (with a page to offer). */
export type LookupAnswer = { go: string } | { say: string; link?: { text: string; url: string } };

/** The first line with a failure's code (4yz, 5yz), else the first with text: what a pasted log is about. */
function chosenLine(query: string): string {
  const lines = query
    .slice(0, 20_000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /^[45]\d\d[ -]/.test(stripDecorations(l))) ?? lines[0] ?? '';
}

/**
 * Whether the query could be a server's line or a client's error, so the lookup should first fetch the
 * catalogues: a reply line with text, or a text long enough to hold a client error.
 *
 * @example needsCatalogue('Response: 550 Failed to open file.') // -> true
 * @example needsCatalogue('550') // -> false
 */
export function needsCatalogue(query: string): boolean {
  const line = chosenLine(query);
  return !!replyLine(stripDecorations(line)) || line.length >= CLIENT_ERROR_MIN;
}

const CODE = String.raw`(\d{3}|\d{5})`;
const PAIR = new RegExp(String.raw`^${CODE}\s*(?:-?\s*(?:vs\.?|versus|or|and)\s*-?|[-,/&|]|\s)\s*${CODE}$`, 'i');
const CLASS = /^([1-6])(?:xx|yz)$/i;
/** A line a client logged a command on: "C: USER alice", "---> PASV", "> EPSV", "Command:\tRETR a.txt". */
const LOGGED_COMMAND = /(?:^|[\s\]])(?:C:|-{2,}>|>|Command:)\s*[a-z]{3,4}(?:\s|$)/i;

/** The most specific catalogued page for the line, as pasted or without its decorations. */
function messagePage(line: string, stripped: string, { messages, errors }: LookupCatalogue): string | undefined {
  const found = [...matchMessages(line, messages, errors), ...matchMessages(stripped, messages, errors)];
  return found.sort((a, b) => literalLength(b.text) - literalLength(a.text))[0]?.url;
}

/**
 * @example resolveLookup('221-vs-125', index) // -> { go: '/compare/125-vs-221' }
 * @example resolveLookup('12:00:01\tResponse:\t550 Permission denied', index) // -> { go: '/codes/550' }
 * @example resolveLookup('5xx', index) // -> { go: '/codes#class-5' }
 * @example resolveLookup('disk full', index) // -> { go: '/search?q=disk%20full' }
 */
export function resolveLookup(query: string, index: LookupIndex, catalogue?: LookupCatalogue): LookupAnswer {
  const { codes, commands } = index;
  const line = chosenLine(query);
  const q = stripDecorations(line);
  const page = canonicalPath(q, index);
  if (page) return { go: page };
  const pair = PAIR.exec(q);
  if (pair) {
    const [a, b] = [Number(pair[1]), Number(pair[2])];
    const missing = [pair[1]!, pair[2]!].find((n) => !codes.has(Number(n)));
    if (missing !== undefined) {
      const other = Number(missing) === a ? b : a;
      return {
        say: noPageFor(missing),
        ...(codes.has(other) ? { link: { text: `${other}`, url: codeUrl(other) } } : {}),
      };
    }
    return { go: a === b ? codeUrl(a) : compareUrl(a, b) };
  }
  const cls = CLASS.exec(q);
  if (cls) return { go: `${codesIndexUrl}#class-${cls[1]}` };
  // A command alone, or a logged command line ("C: USER alice", "---> PASV"): its page.
  const verb = /^([a-z]{3,4})(?:\s|$)/i.exec(q)?.[1]?.toLowerCase();
  if (verb && commands.has(verb) && (verb === q.toLowerCase() || LOGGED_COMMAND.test(line)))
    return { go: commandUrl(verb) };
  const message = catalogue && messagePage(line, q, catalogue);
  if (message) return { go: message };
  const code = pastedCode(q, (n) => codes.has(n));
  if (code !== undefined) return { go: codeUrl(code) };
  if (/^\d+$/.test(q)) return { say: noPageFor(q), link: { text: 'All codes', url: codesIndexUrl } };
  return { go: searchQueryUrl(q || line) };
}
