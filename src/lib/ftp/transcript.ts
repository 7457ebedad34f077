/**
 * Reading an FTP session log as people paste it: the server's replies, in
 * order, each once, with the command each answers. Handles the log formats
 * of a raw dialogue (C:/S:), curl -v, lftp debug (also with its pid, time
 * and context prefixes), the classic ftp clients (tnftp, GNU inetutils:
 * "---> CMD" and bare reply lines), FileZilla, WinSCP, Python ftplib's debug
 * output (`*cmd* '...'`, `*resp* '...'`), the servers' own logs (vsftpd's
 * log_ftp_protocol lines, ProFTPD's debug output and TraceLog, IIS FTP W3C
 * logs, FileZilla Server 0.9 and 1.x), and bare reply lines, also mixed in
 * one paste. Multi-line replies follow RFC 959 section 4.2. Pure and
 * synchronous: no DOM, no network.
 */

import { clientLine, type ClientId } from './client-line.ts';
import { connectLine } from './connect-line.ts';

export type Format =
  | 'raw'
  | 'curl'
  | 'lftp'
  | 'lftp-log'
  | 'ftp-client'
  | 'filezilla'
  | 'winscp'
  | 'ftplib'
  | 'vsftpd-log'
  | 'proftpd-log'
  | 'iis-w3c'
  | 'filezilla-server'
  | 'bare';

export interface CommandLine {
  /** Upper-case verb, e.g. "RETR". */
  verb: string;
  /** The command as logged, with any password masked. */
  line: string;
}

export interface TranscriptReply {
  code: number;
  /** Text after the code on the first line. */
  text: string;
  /** All lines of the reply (continuation lines included), prefixes removed. */
  lines: string[];
  /** The command this reply answers: the last one logged before it, if any. */
  command?: CommandLine;
  /** 1-based line number in the pasted text where the reply starts. */
  lineNumber: number;
  /** IIS FTP logs only: the sc-substatus and sc-win32-status columns of the row, where the log has them. */
  iis?: { substatus?: number; win32?: number };
  /** The session (control connection) it belongs to, 1-based. */
  session: number;
}

/** Where a session (one control connection) starts in the pasted text. */
export interface SessionStart {
  /** The line that opened it: the client's connection line, or the session's first reply. */
  lineNumber: number;
  /** The server's IPv4 address when the connection line names it. */
  host?: string;
}

/** A line where the client itself reports an error or a decision (client-line.ts). */
export interface ClientLine {
  client: ClientId;
  text: string;
  lineNumber: number;
  session: number;
}

export interface Transcript {
  replies: TranscriptReply[];
  commands: CommandLine[];
  /** Formats recognised, most frequent first. */
  formats: Format[];
  /**
   * The sessions, in order. A connection attempt that got no reply gives way to the next attempt, so only the last
   * session can be without replies.
   */
  sessions: SessionStart[];
  clientLines: ClientLine[];
}

type Classified =
  | { kind: 'reply'; payload: string; format: Format }
  | { kind: 'command'; payload: string; format: Format }
  | { kind: 'status' }
  | { kind: 'other'; line: string };

const STAMP = String.raw`\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?`;
const WINSCP = new RegExp(`^([<>.!*]) ${STAMP} ?(.*)$`);
// FileZilla: "Response:\t220 ...", from the GUI with an "HH:MM:SS\t" time, or from a log file with "date time pid n".
const FILEZILLA = new RegExp(
  `^(?:${STAMP}\\s+\\d+\\s+\\d+\\s+|\\d{2}:\\d{2}:\\d{2}\\s+)?(Status|Command|Response|Error|Trace|Listing):\\s?(.*)$`,
);
const REPLY_START = /^([1-6]\d\d)([ -])(.*)$/;

// Servers' own logs and lftp with prefixes: each rule needs a shape no client format has (see FORMATS.md).

/** lftp's debug lines behind `[pid] ` (log:show-pid), `date time ` (log:show-time) and a context (log:show-ctx). */
const LFTP_LOG = new RegExp(`^(\\[\\d+\\] )?(${STAMP} )?([^\\s\\[\\]<>]+ )?(<---|--->|----|\\*\\*\\*\\*) ?(.*)$`);
/** vsftpd with log_ftp_protocol=YES: `Sun Dec  6 12:00:00 2026 [pid 123] [user] FTP command: Client "ip", "USER a"`. */
const VSFTPD_LOG =
  /^(?:[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} )?\[pid \d+\](?: \[[^\]]*\])? ([A-Z][A-Za-z ]+): Client "[^"]*"(?:, "(.*)")?/;
