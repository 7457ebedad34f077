/**
 * Lines where a client reports an error or a decision of its own (FileZilla's `Error:` lines, curl's verbose `*`
 * lines and its `curl: (N)` line, lftp's errors, WinSCP's `*` lines, a Python traceback's last line). The explainer
 * lists them next to the server's replies: a failed connection has no reply at all, and a client often says more
 * than the reply did. Pure: matching them against the client catalogue is the explainer's job.
 */

/** The clients whose lines are recognised: folder names of content/clients/. */
export type ClientId = 'filezilla' | 'winscp' | 'curl' | 'lftp' | 'python-ftplib';

/** What a client said on one line, without the log's prefixes. */
export interface ClientSaid {
  client: ClientId;
  text: string;
}

const STAMP = String.raw`\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?`;
const FILEZILLA_ERROR = new RegExp(String.raw`^(?:${STAMP}\s+\d+\s+\d+\s+|\d{2}:\d{2}:\d{2}\s+)?Error:\s*(\S.*)$`);
/** WinSCP's llException lines: an error reported to the user (tests/fixtures/transcripts/FORMATS.md). */
const WINSCP_ERROR = new RegExp(String.raw`^\* ${STAMP} (\S.*)$`);
const LFTP_PREFIX = String.raw`^(?:\[\d+\] )?(?:${STAMP} )?`;
/** lftp's command errors ("ls: Login failed: 530 ...") and its `****` error lines. */
const LFTP_ERROR = new RegExp(
  `${LFTP_PREFIX}((?:[a-z][\\w-]*: )?(?:Login failed|Access failed|Fatal error|Not connected)\\b.*|\\*{4} \\S.*)$`,
);
/** lftp's `----` lines that report a failure or a change of plan, not routine progress. */
const LFTP_NOTE = new RegExp(
  `${LFTP_PREFIX}(---- .*(?:refused|failed|error|timed out|timeout|incorrect|ignored|has been fixed|Switching passive mode off|retrying).*)$`,
  'i',
);
const CURL_EXIT = /^(curl: \(\d+\) .*)$/;
/** curl -v lines that report a failure or a fallback (not its progress, TLS handshake or certificate lines). */
const CURL_NOTE =
  /^\* (?!sa_addr)(?=\S)(.*(?:fail|refused|denied|not accepted|timed out|timeout|does not exist|problem|Bad |error|closed with|unaligned|response: \d|disabling|Skip ).*)$/i;
/** curl's retry notice: "Warning: Problem : timeout. Will retry in 8 seconds. 3 retries left.". */
const CURL_RETRY = /^(Warning: Problem .*)$/;
/** The last line of a Python traceback: "ftplib.error_perm: 530 Login incorrect.", "ConnectionRefusedError: ...". */
const PYTHON_ERROR =
  /^((?:[a-z_]\w*\.)*(?:error_(?:perm|temp|reply|proto)|[A-Z]\w+(?:Error|Exception)|timeout)(?:: .*)?)$/;

const RULES: readonly [RegExp, ClientId][] = [
  [WINSCP_ERROR, 'winscp'],
  [FILEZILLA_ERROR, 'filezilla'],
  [LFTP_ERROR, 'lftp'],
  [LFTP_NOTE, 'lftp'],
  [CURL_EXIT, 'curl'],
  [CURL_NOTE, 'curl'],
  [CURL_RETRY, 'curl'],
  [PYTHON_ERROR, 'python-ftplib'],
];

/**
 * What the client said on a line, or undefined for the log's other lines.
 *
 * @example clientLine('Error:\tCould not connect to server') // -> { client: 'filezilla', text: 'Could not connect to server' }
 * @example clientLine('* Failed EPSV attempt. Disabling EPSV') // -> { client: 'curl', text: 'Failed EPSV attempt. Disabling EPSV' }
 * @example clientLine('ls: Login failed: 530 Login incorrect.') // -> { client: 'lftp', text: 'ls: Login failed: 530 Login incorrect.' }
 * @example clientLine('* Connected to 127.0.0.1 (127.0.0.1) port 21 (#0)') // -> undefined
 */
export function clientLine(line: string): ClientSaid | undefined {
  // A reply or a command line of any format never is one: skip them cheaply.
  if (/^(?:<|>|S:|C:|\*(?:resp|cmd)\*)/.test(line)) return undefined;
  const trimmed = line.trimEnd();
  for (const [re, client] of RULES) {
    const m = re.exec(trimmed);
    if (m?.[1]) return { client, text: m[1] };
  }
  return undefined;
}
