/**
 * A line as people paste it, without what their client wrapped around the server's words: timestamps, process ids,
 * FileZilla's `Response:`, curl's `<`, lftp's `<---`, `S:`, an exception's class name, a leading "FTP error".
 * The formats are those of the explainer (src/lib/ftp/transcript.ts, tests/fixtures/transcripts/FORMATS.md).
 * Pure and small: the lookup box loads it in the browser.
 */

/** Longer pasted text is cut: matching stays cheap whatever is pasted. */
const MAX_LINE = 1000;

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?[AP]M)?`;
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})`;

/**
 * One decoration at the start of a line; the line is stripped of them one after another. Each is what a client or
 * log writes before the server's words, never something a server writes.
 */
const DECORATIONS: readonly RegExp[] = [
  // Dates and times, alone or together, ISO (with T and zone) or local, in brackets or not; the year after a
  // ctime ("Sun Dec  6 12:00:00 2026").
  new RegExp(String.raw`^\[?(?:${DATE}[ T])?${TIME}(?:Z|[+-]\d{2}:?\d{2})?\]?(?:\s+(?:19|20)\d\d\b)?[\s,:-]*`, 'i'),
  new RegExp(String.raw`^\[?${DATE}\]?\s+`),
  new RegExp(String.raw`^(?:${DAY}\s+)?${MONTH}\s+\d{1,2}\s+`, 'i'),
  // A process or session id: "[32649]", "[pid 123]", FileZilla Server's "(000001)", ProFTPD's "<response:1>:".
  /^(?:\[(?:pid\s+)?\d+\]|\(\d{6}\)|<[a-z]+:\d+>:)\s*/i,
  // FileZilla Server: 1.x "<< [FTP Session 1 127.0.0.1]", 0.9 "- alice (127.0.0.1)>".
  /^(?:<<|>>)\s*\[[^\]]*\]\s*/,
  /^-?\s*(?:\([^)]*\)|\S+)\s+\([\d.:a-f]+\)>\s*/i,
  // lftp's address context before its arrows: "127.0.0.1 <--- 220".
  /^[\w.:-]+\s+(?=<-{2,}|-{2,}>|-{4})/,
  // FileZilla's log file puts a process id and a session number after the time.
  /^\d+\s+\d+\s+(?=[A-Z][a-z]+:)/,
  // FileZilla's message kinds; "S:"/"C:" of a raw dialogue.
  /^(?:Status|Command|Response|Error|Trace|Listing|Reply|Server|S|C):\s*/i,
  // curl -v (`<`, `>`, `*`), lftp (`<---`, `--->`, `----`, `****`), WinSCP (`<`, `>`, `.`, `!`).
  /^(?:<-{2,}|-{2,}>|-{3,}|\*{4}|[<>*.!])\s+/,
  // An exception's class or a library's error type: "ftplib.error_perm:", "System.Net.WebException:", "Exception:".
  /^[A-Za-z_][\w.$]*(?:Error|Exception|error_[a-z]+)(?:\s*\[[^\]]*\])?:\s*/,
  // Words in front of a code: "Error 550", "FTP error 530", "status: 226", "reply code 421", "Socket error # 10060".
  /^(?:ftp\s+|socket\s+|winsock\s+|server\s+|the\s+)?(?:error|status|code|reply|response|result)(?:\s+(?:code|number))?\s*[:#=]?\s*(?=\(?\d)/i,
];

/** vsftpd's protocol log quotes the line: `[alice] FTP response: Client "127.0.0.1", "331 Please ..."`. */
const VSFTPD_LOG = /^(?:\[[^\]]*\]\s*)?FTP (?:response|command): Client "[^"]*", "(.*)"$/;

/**
 * The line without the client's decorations, from the first line that has text.
 *
 * @example stripDecorations('12:00:01\tResponse:\t550 Permission denied') // -> '550 Permission denied'
 * @example stripDecorations('[32649] 2026-11-27 16:28:57 <--- 220 ready') // -> '220 ready'
 * @example stripDecorations('ftplib.error_perm: 553 Could not create file.') // -> '553 Could not create file.'
 * @example stripDecorations('FTP error 530') // -> '530'
 */
export function stripDecorations(line: string): string {
  let rest = line.slice(0, MAX_LINE).trim();
  for (let changed = true; changed && rest;) {
    changed = false;
    rest = rest.replace(VSFTPD_LOG, '$1');
    for (const decoration of DECORATIONS) {
      const next = rest.replace(decoration, '');
      if (next !== rest) {
        rest = next.trim();
        changed = true;
      }
    }
  }
  return rest;
}

/** Words after a number that make it a count, not a reply: "550 bytes", "421 ms". */
const UNITS = /^[ -](?:bytes?|[kmg]?b|ms|\w*sec\w*|min\w*|hours?|files?|lines?|items?|entries|times)\b/i;

/**
 * The code a stripped line is about: at its start ("550 Failed", "(550)", "10060"), else after a word that names
 * one ("returned an error: (550)", "failed with code 421"), else the first that `known` holds and that stands as a
 * reply stands, followed by a space, a hyphen or the end ("... said 550 Permission denied").
 *
 * @example pastedCode('550 Permission denied', (n) => n === 550) // -> 550
 * @example pastedCode('The remote server returned an error: (530) Not logged in.', () => true) // -> 530
 * @example pastedCode('Transferred 550 bytes in 1 second', (n) => n === 550) // -> undefined
 */
export function pastedCode(text: string, known: (code: number) => boolean): number | undefined {
  const candidates = [
    /^\(?(\d{3}|\d{5})\)?(?=[\s,.:;)-]|$)/.exec(text),
    /\b(?:error|code|status|reply|response)\s*[:#=]?\s*\(?(\d{3}|\d{5})\)?(?=[\s,.:;)-]|$)/i.exec(text),
    /(?:^|[\s:(])\((\d{3})\)(?=[\s,.:;]|$)/.exec(text),
  ];
  for (const m of candidates) if (m && known(Number(m[1]))) return Number(m[1]);
  for (const m of text.matchAll(/(?:^|[\s:>"'])([1-6]\d\d)(?=[ -][A-Za-z]|$)/g)) {
    const after = text.slice(m.index + m[0].length);
    if (known(Number(m[1])) && !UNITS.test(after) && !/\d\s*$/.test(text.slice(0, m.index))) return Number(m[1]);
  }
  return undefined;
}
