/**
 * The table at the top of a comparison page: the same questions answered for each code, from the
 * facts its own page shows (factsBox, retryAdvice, the command files), so that the two pages never
 * disagree. Every cell is a complete statement about its own code.
 */
import type { CodeData } from '../../content/schema.ts';
import { EVENT_LABEL, type CodeFacts } from '../../ftp/code-facts.ts';
import { isReplyCode, replyClass } from '../../ftp/reply-codes.ts';
import { listWords } from '../../ftp/words.ts';
import { NOT_FTP_REASON } from '../status.ts';
import { codeUrl } from '../urls.ts';
import { factsBox } from './code-page.ts';

export interface GlanceCell {
  /** One or more sentences; empty when the cell is its links only. */
  text: string;
  /** Links after the text, each with a label that names the code. */
  links: { href: string; label: string }[];
}

export interface GlanceRow {
  /** Stable name of the row, for tests and styles. */
  id: GlanceRowId;
  /** The question the row answers, shown as the row's heading. */
  label: string;
  cells: [GlanceCell, GlanceCell];
}

export const GLANCE_ROWS = {
  summary: 'In short',
  class: 'Class',
  next: 'What the client does next',
  connection: 'Which connection',
  commands: 'Which commands',
  final: 'Final reply?',
  retry: 'Retry?',
  todo: 'What to do',
} as const;
export type GlanceRowId = keyof typeof GLANCE_ROWS;

/** How many command names a cell lists before it sends the reader to the code's page for the rest. */
const MAX_COMMANDS = 8;
const NOT_A_REPLY = 'Does not apply: it is not an FTP reply.';
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The answer of one code to every question of the table. */
function column(f: CodeFacts, data: CodeData): Record<GlanceRowId, GlanceCell> {
  const cell = (text: string, links: GlanceCell['links'] = []): GlanceCell => ({ text, links });
  const box = factsBox(f.code, data);
  const reply = isReplyCode(f.code) && f.status !== 'not-ftp' ? box.reply : undefined;
  const todo = cell('', [
    { href: `${codeUrl(f.code)}#fix-client`, label: `Client-side steps for ${f.code}` },
    { href: `${codeUrl(f.code)}#fix-server`, label: `Server-side steps for ${f.code}` },
  ]);
  if (!reply) {
    return {
      summary: cell(f.summary),
      class: cell(`None: ${NOT_FTP_REASON}.`),
      next: cell(NOT_A_REPLY),
      connection: cell(NOT_A_REPLY),
      commands: cell('None: no command-reply sequence lists it, as it is not a reply.'),
      final: cell(NOT_A_REPLY),
      retry: cell(NOT_A_REPLY),
      todo,
    };
  }
  const { cls } = reply;
  const status = box.status && `${box.status.label}: ${lowerFirst(box.status.explanation)}`;
  return {
    summary: cell(f.summary),
    class: cell([`${cls.digit}yz (${cls.digit}xx) ${cls.name}.`, status].filter(Boolean).join(' ')),
    next: cell(nextCell(f, data, cls.nextStep)),
    connection: cell(connectionCell(f)),
    commands: commandsCell(f),
    final: cell(reply.final),
    retry: cell(reply.retry),
    todo,
  };
}

/**
 * What the client does next: the class's step, unless the reply text says the server is closing
 * the control connection (221, 421: no next command on it), or the code has retry advice of its own,
 * which content/README.md sets only where the class's default would mislead (400, 425, 530 ...).
 */
function nextCell(f: CodeFacts, data: CodeData, classStep: string): string {
  const own = data.retry ? ` For ${f.code}, follow the retry advice below.` : '';
  if (/closing control connection/i.test(f.text))
    return `No further command in this session: the server is closing the control connection.${own}`;
  return own ? `Its first digit says: ${classStep}.${own}` : `${upperFirst(classStep)}.`;
}

/** Which connection a reply is about, where its data says; else what its reply text says. */
function connectionCell(f: CodeFacts): string {
  if (f.connection) return `The ${f.connection} connection.`;
  // 521's text names the data connection for one of its two meanings: quote it rather than simplify.
  if (/connection/i.test(f.text)) return `Its reply text says: “${f.text.replace(/\.$/, '')}”.`;
  return 'Its reply text names neither.';
}

function commandsCell(f: CodeFacts): GlanceCell {
  if (replyClass(f.code).digit === 6)
    return {
      text: 'Any: it can wrap the reply to any command, once a security data exchange has completed.',
      links: [],
    };
  const labels = [...new Set(f.commands.map((c) => c.label))];
  if (labels.length === 0) return { text: 'None: no command-reply sequence lists it.', links: [] };
  if (labels.length <= MAX_COMMANDS) return { text: `${upperFirst(listWords(labels))}.`, links: [] };
  // A long list says little in a cell: the count, and the list on the code's page.
  const commands = labels.filter((l) => l !== EVENT_LABEL).length;
  return {
    text: `${commands} commands${labels.includes(EVENT_LABEL) ? `, and ${EVENT_LABEL}` : ''}.`,
    links: [{ href: `${codeUrl(f.code)}#returned-by`, label: `The list for ${f.code}` }],
  };
}

/**
 * The rows of the table for a pair, in the order a reader asks the questions.
 *
 * @example compareGlance(f450, data450, f550, data550)[1].cells[0].text // -> '4yz (4xx) Transient Negative Completion.'
 */
export function compareGlance(a: CodeFacts, dataA: CodeData, b: CodeFacts, dataB: CodeData): GlanceRow[] {
  const [ca, cb] = [column(a, dataA), column(b, dataB)];
  return (Object.keys(GLANCE_ROWS) as GlanceRowId[]).map((id) => ({
    id,
    label: GLANCE_ROWS[id],
    cells: [ca[id], cb[id]],
  }));
}
