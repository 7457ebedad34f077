/**
 * Explaining a parsed session log: each reply with its name, what it means
 * for the command it answers, and whether it is a failure; then a summary of
 * the session and findings for the patterns that have a known cause.
 */
import { isReplyCode } from './reply-codes.ts';
import type { Transcript, TranscriptReply } from './transcript.ts';

/** What the explainer needs to know about the site's codes and commands (built from content). */
export interface ExplainData {
  codes: Record<string, { name: string; summary: string; status: string }>;
  /** Command verb -> code -> what the code means for that command (from the command files). */
  notes: Record<string, Record<string, string>>;
}

export interface ExplainedReply {
  code: number;
  text: string;
  lineNumber: number;
  /** The command it answers, as logged (password masked). */
  command?: string;
  /** Whether the site has a page for the code (the site layer links it). */
  hasPage: boolean;
  name: string;
  meaning: string;
  failure: boolean;
  /** For 227 and 229: the address and port the server announced. */
  decoded?: string;
  /** IIS FTP logs: the row's substatus and Windows status, as logged. */
  iis?: { substatus?: number; win32?: number };
}

export interface Finding {
  /** The code the finding is about. */
  code: number;
  text: string;
}

export interface Explanation {
  replies: ExplainedReply[];
  loggedIn: 'yes' | 'no' | 'failed';
  transfers: { command: string; code: number; ok: boolean }[];
  firstFailure?: ExplainedReply;
  findings: Finding[];
}