/** ProFTPD's TraceLog: `2026-12-06 12:55:34,896 [29852] <response:1>: 220 ...`. */
const PROFTPD_TRACE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} \[\d+\] <(\w+):(\d+)>: (.*)$/;
/** ProFTPD's debug output (-d N, SystemLog): `2026-12-06 12:55:21,847 host proftpd[29546] 127.0.0.1 (...): ...`. */
const PROFTPD_DEBUG = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} \S+ proftpd\[\d+\] [^:]*: (.*)$/;
/**
 * ProFTPD's command dispatch, in both: "clearing response lists" comes once before each command it reads (TraceLog
 * only), PRE_CMD and CMD name the command with its argument; the POST_CMD and LOG_CMD phases that follow (often
 * after the reply) name it again and are left out.
 */
const PROFTPD_DISPATCH =
  /^(?:dispatching (?:PRE_CMD|CMD) command '(.*)' to mod_\w+(?:\.c)?|clearing response lists before dispatching command '(.*)')$/;
/** FileZilla Server 0.9: `(000001) 12/6/2026 12:00:00 PM - alice (127.0.0.1)> USER alice` (replies the same way). */
const FZS_LEGACY = /^\(\d{6}\) ?(?:\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2}(?: [AP]M)? )?- .*? \([^()]*\)> (.*)$/;
/** FileZilla Server 1.x: `2024-04-17T20:50:00.069Z >> [FTP Session 3636 1.2.3.4] PASS ****` (`<<` replies). */
const FZS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (>>|<<|==|!!|WW|DI|DW|DV|DD|PP) (?:\[[^\]]*\] )?(.*)$/;

/** A line of a server's log, or of lftp with prefixes; undefined when the line has none of their shapes. */
function classifyServerLog(line: string): Classified | undefined {
  let m: RegExpExecArray | null;
  if ((m = LFTP_LOG.exec(line)) && (m[1] || m[2] || m[3])) {
    if (m[4] === '<---') return { kind: 'reply', payload: m[5] ?? '', format: 'lftp-log' };
    if (m[4] === '--->') return { kind: 'command', payload: m[5] ?? '', format: 'lftp-log' };
    return { kind: 'status' };
  }
  if ((m = VSFTPD_LOG.exec(line))) {
    if (m[1] === 'FTP response') return { kind: 'reply', payload: m[2] ?? '', format: 'vsftpd-log' };
    if (m[1] === 'FTP command') return { kind: 'command', payload: m[2] ?? '', format: 'vsftpd-log' };
    return { kind: 'status' };
  }
  if ((m = PROFTPD_TRACE.exec(line))) {
    if (m[1] === 'response' && m[2] === '1') return { kind: 'reply', payload: m[3] ?? '', format: 'proftpd-log' };
    const d = PROFTPD_DISPATCH.exec(m[3] ?? '');
    return d ? { kind: 'command', payload: d[1] ?? d[2] ?? '', format: 'proftpd-log' } : { kind: 'status' };
  }
  if ((m = PROFTPD_DEBUG.exec(line))) {
    const d = PROFTPD_DISPATCH.exec(m[1] ?? '');
    return d ? { kind: 'command', payload: d[1] ?? d[2] ?? '', format: 'proftpd-log' } : { kind: 'status' };
  }
  if ((m = FZS.exec(line))) {
    if (m[1] === '<<') return { kind: 'reply', payload: m[2] ?? '', format: 'filezilla-server' };
    if (m[1] === '>>') return { kind: 'command', payload: m[2] ?? '', format: 'filezilla-server' };
    return { kind: 'status' };
  }
  if ((m = FZS_LEGACY.exec(line))) {
    // 0.9 logs commands and replies alike: a reply starts with its code, or with a space when it continues one;
    // a command with its verb; anything else is the server's own message.
    const payload = m[1] ?? '';
    if (REPLY_START.test(payload) || payload.startsWith(' '))
      return { kind: 'reply', payload, format: 'filezilla-server' };
    if (/^[A-Za-z]{3,4}(?: |$)/.test(payload)) return { kind: 'command', payload, format: 'filezilla-server' };
    return { kind: 'status' };
  }
  return undefined;
}

