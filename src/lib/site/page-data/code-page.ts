/**
 * Everything a code page (`/codes/550`, design.md 5) shows beyond its
 * Markdown body: the header, the fact box, the sections, the commands that
 * return it, related codes, references, the ticket note and its neighbours.
 */
import type { CodeData, CommandData } from '../../content/schema.ts';
import { retryAdvice } from '../../ftp/code-facts.ts';
import { PHASES } from '../../ftp/phases.ts';
import { RELATED_KINDS, relatedCodes } from '../../ftp/related.ts';
import { functionGroup, isReplyCode, replyClass } from '../../ftp/reply-codes.ts';
import type { RfcCitation } from '../../ftp/rfc.ts';
import {
  commandLabel,
  eventOccasion,
  groupReturnedBy,
  isBaseSequence,
  phaseInfo,
  returnedBy,
  type CommandEntry,
  type ReturnedBy,
} from '../../ftp/sequences.ts';
import { OG_HEIGHT, OG_WIDTH } from '../og-image.ts';
import { messagesForCode, type MessageView } from '../server-messages.ts';
import { clientsForCode, type ClientsForCode } from '../client-errors.ts';
import { guidesFor, type GuideLink } from '../guides.ts';
import { ogImageUrl } from '../urls.ts';
import { contentIndex, type SiteContent } from '../site-content.ts';
import { statusInfo } from '../status.ts';
import { codeArticle } from '../structured-data.ts';
import { codeTicketNote } from '../ticket-note.ts';
import { codeTitle } from '../titles.ts';
import { absoluteUrl, codesIndexUrl, codeUrl, homeUrl, serverCodeUrl } from '../urls.ts';
import { whatToDo, type WhatToDoSide } from '../what-to-do.ts';
import { pageFrame, type PageFrame } from './frame.ts';

type Source = { title: string; url: string; about?: string | undefined };

/** The fact box: what the number says, and where it is defined. */
export interface CodeFactsBox {
  /** Only for codes that are not standard. */
  status?: { label: string; explanation: string } | undefined;
  /** Class, group, finality and retry advice; only for FTP replies. */
  reply?:
    | {
        cls: { digit: number; name: string; nextStep: string };
        /** Undefined for protected replies (6yz): RFC 2228 gives them no function group. */
        group?: { digit: number; name: string; about: string } | undefined;
        final: string;
        retry: string;
      }
    | undefined;
  definedIn: RfcCitation[];
  sources: Source[];
}

/** A command in "Returned by"; `rfc` is the later RFC's section that lists the code for it, if not RFC 959 5.4. */
export interface ReturnedByCommand {
  id: string;
  label: string;
  rfc?: RfcCitation | undefined;
}

/** An event that can bring the code without a command (connection establishment), shown apart from the commands. */
export interface ReturnedByEvent {
  id: string;
  /** When it happens, e.g. "When the connection opens (the greeting)". */
  occasion: string;
  /** Phase labels, in session order. */
  phases: string[];
  meaning: string;
}

/** "Returned by": a sentence, a line of commands per phase, or a row per command; events apart. */
export type ReturnedBySection =
  | { kind: 'not-ftp' }
  | { kind: 'none' }
  /** A protected reply (6yz): any command's reply can come wrapped in it (RFC 2228 8.2). */
  | { kind: 'wraps-any' }
  | {
      kind: 'by-phase';
      /** Commands, not counting events. */
      commandCount: number;
      events: ReturnedByEvent[];
      /** One group per phase, in session order. */
      groups: { phase: string; commands: ReturnedByCommand[] }[];
    }
  | {
      kind: 'table';
      events: ReturnedByEvent[];
      /** One row per command, with every phase it can return the code in. */
      rows: {
        id: string;
        label: string;
        phases: { label: string; addedBy?: RfcCitation | undefined }[];
        meaning: string;
      }[];
    };

export interface CodePage {
  frame: PageFrame;
  code: number;
  name: string;
  summary: string;
  /** The reply text: the RFC's, or for a code no RFC defines, the usual text or the Windows message. */
  text: string;
  /** What `text` is, by the code's status (statusInfo().textLabel). */
  textLabel: string;
  /** "What to do", right under the summary: the first steps of the page's own fix sections. */
  whatToDo: WhatToDoSide[];
  facts: CodeFactsBox;
  /** The links under the header, in page order. */
  sections: { id: string; text: string }[];
  meanings: CodeData['meanings'];
  returnedBy: ReturnedBySection;
  /** The guides that cover this code. */
  guides: GuideLink[];
  /** How clients show this code: the errors it causes (a few per client) and the names libraries give it. */
  clients?: ClientsForCode | undefined;
  /** What the catalogue's servers send with this code; undefined when it knows none. */
  serverMessages?: { shown: MessageView[]; more: { server: string; count: number; url: string }[] } | undefined;
  /** Related codes grouped by kind, in page order (RELATED_KINDS); empty groups left out. */
  related: { heading: string; codes: { code: number; name: string; reason: string }[] }[];
  compared: { code: number; name: string }[];
  references: { citations: RfcCitation[]; sources: Source[] };
  ticket: string;
  prev?: { code: number; name: string } | undefined;
  next?: { code: number; name: string } | undefined;
}

