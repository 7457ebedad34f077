/**
 * Explaining a parsed session log: each reply with its name, what it means
 * for the command it answers, and whether it is a failure; then a summary of
 * the session and findings for the patterns that have a known cause.
 */
import { isReplyCode } from './reply-codes.ts';
import { replyTopic, type ReplyTopic } from './reply-text.ts';
import { matchMessages, PLACEHOLDER, type MessagePattern } from './server-messages.ts';
import type { ClientLine, Transcript, TranscriptReply } from './transcript.ts';

/** A catalogued server message with a page of its own, as the explainer links it. */
export interface CatalogueMessage {
  code: number;
  /** The text with {placeholders}. */
  text: string;
  /** The server's name as written, e.g. "vsftpd". */
  server: string;
  url: string;
}

/** A catalogued client error wording, as the explainer links it. */
export interface CatalogueClientError {
  /** The client's folder name (client-line.ts ClientId), e.g. "curl". */
  client: string;
  text: string;
  url: string;
}

/** The catalogue texts the explainer matches replies and client lines against (src/lib/site/explain-catalogue.ts). */
export interface ExplainCatalogue {
  /** The operating system error texts `{error}` stands for (OS_ERRORS). */
  errors: readonly string[];
  messages: readonly CatalogueMessage[];
  clients: readonly CatalogueClientError[];
  /** Each recognised client's name as its pages write it ("FileZilla"), by folder name. */
  clientNames: Readonly<Record<string, string>>;
}

/** What the explainer needs to know about the site's codes, commands and catalogues (built from content). */
export interface ExplainData {
  codes: Record<string, { name: string; summary: string; status: string }>;
  /** Command verb -> code -> what the code means for that command (from the command files). */
  notes: Record<string, Record<string, string>>;
  catalogue: ExplainCatalogue;
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
  /** The session (control connection) it belongs to, 1-based. */
  session: number;
  /** On the first reply of each session after the first: where that session starts. */
  startsSession?: { number: number; lineNumber: number };
  /** The catalogued server message its text is, when that message has a page. */
  message?: { server: string; text: string; url: string };
}

export interface Finding {
  /** The code the finding is about. */
  code: number;
  text: string;
  /** The line of the reply that led to it. */
  lineNumber: number;
  /** A page that says more than the code's page: the catalogued message. */
  page?: { title: string; url: string };
}

export type LoginState = 'yes' | 'no' | 'failed';

/** One control connection of the log. */
export interface SessionSummary {
  number: number;
  /** The line that opened it. */
  lineNumber: number;
  loggedIn: LoginState;
  replies: number;
  failures: number;
}

/** A line where the client reported an error or a decision of its own. */
export interface ClientEvent {
  lineNumber: number;
  session: number;
  /** The client's folder name, e.g. "curl". */
  client: string;
  /** Its name as its pages write it, e.g. "FileZilla". */
  clientName: string;
  text: string;
  /** Its page, or its row on the client's page, when the client catalogue has the text. */
  url?: string;
}

