/**
 * Everything a code page (`/codes/550`, design.md 5) shows beyond its
 * Markdown body: the header, the fact box, the sections, the commands that
 * return it, related codes, references, the ticket note and its neighbours.
 */
import type { CodeData } from '../../content/schema.ts';
import { retryAdvice } from '../../ftp/code-facts.ts';
import { RELATED_KINDS, relatedCodes } from '../../ftp/related.ts';
import { functionGroup, isReplyCode, replyClass } from '../../ftp/reply-codes.ts';
import type { RfcCitation } from '../../ftp/rfc.ts';
import { commandLabel, groupReturnedBy, phaseInfo, returnedBy } from '../../ftp/sequences.ts';
import { OG_HEIGHT, OG_WIDTH } from '../og-image.ts';
import { messagesForCode, type MessageView } from '../server-messages.ts';
import { ogImageUrl } from '../urls.ts';
import { contentIndex, type SiteContent } from '../site-content.ts';
import { statusInfo } from '../status.ts';
import { codeArticle } from '../structured-data.ts';
import { codeTicketNote } from '../ticket-note.ts';
import { codeTitle } from '../titles.ts';
import { absoluteUrl, codesIndexUrl, codeUrl, homeUrl, serverCodeUrl } from '../urls.ts';
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

/** "Returned by": a sentence, a line of commands per phase, or a row per command. */
export type ReturnedBySection =
  | { kind: 'not-ftp' }
  | { kind: 'none' }
  | {
      kind: 'by-phase';
      commandCount: number;
      groups: { phase: string; addedBy?: RfcCitation | undefined; commands: { id: string; label: string }[] }[];
    }
  | {
      kind: 'table';
      rows: { id: string; label: string; phase: string; addedBy?: RfcCitation | undefined; meaning: string }[];
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
  facts: CodeFactsBox;
  /** The links under the header, in page order. */
  sections: { id: string; text: string }[];
  meanings: CodeData['meanings'];
  returnedBy: ReturnedBySection;
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
    facts: factsBox(code, data),
    sections: [
      ...(data.meanings.length > 0 ? [{ id: 'meanings', text: 'Meanings' }] : []),
      ...headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text })),
      ...(serverMessages ? [{ id: 'server-messages', text: 'What servers say' }] : []),
      { id: 'returned-by', text: 'Returned by' },
      ...(related.length + compared.length > 0 ? [{ id: 'related', text: 'Related' }] : []),
      { id: 'references', text: 'References' },
      { id: 'ticket-note', text: 'Ticket note' },
    ],
    meanings: data.meanings,
    returnedBy: returnedBySection(code, data.status === 'not-ftp', rows),
    serverMessages,
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
    ticket: codeTicketNote({ code, name: data.name, summary: data.summary, body: source.body, url }),
    prev: neighbour(content.codes[at - 1]),
    next: neighbour(content.codes[at + 1]),
  };
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
 * "Returned by" for a code, from the rows of returnedBy(): too many rows become one line per phase.
 *
 * @example returnedBySection(500, false, returnedBy(500, commands)).kind // -> 'by-phase'
 */
export function returnedBySection(
  code: number,
  notFtp: boolean,
  rows: ReturnType<typeof returnedBy>,
): ReturnedBySection {
  if (notFtp) return { kind: 'not-ftp' };
  if (rows.length === 0) return { kind: 'none' };
  const addedBy = (r: { added: boolean; from: RfcCitation }) => (r.added ? r.from : undefined);
  if (rows.length > MAX_ROWS) {
    return {
      kind: 'by-phase',
      commandCount: new Set(rows.map((r) => r.command.id)).size,
      groups: groupReturnedBy(rows).map((g) => ({
        phase: phaseInfo(g.phase).label,
        addedBy: addedBy(g),
        commands: g.commands.map((c) => ({ id: c.id, label: commandLabel(c.data) })),
      })),
    };
  }
  return {
    kind: 'table',
    rows: rows.map((r) => ({
      id: r.command.id,
      label: commandLabel(r.command.data),
      phase: phaseInfo(r.phase).label,
      addedBy: addedBy(r),
      meaning: r.command.data.replyNotes[String(code)] ?? r.command.data.summary,
    })),
  };
}