/** IIS FTP W3C logs: the `#Fields:` directive names the columns of the rows after it. */
const IIS_FIELDS = /^#Fields: (.+)$/;
/** IIS's own rows for the control and data channels (no command, no status). */
const IIS_INFRASTRUCTURE = /^(?:Control|Data)Channel(?:Opened|Closed)$/;

interface IisRow {
  command: string;
  code: number;
  iis: { substatus?: number; win32?: number };
}

/**
 * A row of an IIS FTP log under the columns its `#Fields:` line named: the command (cs-method and cs-uri-stem,
 * with the `+` IIS writes for a space undone) and the status it was answered with. Undefined for rows without a
 * status (IIS's ControlChannelOpened, DataChannelClosed...) and for lines that are not rows of that layout.
 */
function iisRow(line: string, fields: readonly string[]): IisRow | undefined {
  const cells = line.trim().split(/\s+/);
  if (line.startsWith('#') || cells.length !== fields.length) return undefined;
  const cell = (name: string) => {
    const value = cells[fields.indexOf(name)];
    return value === undefined || value === '-' ? undefined : value;
  };
  const method = cell('cs-method');
  const status = cell('sc-status');
  if (!method || !status || !/^[1-6]\d\d$/.test(status) || IIS_INFRASTRUCTURE.test(method)) return undefined;
  const stem = cell('cs-uri-stem');
  const number = (name: string) =>
    cell(name) !== undefined && /^\d+$/.test(cell(name)!) ? Number(cell(name)) : undefined;
  const substatus = number('sc-substatus');
  const win32 = number('sc-win32-status');
  return {
    command: stem ? `${method} ${stem.replace(/\+/g, ' ')}` : method,
    code: Number(status),
    iis: { ...(substatus !== undefined ? { substatus } : {}), ...(win32 !== undefined ? { win32 } : {}) },
  };
}

/** ftplib's debug lines: `*cmd* 'USER alice'`, `*resp* '331 ...'` (a Python repr), `*get*`/`*put*` at level 2. */
const FTPLIB = /^\*(cmd|resp|get|put|welcome)\* (['"])(.*)\2$/;

/** The text inside a Python repr, with \n, \', \" and \\ undone. */
const unrepr = (s: string) => s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '' : c));

/**
 * A pasted line, or the lines ftplib folds into one repr: `*resp* '211-Features:\n MDTM\n211 End'` stands for
 * three reply lines. Each keeps the number of the line it came from.
 */
function expand(line: string, number: number): { line: string; number: number }[] {
  const m = FTPLIB.exec(line);
  if (!m || (m[1] !== 'resp' && m[1] !== 'welcome')) return [{ line, number }];
  return unrepr(m[3] ?? '')
    .split('\n')
    .map((part) => ({ line: `*resp* '${part}'`, number }));
}