/** Past this many rows, "Returned by" lists commands per phase instead of a row per command. */
const MAX_ROWS = 12;
/** How many messages per server "What servers say" shows; the rest are a link to the server page. */
const PER_SERVER = 4;
/** How many comparisons "Often compared" lists. */
const COMPARED = 6;

/**
 * @example codePage(content, 550, { headings, site }).facts.reply?.cls.name // -> 'Permanent Negative Completion'
 */
export function codePage(
  content: SiteContent,
  code: number,
  { headings, site }: { headings: readonly { depth: number; slug: string; text: string }[]; site: URL },
): CodePage {
  const index = contentIndex(content);
  const at = content.codes.findIndex((c) => c.code === code);
  const source = content.codes[at];
  if (!source) throw new Error(`no code ${code} in the content`);
  const { data } = source;
  const rows = returnedBy(code, content.commands);
  const related = relatedCodes(code, {
    codes: [...index.names.keys()],
    seeAlso: data.seeAlso,
    commands: content.commands,
  });
  const compared = index.oftenCompared(code).slice(0, COMPARED);
  const serverMessages = serverMessagesSection(content, code);
  const clients = clientsSection(content, code);
  const url = absoluteUrl(codeUrl(code), site);
  const title = codeTitle(code, data.name);
  const neighbour = (c: { code: number; data: CodeData } | undefined) => c && { code: c.code, name: c.data.name };
  return {
    frame: pageFrame(
      {
        title,
        description: data.summary,
        path: codeUrl(code),
        jsonLd: [codeArticle({ code, name: data.name, summary: data.summary, title }, url, site)],
        image: { path: ogImageUrl(code), alt: `${code} ${data.name}`, width: OG_WIDTH, height: OG_HEIGHT },
        trail: [{ label: 'Home', href: homeUrl }, { label: 'Codes', href: codesIndexUrl }, { label: String(code) }],
      },
      site,
    ),
    code,
    name: data.name,
    summary: data.summary,
    text: data.text,
    textLabel: statusInfo(data.status).textLabel,
    whatToDo: whatToDo(source.body),
    facts: factsBox(code, data),
    sections: [
      { id: 'what-to-do', text: 'What to do' },
      ...(data.meanings.length > 0 ? [{ id: 'meanings', text: 'Meanings' }] : []),
      ...headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text })),
      ...(serverMessages ? [{ id: 'server-messages', text: 'What servers say' }] : []),
      ...(clients ? [{ id: 'clients', text: 'How clients show it' }] : []),
      { id: 'returned-by', text: 'Returned by' },
      ...(related.length + compared.length > 0 ? [{ id: 'related', text: 'Related' }] : []),
      { id: 'references', text: 'References' },
      { id: 'ticket-note', text: 'Ticket note' },
    ],
    meanings: data.meanings,
    returnedBy: returnedBySection(code, data.status === 'not-ftp', rows),
    serverMessages,
    clients,
    guides: guidesFor(content, { code }),
    related: RELATED_KINDS.map(({ kind, heading }) => ({
      heading,
      codes: related
        .filter((r) => r.kind === kind)
        .map((r) => ({ code: r.code, name: index.names.get(r.code) ?? '', reason: r.reason })),
    })).filter((g) => g.codes.length > 0),
    compared: compared.map((r) => ({ code: r.code, name: index.names.get(r.code)! })),
    references: {
      citations: [
        ...data.definedIn,
        ...data.meanings.flatMap((m) => (m.definedIn ? [m.definedIn] : [])),
        ...data.references,
        ...rows.map((r) => ({ ...r.from, about: 'command-reply sequences' })),
      ],
      sources: [...data.sources, ...data.meanings.flatMap((m) => (m.source ? [m.source] : []))],
    },
    ticket: codeTicketNote({
      code,
      status: data.status,
      name: data.name,
      summary: data.summary,
      body: source.body,
      url,
    }),
    prev: neighbour(content.codes[at - 1]),
    next: neighbour(content.codes[at + 1]),
  };
}

/** How many errors per client "How clients show it" lists; the client's page has the rest. */
const PER_CLIENT = 3;
/** An error caused by at most this many codes is about them; one caused by more stands for any error reply. */
const SPECIFIC = 4;

/**
 * "How clients show it": per client, the errors this code causes, most often met first, up to PER_CLIENT; and
 * the names libraries give the code.
 *
 * @example clientsSection(content, 550)?.names[0].name // -> 'FTPReply.FILE_UNAVAILABLE'
 */
