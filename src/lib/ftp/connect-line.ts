/**
 * Lines where a client says it opens a control connection: each starts a new session in a pasted log. Pure: the
 * transcript parser (transcript.ts) asks about every line, and keeps the session bookkeeping itself.
 */

/** A connection a client logged: the server's IPv4 address when the line names one. */
export interface ConnectLine {
  host?: string;
  /**
   * curl logs its passive data connections with the same `Trying` and `Connected to` lines as its control
   * connections: such a line starts a session only when no 227 or 229 reply is waiting for its data connection.
   */
  maybeData?: boolean;
}

const STAMP = String.raw`\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?`;

/** Connection lines of each client, the part after the prefix holding the address. */
const CONNECTS: readonly { re: RegExp; maybeData?: boolean }[] = [
  // FileZilla: "Status:\tResolving address of ftp.example.org", "Status:\tConnecting to 192.0.2.7:21...".
  {
    re: new RegExp(
      String.raw`^(?:${STAMP}\s+\d+\s+\d+\s+|\d{2}:\d{2}:\d{2}\s+)?Status:\s*(?:Resolving address of|Connecting to)\s(.*)$`,
    ),
  },
  // lftp debug, also with log:show-pid and log:show-time: "---- Connecting to ftp.example.org (192.0.2.7) port 21".
  { re: new RegExp(String.raw`^(?:\[\d+\] )?(?:${STAMP} )?---- Connecting to\s(.*)$`) },
  // WinSCP: ". 2026-11-27 17:49:05.046 Connecting to 127.0.0.1:2122 ...".
  { re: new RegExp(String.raw`^\. ${STAMP} Connecting to\s(.*)$`) },
  // curl -v: "*   Trying 127.0.0.1:21...", "* Connected to host (127.0.0.1) port 21 (#0)".
  { re: /^\*\s+(?:Trying|Connected to)\s(.*)$/, maybeData: true },
  // tnftp and GNU inetutils ftp: "Connected to 127.0.0.1.".
  { re: /^Connected to\s(\S+?)\.?$/ },
  // The capture harness (scripts/capture/): "# connected to 127.0.0.1:2121 from 127.0.0.1:52768".
  { re: /^# connected to\s(\S+?) from/ },
];

const IPV4 = /(?:^|[^\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/;

/**
 * The connection a line announces, or undefined when it announces none. Data connections (lftp's "Connecting data
 * socket", curl's "Connecting to") are not control connections.
 *
 * @example connectLine('---- Connecting to 127.0.0.1 (127.0.0.1) port 2722') // -> { host: '127.0.0.1' }
 * @example connectLine('*   Trying 127.0.0.1:40401...') // -> { host: '127.0.0.1', maybeData: true }
 * @example connectLine('---- Connecting data socket to (127.0.0.1) port 40071') // -> undefined
 */
export function connectLine(line: string): ConnectLine | undefined {
  // Every connection line starts with one of these characters: a cheap test for the many lines that are not.
  if (!/^[\dS.*#C[-]/.test(line)) return undefined;
  for (const { re, maybeData } of CONNECTS) {
    const m = re.exec(line);
    if (!m) continue;
    const host = IPV4.exec(m[1] ?? '')?.[1];
    return { ...(host ? { host } : {}), ...(maybeData ? { maybeData } : {}) };
  }
  return undefined;
}