/** Address and port from a 227 reply's six numbers (with or without parentheses, RFC 1123 4.1.2.6). */
export function decode227(text: string): { host: string; port: number } | undefined {
  const m = /(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(text);
  if (!m) return undefined;
  const n = m.slice(1).map(Number);
  if (n.some((x) => x > 255)) return undefined;
  return { host: n.slice(0, 4).join('.'), port: n[4]! * 256 + n[5]! };
}

/** Port from a 229 reply, "(|||6446|)" with any delimiter (RFC 2428 section 3). */
export function decode229(text: string): number | undefined {
  const m = /\(([!-~])\1\1(\d{1,5})\1\)/.exec(text);
  const port = m ? Number(m[2]) : NaN;
  return port > 0 && port < 65536 ? port : undefined;
}

/** Private IPv4 ranges of RFC 1918, where a server behind NAT usually lives. */
export function isPrivateIPv4(host: string): boolean {
  const [a, b] = host.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

const TRANSFERS = new Set(['RETR', 'STOR', 'STOU', 'APPE', 'LIST', 'NLST', 'MLSD']);
const DATA_FAILURES = new Set([425, 426, 421]);

function explainOne(reply: TranscriptReply, data: ExplainData): ExplainedReply {
  const info = data.codes[String(reply.code)];
  const verb = reply.command?.verb;
  const note = verb ? data.notes[verb]?.[String(reply.code)] : undefined;
  const out: ExplainedReply = {
    code: reply.code,
    text: reply.text,
    lineNumber: reply.lineNumber,
    name: info?.name ?? 'Not in this reference',
    meaning:
      note ??
      info?.summary ??
      'This site has no page for this code; its first digit still says how it ended (RFC 959, section 4.2).',
    failure: isReplyCode(reply.code) && reply.code >= 400 && reply.code < 600,
    ...(reply.command ? { command: reply.command.line } : {}),
    ...(reply.iis ? { iis: reply.iis } : {}),
    hasPage: info !== undefined,
  };
  if (reply.code === 227) {
    const d = decode227(reply.text);
    if (d) out.decoded = `address ${d.host}, port ${d.port}${isPrivateIPv4(d.host) ? ' (a private address)' : ''}`;
  } else if (reply.code === 229) {
    const port = decode229(reply.text);
    if (port) out.decoded = `port ${port} at the address of the control connection`;
  }
  return out;
}

/**
 * Explain a parsed log.
 *
 * @example explain(parseTranscript('S: 220 Ready\nC: USER a\nS: 530 No'), data).loggedIn // -> 'failed'
 */
export function explain(transcript: Transcript, data: ExplainData): Explanation {
  const replies = transcript.replies.map((r) => explainOne(r, data));
  const verbOf = (i: number) => transcript.replies[i]?.command?.verb;

  let loggedIn: Explanation['loggedIn'] = 'no';
  const transfers: Explanation['transfers'] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const find = (code: number, text: string) => {
    if (!seen.has(text)) findings.push({ code, text });
    seen.add(text);
  };
  let privatePasv: string | undefined;

  replies.forEach((r, i) => {
    const verb = verbOf(i);
    if (r.code === 230 || r.code === 232) loggedIn = 'yes';
    else if (r.code === 530 && (verb === 'PASS' || verb === 'USER') && loggedIn !== 'yes') loggedIn = 'failed';

    if (verb && TRANSFERS.has(verb) && r.code >= 200 && r.code < 600) {
      transfers.push({ command: transcript.replies[i]!.command!.line, code: r.code, ok: r.code < 300 });
    }

    if (r.code === 227) {
      const d = decode227(r.text);
      privatePasv = d && isPrivateIPv4(d.host) ? d.host : undefined;
    }
    if (DATA_FAILURES.has(r.code) && privatePasv) {
      find(
        r.code,
        `The server announced the private address ${privatePasv} in its 227 reply, and the data connection then failed with ${r.code}: a passive-mode NAT problem. Use EPSV, let the client ignore the PASV address, or have the server announce its public address.`,
      );
    } else if (
      r.code === 425 &&
      (verb === 'PORT' || verb === 'EPRT' || (verb && TRANSFERS.has(verb) && lastModeWasActive(transcript, i)))
    ) {
      find(
        r.code,
        "Active mode: the server could not connect back to the client. Switch to passive mode (PASV or EPSV), or open the client's firewall.",
      );
    } else if (r.code === 425) {
      find(
        r.code,
        "The data connection could not be opened: a firewall probably blocks the server's passive ports or the client's outgoing connections to them.",
      );
    }
    if (r.code === 530 && (verb === 'PASS' || verb === 'USER'))
      find(
        r.code,
        'The login was refused: check the user name and password, and whether the account may use FTP (or needs TLS first).',
      );
    if (r.code === 421)
      find(
        r.code,
        'The server closed the control connection (a timeout, a connection limit, or a shutdown): reconnect, and check the limit or the idle time.',
      );
    if ((r.code === 550 || r.code === 553) && verb && ['STOR', 'STOU', 'APPE', 'MKD'].includes(verb))
      find(
        r.code,
        `The server refused to write (${verb}): check the directory's write permission, the file name and the quota.`,
      );
    else if (r.code === 550 && verb && ['RETR', 'SIZE', 'MDTM', 'CWD', 'DELE', 'RNFR'].includes(verb))
      find(
        r.code,
        `The path given to ${verb} does not exist or may not be used: check the exact name and the permissions.`,
      );
    if ([521, 522, 534, 536].includes(r.code))
      find(
        r.code,
        "A TLS protection mismatch: compare the client's PROT setting and TLS session reuse with what the server requires.",
      );
    if (r.code === 552 || r.code === 452) find(r.code, 'Storage ran out (a quota or a full disk) on the server.');
  });

  const firstFailure = replies.find((r) => r.failure);
  return { replies, loggedIn, transfers, findings, ...(firstFailure ? { firstFailure } : {}) };
}

/** Whether the last data-connection setup before reply `i` was PORT or EPRT. */
function lastModeWasActive(transcript: Transcript, i: number): boolean {
  for (let j = i; j >= 0; j--) {
    const verb = transcript.replies[j]?.command?.verb;
    if (verb === 'PORT' || verb === 'EPRT') return true;
    if (verb === 'PASV' || verb === 'EPSV') return false;
  }
  return false;
}

/** Build the explainer's data from the content: names and summaries of codes, reply notes of commands. */
export function explainData(
  codes: readonly { code: number; data: { name: string; summary: string; status: string } }[],
  commands: readonly { data: { kind: string; command: string; replyNotes: Record<string, string> } }[],
): ExplainData {
  return {
    codes: Object.fromEntries(
      codes.map((c) => [String(c.code), { name: c.data.name, summary: c.data.summary, status: c.data.status }]),
    ),
    notes: Object.fromEntries(
      commands.filter((c) => c.data.kind === 'command').map((c) => [c.data.command, c.data.replyNotes]),
    ),
  };
}