export function clientsSection(content: SiteContent, code: number): ClientsForCode | undefined {
  const all = clientsForCode(content, code);
  if (!all) return undefined;
  // Per client, the errors about this code rather than any error reply: a generic entry only when it has no other.
  const errors = [...new Set(all.errors.map((e) => e.client))].flatMap((client) => {
    const own = all.errors.filter((e) => e.client === client);
    const specific = own.filter((e) => e.codes.length <= SPECIFIC);
    return (specific.length > 0 ? specific : own).slice(0, PER_CLIENT);
  });
  return { errors: errors.sort((a, b) => a.clientName.localeCompare(b.clientName)), names: all.names };
}

/**
 * "What servers say": per server, the messages with a page of their own and the most often met, up to
 * PER_SERVER; the others are counted and linked to the page of the server's texts for the code.
 *
 * @example serverMessagesSection(content, 530)?.shown[0].serverName // -> 'IIS FTP' (servers in id order)
 */
export function serverMessagesSection(content: SiteContent, code: number): CodePage['serverMessages'] {
  const all = messagesForCode(content, code);
  if (all.length === 0) return undefined;
  const shown: MessageView[] = [];
  const more: { server: string; count: number; url: string }[] = [];
  for (const server of content.servers) {
    const own = all.filter((m) => m.server === server.id);
    const first = [...own.filter((m) => m.hasPage), ...own.filter((m) => !m.hasPage)].slice(0, PER_SERVER);
    shown.push(...first);
    if (own.length > first.length) {
      more.push({
        server: server.data.name,
        count: own.length - first.length,
        url: serverCodeUrl(server.id, code),
      });
    }
  }
  return { shown, more };
}

/** The fact box's answer to "Final reply?", by the class's `final`. */
const FINAL = {
  true: 'Yes: no further reply follows for this command.',
  false: 'No: the exchange is not over yet.',
  null: 'It depends on the reply inside: any command can return its reply wrapped in this one (RFC 2228, section 8.2), and that reply says whether the exchange is over.',
} as const;

/**
 * The fact box of a code: its status when it is not standard, and what its digits say when it is an FTP reply.
 *
 * @example factsBox(450, data).reply?.final // -> 'Yes: no further reply follows for this command.'
 */
export function factsBox(
  code: number,
  data: Pick<CodeData, 'status' | 'definedIn' | 'sources' | 'retry'>,
): CodeFactsBox {
  const reply = isReplyCode(code) && data.status !== 'not-ftp';
  const cls = reply ? replyClass(code) : undefined;
  return {
    status: data.status === 'standard' ? undefined : statusInfo(data.status),
    reply: cls && {
      cls,
      group: functionGroup(code),
      final: FINAL[String(cls.final) as keyof typeof FINAL],
      retry: retryAdvice(code, data)!,
    },
    definedIn: data.definedIn,
    sources: data.sources,
  };
}

/**
 * "Returned by" for a code, from the rows of returnedBy(): events (connection establishment) apart from the
 * commands; more than MAX_ROWS commands become one line per phase, otherwise one row per command.
 *
 * @example returnedBySection(500, false, returnedBy(500, commands)).kind // -> 'by-phase'
 */
export function returnedBySection(
  code: number,
  notFtp: boolean,
  rows: ReturnType<typeof returnedBy>,
): ReturnedBySection {
  if (notFtp) return { kind: 'not-ftp' };
  if (rows.length === 0) return replyClass(code).digit === 6 ? { kind: 'wraps-any' } : { kind: 'none' };
  const meaning = (data: CommandData) => data.replyNotes[String(code)] ?? data.summary;
  const phasesOf = (id: string) => PHASES.filter((phase) => rows.some((r) => r.command.id === id && r.phase === phase));
  const isEvent = (r: ReturnedBy) => r.command.data.kind === 'event';
  const events = unique(rows.filter(isEvent).map((r) => r.command)).map((command) => ({
    id: command.id,
    occasion: eventOccasion(command),
    phases: phasesOf(command.id).map((phase) => phaseInfo(phase).label),
    meaning: meaning(command.data),
  }));
  const commandRows = rows.filter((r) => !isEvent(r));
  const commands = unique(commandRows.map((r) => r.command));
  if (commands.length > MAX_ROWS) {
    return {
      kind: 'by-phase',
      commandCount: commands.length,
      events,
      groups: groupReturnedBy(commandRows).map((g) => ({
        phase: phaseInfo(g.phase).label,
        commands: g.commands.map((m) => ({
          id: m.command.id,
          label: commandLabel(m.command.data),
          rfc: isBaseSequence(m.from) ? undefined : m.from,
        })),
      })),
    };
  }
  return {
    kind: 'table',
    events,
    rows: commands.map((command) => ({
      id: command.id,
      label: commandLabel(command.data),
      phases: PHASES.flatMap((phase) => {
        const row = commandRows.find((r) => r.command.id === command.id && r.phase === phase);
        return row ? [{ label: phaseInfo(phase).label, addedBy: row.added ? row.from : undefined }] : [];
      }),
      meaning: meaning(command.data),
    })),
  };
}

/** The commands of some rows, each once, in the order first met. */
function unique(commands: readonly CommandEntry[]): CommandEntry[] {
  return commands.filter((c, i) => commands.findIndex((d) => d.id === c.id) === i);
}
