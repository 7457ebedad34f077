/**
 * Reading an FTP session log as people paste it: the server's replies, in
 * order, each once, with the command each answers. Handles the log formats
 * of a raw dialogue (C:/S:), curl -v, lftp debug, the classic ftp clients
 * (tnftp, GNU inetutils: "---> CMD" and bare reply lines), FileZilla,
 * WinSCP, Python ftplib's debug output (`*cmd* '...'`, `*resp* '...'`), and
 * bare reply lines, also mixed in one paste. Multi-line replies
 * follow RFC 959 section 4.2. Pure and synchronous: no DOM, no network.
 */

export type Format = 'raw' | 'curl' | 'lftp' | 'ftp-client' | 'filezilla' | 'winscp' | 'ftplib' | 'bare';

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
}

export interface Transcript {
  replies: TranscriptReply[];
  commands: CommandLine[];
  /** Formats recognised, most frequent first. */
  formats: Format[];
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
 * Mask the argument of PASS (and nothing else).
 *
 * @example maskCommand('PASS hunter2') // -> 'PASS ********'
 */
export function maskCommand(line: string): string {
  return /^pass(\s|$)/i.test(line.trim()) ? 'PASS ********' : line.trim();
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
    return c.kind === 'reply';
  });
  // "---> CMD" without any "<--- " reply line is tnftp or inetutils: their replies are bare lines.
  const ftpClient = !explicit && lines.some((l) => l.startsWith('---> '));
  const replies: (TranscriptReply & { bare: boolean })[] = [];
  const commands: CommandLine[] = [];
  const formatCount = new Map<Format, number>();
  let open: (TranscriptReply & { bare: boolean }) | undefined;
  let lastCommand: CommandLine | undefined;
  let commandSinceReply = true;

  const count = (f: Format) => formatCount.set(f, (formatCount.get(f) ?? 0) + 1);

  lines.forEach((line, index) => {
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
    const reply: TranscriptReply & { bare: boolean } = {
      code: Number(m[1]),
      text: (m[3] ?? '').trim(),
      lines: [payload],
      lineNumber: lineNumbers[index]!,
      bare: c.kind !== 'reply',
      ...(lastCommand ? { command: lastCommand } : {}),
    };
    // tnftp prints some replies twice; a server never repeats a reply with no command between.
    const previous = replies[replies.length - 1];
    if (
      reply.bare &&
      !commandSinceReply &&
      previous &&
      previous.code === reply.code &&
      previous.text === reply.text &&
      m[2] === ' '
    )
      return;
    count(c.kind === 'reply' ? c.format : ftpClient ? 'ftp-client' : 'bare');
    replies.push(reply);
    commandSinceReply = false;
    if (m[2] === '-') open = reply;
  });

  return {
    replies: replies.map(({ bare: _bare, ...r }) => r),
    commands,
    formats: [...formatCount].sort((a, b) => b[1] - a[1]).map(([f]) => f),
  };
}