export interface Explanation {
  replies: ExplainedReply[];
  /** Whether any session logged in ('yes'), else whether a login was refused ('failed'). */
  loggedIn: LoginState;
  sessions: SessionSummary[];
  clientEvents: ClientEvent[];
  transfers: { command: string; code: number; ok: boolean }[];
  firstFailure?: ExplainedReply;
  /** What to check, those about the first failure first. */
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

/** The private IPv4 ranges (10/8, 172.16/12, 192.168/16), where a server behind NAT usually lives. */
export function isPrivateIPv4(host: string): boolean {
  const [a, b] = host.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

export type AddressKind = 'private' | 'loopback' | 'unspecified';

/**
 * Whether a client elsewhere cannot use an IPv4 address a 227 reply announced: a private address, a loopback address
 * (127.x.x.x, the server's own machine) or the unspecified address 0.0.0.0 (no address at all). Common practice for
 * these ranges, not a rule of the FTP RFCs.
 *
 * @example addressKind('127.0.0.1') // -> 'loopback'
 * @example addressKind('192.0.2.10') // -> undefined
 */
export function addressKind(host: string): AddressKind | undefined {
  if (host === '0.0.0.0') return 'unspecified';
  if (host.split('.')[0] === '127') return 'loopback';
  return isPrivateIPv4(host) ? 'private' : undefined;
}

const ADDRESS_NOTES: Record<AddressKind, string> = {
  private: 'a private address',
  loopback: "a loopback address: only the server's own machine reaches it",
  unspecified: 'the unspecified address: no machine can be reached at it',
};

const TRANSFERS = new Set(['RETR', 'STOR', 'STOU', 'APPE', 'LIST', 'NLST', 'MLSD']);
const DATA_FAILURES = new Set([425, 426, 421]);

/** The catalogue grouped for matching: server messages by code, client wordings by client. Built once per data. */
interface Matchers {
  byCode: Map<number, CatalogueMessage[]>;
  byClient: Map<string, (MessagePattern & { url: string })[]>;
}
const matchers = new WeakMap<ExplainCatalogue, Matchers>();

function matchersOf(catalogue: ExplainCatalogue): Matchers {
  let m = matchers.get(catalogue);
  if (!m) {
    m = { byCode: new Map(), byClient: new Map() };
    for (const message of catalogue.messages)
      m.byCode.set(message.code, [...(m.byCode.get(message.code) ?? []), message]);
    // Code 0 marks a client wording for matchMessages: it is found at the end of the line.
    for (const e of catalogue.clients)
      m.byClient.set(e.client, [...(m.byClient.get(e.client) ?? []), { code: 0, text: e.text, url: e.url }]);
    matchers.set(catalogue, m);
  }
  return m;
}

/** The reply's text with its continuation lines, for the rules that read what it says. */
function fullText(reply: TranscriptReply): string {
  return reply.lines.map((l) => l.replace(/^\d{3}[ -]?/, '').trim()).join(' ');
}

function explainOne(
  reply: TranscriptReply,
  data: ExplainData,
  message: ExplainedReply['message'],
  host: string | undefined,
): ExplainedReply {
  const info = data.codes[String(reply.code)];
  const verb = reply.command?.verb;
  const note = verb ? data.notes[verb]?.[String(reply.code)] : undefined;
  const fatal = reply.code === 500 && replyTopic(reply.text) === 'fatal';
  const out: ExplainedReply = {
    code: reply.code,
    text: reply.text,
    lineNumber: reply.lineNumber,
    session: reply.session,
    name: info?.name ?? 'Not in this reference',
    meaning: fatal
      ? 'vsftpd met a fatal error, sent its reason and ended the session: the line is not an answer to the command before it.'
      : (note ??
        info?.summary ??
        'This site has no page for this code; its first digit still says how it ended (RFC 959, section 4.2).'),
    failure: isReplyCode(reply.code) && reply.code >= 400 && reply.code < 600,
    ...(reply.command ? { command: reply.command.line } : {}),
    ...(reply.iis ? { iis: reply.iis } : {}),
    hasPage: info !== undefined,
    ...(message ? { message } : {}),
  };
  if (reply.code === 227) {
    const d = decode227(reply.text);
    // An address the client connected to is one it can reach, whatever its range.
    const kind = d && d.host !== host ? addressKind(d.host) : undefined;
    if (d) out.decoded = `address ${d.host}, port ${d.port}${kind ? ` (${ADDRESS_NOTES[kind]})` : ''}`;
  } else if (reply.code === 229) {
    const port = decode229(reply.text);
    if (port) out.decoded = `port ${port} at the address of the control connection`;
  }
  return out;
}

/** A catalogue text for a link's words: placeholders become "…". */
const plain = (text: string) => text.replace(PLACEHOLDER, '…');

const TOPIC_FINDINGS: Record<Exclude<ReplyTopic, 'fatal' | 'timeout'>, string> = {
  'tls-required':
    'The server accepts this session only over TLS (FTPS), as its reply says: connect with explicit FTPS (AUTH TLS), or implicit FTPS if the server is set up for it. The password was not the problem.',
  'tls-data':
    "A TLS protection mismatch: compare the client's PROT setting and TLS session reuse with what the server requires.",
  limit:
    "The server turned the session or transfer away because one of its limits was reached, as its reply says: not because of the password or a permission. Close other sessions (or lower the client's parallel connections), wait and retry; the administrator can raise the limit.",
};

/**
 * Explain a parsed log.
 *
 * @example explain(parseTranscript('S: 220 Ready\nC: USER a\nS: 530 No'), data).loggedIn // -> 'failed'
 */
export function explain(transcript: Transcript, data: ExplainData): Explanation {
  const { byCode, byClient } = matchersOf(data.catalogue);
  const errors = data.catalogue.errors;
  // Logs repeat the same replies: match each distinct one once.
  const messageOf = new Map<string, ExplainedReply['message']>();
  const matchReply = (r: TranscriptReply) => {
    const line = `${r.code} ${r.text}`;
    if (!messageOf.has(line)) {
      const m = matchMessages(line, byCode.get(r.code) ?? [], errors)[0];
      messageOf.set(line, m ? { server: m.server, text: m.text, url: m.url } : undefined);
    }
    return messageOf.get(line);
  };
  const hostOf = (session: number) => transcript.sessions[session - 1]?.host;
  const replies = transcript.replies.map((r, i) => {
    const out = explainOne(r, data, matchReply(r), hostOf(r.session));
    if (r.session > 1 && transcript.replies[i - 1]?.session !== r.session)
      out.startsSession = {
        number: r.session,
        lineNumber: transcript.sessions[r.session - 1]?.lineNumber ?? r.lineNumber,
      };
    return out;
  });
  const verbOf = (i: number) => transcript.replies[i]?.command?.verb;

  const sessions: SessionSummary[] = transcript.sessions.map((s, i) => ({
    number: i + 1,
    lineNumber: s.lineNumber,
    loggedIn: 'no',
    replies: 0,
    failures: 0,
  }));
  const transfers: Explanation['transfers'] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const find = (r: ExplainedReply, text: string, page?: Finding['page']) => {
    if (!seen.has(text)) findings.push({ code: r.code, text, lineNumber: r.lineNumber, ...(page ? { page } : {}) });
    seen.add(text);
  };
  // The last 227 of the session announced an address a client elsewhere cannot use.
  let oddPasv: { host: string; kind: AddressKind } | undefined;

  replies.forEach((r, i) => {
    const verb = verbOf(i);
    const session = sessions[r.session - 1]!;
    if (r.startsSession) oddPasv = undefined;
    session.replies += 1;
    if (r.failure) session.failures += 1;
    if (r.code === 230 || r.code === 232) session.loggedIn = 'yes';
    else if (r.code === 530 && (verb === 'PASS' || verb === 'USER') && session.loggedIn !== 'yes')
      session.loggedIn = 'failed';

    if (verb && TRANSFERS.has(verb) && r.code >= 200 && r.code < 600) {
      transfers.push({ command: transcript.replies[i]!.command!.line, code: r.code, ok: r.code < 300 });
    }

    if (r.code === 227) {
      const d = decode227(r.text);
      const kind = d && d.host !== hostOf(r.session) ? addressKind(d.host) : undefined;
      oddPasv = d && kind ? { host: d.host, kind } : undefined;
    }
    if (!r.failure) return;
    const reply = transcript.replies[i]!;
    const topic = replyTopic(r.text) ?? replyTopic(fullText(reply));

    if (topic === 'fatal') {
      find(
        r,
        `The server stopped with a fatal error ("${r.text}"). vsftpd sends "500 OOPS:" when its configuration or the system fails for this session, whatever the client sent; the session is gone, and the fix is on the server.`,
        r.message ? { title: `${r.message.server}: ${plain(r.message.text)}`, url: r.message.url } : undefined,
      );
    } else if (topic === 'tls-required' || topic === 'tls-data' || topic === 'limit') {
      find(r, TOPIC_FINDINGS[topic]);
    } else if (DATA_FAILURES.has(r.code) && oddPasv) {
      find(r, pasvFinding(oddPasv, r.code));
    } else if (r.code === 421 && topic === 'timeout') {
      find(
        r,
        'The server closed the control connection after a time-out, as its reply says: reconnect; if it happens during long transfers or pauses, keep the session busy or ask for a longer idle time.',
      );
    } else if (
      r.code === 425 &&
      (verb === 'PORT' || verb === 'EPRT' || (verb && TRANSFERS.has(verb) && lastModeWasActive(transcript, i)))
    ) {
      find(
        r,
        "Active mode: the server could not connect back to the client. Switch to passive mode (PASV or EPSV), or open the client's firewall.",
      );
    } else if (r.code === 425) {
      find(
        r,
        "The data connection could not be opened: a firewall probably blocks the server's passive ports or the client's outgoing connections to them.",
      );
    } else if (r.code === 530 && (verb === 'PASS' || verb === 'USER')) {
      find(
        r,
        'The login was refused: check the user name and password, and whether the account may use FTP (or needs TLS first).',
      );
    } else if (r.code === 421) {
      find(
        r,
        'The server closed the control connection (a shutdown, a limit or a time-out; its text may say which): reconnect, and read the text for the reason.',
      );
    } else if ((r.code === 550 || r.code === 553) && verb && ['STOR', 'STOU', 'APPE', 'MKD'].includes(verb)) {
      find(
        r,
        `The server refused to write (${verb}): check the directory's write permission, the file name and the quota.`,
      );
    } else if (r.code === 550 && verb && ['RETR', 'SIZE', 'MDTM', 'CWD', 'DELE', 'RNFR'].includes(verb)) {
      find(r, `The path given to ${verb} does not exist or may not be used: check the exact name and the permissions.`);
    } else if ([521, 522, 534, 536].includes(r.code)) {
      find(r, TOPIC_FINDINGS['tls-data']);
    } else if (r.code === 552 || r.code === 452) {
      find(r, 'Storage ran out (a quota or a full disk) on the server.');
    }
  });

  const firstFailure = replies.find((r) => r.failure);
  // "What to check" starts with what explains the first failure; the rest keep their order.
  const ordered = firstFailure
    ? [
        ...findings.filter((f) => f.lineNumber === firstFailure.lineNumber),
        ...findings.filter((f) => f.lineNumber !== firstFailure.lineNumber),
      ]
    : findings;
  const states = sessions.map((s) => s.loggedIn);
  const loggedIn: LoginState = states.includes('yes') ? 'yes' : states.includes('failed') ? 'failed' : 'no';
  return {
    replies,
    loggedIn,
    sessions,
    clientEvents: clientEvents(transcript.clientLines, byClient, data.catalogue),
    transfers,
    findings: ordered,
    ...(firstFailure ? { firstFailure } : {}),
  };
}

/** How many different client lines the summary lists; the reply list and the log hold the rest. */
const CLIENT_LINES = 8;

/**
 * The client's lines for a summary, each text once with its first line and how often it came.
 *
 * @example clientSaid(explanation)[0] // -> { client: 'curl', text: 'curl: (28) Timeout was reached', count: 1, ... }
 */
export function clientSaid(e: Explanation): (ClientEvent & { count: number })[] {
  const byText = new Map<string, ClientEvent & { count: number }>();
  for (const c of e.clientEvents) {
    const seen = byText.get(c.text);
    if (seen) seen.count += 1;
    else if (byText.size < CLIENT_LINES) byText.set(c.text, { ...c, count: 1 });
  }
  return [...byText.values()];
}

/**
 * The sessions in one line, with where each starts and how its login went.
 *
 * @example sessionsLine(explanation) // -> '2 sessions: session 1 from line 3: login refused; session 2 from line 37: logged in.'
 */
export function sessionsLine(e: Explanation): string {
  const state = { yes: 'logged in', no: 'no login', failed: 'login refused' } as const;
  const parts = e.sessions.map(
    (s) => `session ${s.number} from line ${s.lineNumber}: ${s.replies === 0 ? 'no reply' : state[s.loggedIn]}`,
  );
  return `${e.sessions.length} sessions: ${parts.join('; ')}.`;
}

/** The client's lines with the catalogue entry each is, matched once per distinct text. */
function clientEvents(
  lines: readonly ClientLine[],
  byClient: Matchers['byClient'],
  { errors, clientNames }: ExplainCatalogue,
) {
  const urls = new Map<string, string | undefined>();
  return lines.map((c): ClientEvent => {
    const key = `${c.client} ${c.text}`;
    if (!urls.has(key)) urls.set(key, matchMessages(c.text, byClient.get(c.client) ?? [], errors)[0]?.url);
    const url = urls.get(key);
    const clientName = clientNames[c.client] ?? c.client;
    return {
      lineNumber: c.lineNumber,
      session: c.session,
      client: c.client,
      clientName,
      text: c.text,
      ...(url ? { url } : {}),
    };
  });
}

/** The finding for a 227 address a client elsewhere cannot use, followed by a failed data connection. */
function pasvFinding({ host, kind }: { host: string; kind: AddressKind }, code: number): string {
  const fix =
    'Use EPSV, let the client ignore the PASV address, or have the server announce the address clients connect to.';
  if (kind === 'private')
    return `The server announced the private address ${host} in its 227 reply, and the data connection then failed with ${code}: a passive-mode NAT problem. Use EPSV, let the client ignore the PASV address, or have the server announce its public address.`;
  if (kind === 'loopback')
    return `The server announced the loopback address ${host} in its 227 reply, and the data connection then failed with ${code}: that address names the server's own machine, which no other machine reaches. ${fix}`;
  return `The server announced 0.0.0.0 in its 227 reply, and the data connection then failed with ${code}: no client can connect to that address. ${fix}`;
}

/** Whether the last data-connection setup before reply `i`, in its session, was PORT or EPRT. */
function lastModeWasActive(transcript: Transcript, i: number): boolean {
  const session = transcript.replies[i]?.session;
  for (let j = i; j >= 0 && transcript.replies[j]?.session === session; j--) {
    const verb = transcript.replies[j]?.command?.verb;
    if (verb === 'PORT' || verb === 'EPRT') return true;
    if (verb === 'PASV' || verb === 'EPSV') return false;
  }
  return false;
}

/**
 * Build the explainer's data from the content: names and summaries of codes, reply notes of commands, and the
 * catalogue texts (src/lib/site/explain-catalogue.ts builds them with their URLs).
 */
export function explainData(
  codes: readonly { code: number; data: { name: string; summary: string; status: string } }[],
  commands: readonly { data: { kind: string; command: string; replyNotes: Record<string, string> } }[],
  catalogue: ExplainCatalogue,
): ExplainData {
  return {
    catalogue,
    codes: Object.fromEntries(
      codes.map((c) => [String(c.code), { name: c.data.name, summary: c.data.summary, status: c.data.status }]),
    ),
    notes: Object.fromEntries(
      commands.filter((c) => c.data.kind === 'command').map((c) => [c.data.command, c.data.replyNotes]),
    ),
  };
}