function classify(line: string, ftpClientCommands: boolean): Classified {
  let m: RegExpExecArray | null;
  const serverLog = classifyServerLog(line);
  if (serverLog) return serverLog;
  if ((m = FTPLIB.exec(line))) {
    if (m[1] === 'resp' || m[1] === 'welcome') return { kind: 'reply', payload: unrepr(m[3] ?? ''), format: 'ftplib' };
    if (m[1] === 'cmd') return { kind: 'command', payload: unrepr(m[3] ?? ''), format: 'ftplib' };
    return { kind: 'status' };
  }
  if ((m = /^S: ?(.*)$/.exec(line))) return { kind: 'reply', payload: m[1] ?? '', format: 'raw' };
  if ((m = /^C: ?(.*)$/.exec(line))) return { kind: 'command', payload: m[1] ?? '', format: 'raw' };
  if ((m = WINSCP.exec(line))) {
    if (m[1] === '<') return { kind: 'reply', payload: m[2] ?? '', format: 'winscp' };
    if (m[1] === '>') return { kind: 'command', payload: m[2] ?? '', format: 'winscp' };
    return { kind: 'status' };
  }
  if ((m = FILEZILLA.exec(line))) {
    if (m[1] === 'Response') return { kind: 'reply', payload: m[2] ?? '', format: 'filezilla' };
    if (m[1] === 'Command') return { kind: 'command', payload: m[2] ?? '', format: 'filezilla' };
    return { kind: 'status' };
  }
  if ((m = /^<--- ?(.*)$/.exec(line))) return { kind: 'reply', payload: m[1] ?? '', format: 'lftp' };
  if ((m = /^---> ?(.*)$/.exec(line)))
    return { kind: 'command', payload: m[1] ?? '', format: ftpClientCommands ? 'ftp-client' : 'lftp' };
  if (/^(----|\*\*\*\*) /.test(line)) return { kind: 'status' };
  if ((m = /^< (.*)$/.exec(line))) return { kind: 'reply', payload: m[1] ?? '', format: 'curl' };
  if ((m = /^> (.*)$/.exec(line))) return { kind: 'command', payload: m[1] ?? '', format: 'curl' };
  if (/^(\*|\{ \[|\} \[)/.test(line)) return { kind: 'status' };
  return { kind: 'other', line };
}

/**
 * Mask the argument of PASS (and nothing else). A PASS without an argument stays as it was sent: empty.
 *
 * @example maskCommand('PASS hunter2') // -> 'PASS ********'
 * @example maskCommand('PASS ') // -> 'PASS'
 */
export function maskCommand(line: string): string {
  const pass = /^pass(?:\s+(.*))?$/i.exec(line.trim());
  if (pass) return pass[1] ? 'PASS ********' : 'PASS';
  return line.trim();
}

function toCommand(payload: string): CommandLine | undefined {
  const line = maskCommand(payload);
  const verb = /^([A-Za-z]{3,4})\b/.exec(line)?.[1]?.toUpperCase();
  return verb ? { verb, line } : undefined;
}

/**
 * Parse a pasted log.
 *
 * @example parseTranscript('S: 220 Ready\nC: USER alice\nS: 331 Password required').replies.map((r) => r.code) // -> [220, 331]
 */
export function parseTranscript(text: string): Transcript {
  // Two flat arrays, not an object per line: on a 60,000-line log that garbage cost tens of ms.
  // Only ftplib's lines (they start with "*") can stand for several.
  const lines: string[] = [];
  const lineNumbers: number[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      if (!line.startsWith('*')) {
        lines.push(line);
        lineNumbers.push(i + 1);
      } else
        for (const part of expand(line, i + 1)) {
          lines.push(part.line);
          lineNumbers.push(i + 1);
        }
    });
  // Explicit reply markers make bare lines data (listings, file contents), not replies.
  const explicit = lines.some((l) => {
    const c = classify(l, false);
    return c.kind === 'reply' || (IIS_FIELDS.test(l) && l.includes('sc-status'));
  });
  // "---> CMD" without any "<--- " reply line is tnftp or inetutils: their replies are bare lines.
  const ftpClient = !explicit && lines.some((l) => l.startsWith('---> '));
  const replies: (TranscriptReply & { bare: boolean })[] = [];
  const commands: CommandLine[] = [];
  const formatCount = new Map<Format, number>();
  let open: (TranscriptReply & { bare: boolean }) | undefined;
  let lastCommand: CommandLine | undefined;
  let commandSinceReply = true;
  const sessions: SessionStart[] = [];
  const clientLines: ClientLine[] = [];
  // Replies in the current session, and the code of its last one.
  let sessionReplies = 0;
  let lastCode = 0;

  const count = (f: Format) => formatCount.set(f, (formatCount.get(f) ?? 0) + 1);

  let iisFields: string[] | undefined;

  /** A new control connection: nothing of the last one carries over, above all not its last command. */
  const startSession = (lineNumber: number, host?: string) => {
    const start: SessionStart = { lineNumber, ...(host ? { host } : {}) };
    // An attempt that got no reply gives way to the next one (or to the reply that opens it).
    if (sessions.length > 0 && sessionReplies === 0) sessions[sessions.length - 1] = start;
    else sessions.push(start);
    open = undefined;
    lastCommand = undefined;
    commandSinceReply = true;
    sessionReplies = 0;
    lastCode = 0;
  };

  lines.forEach((line, index) => {
    const lineNumber = lineNumbers[index]!;
    const fields = IIS_FIELDS.exec(line);
    if (fields) {
      iisFields = (fields[1] ?? '').trim().split(/\s+/);
      return;
    }
    const row = iisFields && !open ? iisRow(line, iisFields) : undefined;
    if (row) {
      // One row is one exchange: the command and the status that answered it, whatever came before.
      const command = toCommand(row.command);
      if (command) commands.push(command);
      replies.push({
        code: row.code,
        text: '',
        lines: [String(row.code)],
        lineNumber,
        session: Math.max(sessions.length, 1),
        bare: false,
        iis: row.iis,
        ...(command ? { command } : {}),
      });
      if (sessions.length === 0) sessions.push({ lineNumber });
      count('iis-w3c');
      lastCommand = command;
      commandSinceReply = false;
      sessionReplies += 1;
      lastCode = row.code;
      return;
    }
    const said = clientLine(line);
    if (said) clientLines.push({ ...said, lineNumber, session: Math.max(sessions.length, 1) });
    const connect = connectLine(line);
    // curl logs a passive data connection like a control connection; a 227 or 229 reply is waiting for it.
    if (connect && !(connect.maybeData && (lastCode === 227 || lastCode === 229))) {
      startSession(lineNumber, connect.host);
      return;
    }
    const c = classify(line, ftpClient);
    const bareReply = c.kind === 'other' && !explicit ? REPLY_START.exec(line) : null;

    if (open) {
      const payload = c.kind === 'reply' ? c.payload : c.kind === 'other' && open.bare ? c.line : undefined;
      if (payload === undefined) return; // status or command lines inside a reply belong to the client
      open.lines.push(payload);
      if (payload.startsWith(`${open.code} `) || payload === String(open.code)) open = undefined;
      return;
    }

    if (c.kind === 'command') {
      const command = toCommand(c.payload);
      // ProFTPD logs one command many times (once per module and phase, first by its verb alone): the lines
      // before its reply are one command, the fullest of them.
      if (command && c.format === 'proftpd-log' && commandSinceReply && lastCommand?.verb === command.verb) {
        if (command.line.length > lastCommand.line.length) lastCommand.line = command.line;
        return;
      }
      if (command) {
        commands.push(command);
        lastCommand = command;
        commandSinceReply = true;
        count(c.format);
      }
      return;
    }

    const payload = c.kind === 'reply' ? c.payload : bareReply ? line : undefined;
    if (payload === undefined) return;
    const m = REPLY_START.exec(payload);
    if (!m) return;
    const code = Number(m[1]);
    // tnftp prints some replies twice; a server never repeats a reply with no command between.
    const previous = replies[replies.length - 1];
    if (
      c.kind !== 'reply' &&
      !commandSinceReply &&
      previous &&
      previous.code === code &&
      previous.text === (m[3] ?? '').trim() &&
      m[2] === ' '
    )
      return;
    // The log's first session starts at its first reply unless a connection line came before.
    if (sessions.length === 0) sessions.push({ lineNumber });
    else if (code === 220 && sessionReplies > 0 && isGreeting(lastCommand, commandSinceReply, lastCode))
      startSession(lineNumber);
    const reply: TranscriptReply & { bare: boolean } = {
      code,
      text: (m[3] ?? '').trim(),
      lines: [payload],
      lineNumber,
      session: sessions.length,
      bare: c.kind !== 'reply',
      ...(lastCommand ? { command: lastCommand } : {}),
    };
    count(c.kind === 'reply' ? c.format : ftpClient ? 'ftp-client' : 'bare');
    replies.push(reply);
    sessionReplies += 1;
    lastCode = code;
    commandSinceReply = false;
    if (m[2] === '-') open = reply;
  });

  return {
    replies: replies.map(({ bare: _bare, ...r }) => r),
    commands,
    formats: [...formatCount].sort((a, b) => b[1] - a[1]).map(([f]) => f),
    sessions,
    clientLines,
  };
}

/**
 * Whether a 220 is a new connection's greeting rather than an answer. It is when the server had closed the
 * connection (221, 421), when the client had sent QUIT (the 221 was lost with the connection), or when no command
 * was waiting for an answer (and no 120 announced it, RFC 959, section 5.4). Servers answer more than REIN and HOST
 * with 220 (Pure-FTPd "220 Active mode is disabled" to PORT; pyftpdlib to EPSV ALL): while a command waits, a 220 is
 * its answer.
 */
function isGreeting(lastCommand: CommandLine | undefined, commandSinceReply: boolean, lastCode: number): boolean {
  if (lastCode === 221 || lastCode === 421) return true;
  if (commandSinceReply) return lastCommand?.verb === 'QUIT';
  return lastCode !== 120;
}
