/**
 * Command-reply sequences (RFC 959 section 5.4). Command files are the single
 * source of truth; everything about "which command returns which code" is
 * derived here.
 */
import { PHASES, type Phase } from './phases.ts';
import type { CommandData } from '../content/schema.ts';
import type { RfcCitation } from './rfc.ts';

/** A command file as the site sees it: its id (file name) and frontmatter. */
export interface CommandEntry {
  id: string;
  data: CommandData;
}

export interface PhaseInfo {
  phase: Phase;
  /** Short label for tables, e.g. "Preliminary". */
  label: string;
  /** What this phase means in the sequence. */
  explanation: string;
}

const PHASE_INFO: Record<Phase, PhaseInfo> = {
  preliminary: {
    phase: 'preliminary',
    label: 'Preliminary',
    explanation: 'The action has started; another reply follows.',
  },
  afterPreliminary: {
    phase: 'afterPreliminary',
    label: 'After the preliminary reply',
    explanation: 'Sent once the action that a preliminary reply announced has finished or failed.',
  },
  completion: {
    phase: 'completion',
    label: 'Completion',
    explanation: 'The only reply to the command: it succeeded or failed without starting anything.',
  },
  intermediate: {
    phase: 'intermediate',
    label: 'Intermediate',
    explanation: 'The server waits for the next command of the group.',
  },
};

/**
 * How a command is named in lists and links: its verb, or for an event its name.
 *
 * @example commandLabel(retr.data) // -> 'RETR'
 * @example commandLabel(connection.data) // -> 'Connection establishment'
 */
export function commandLabel(data: Pick<CommandData, 'kind' | 'command' | 'name'>): string {
  return data.kind === 'event' ? data.name : data.command;
}

/** @example phaseInfo('afterPreliminary').label // -> 'After the preliminary reply' */
export function phaseInfo(phase: Phase): PhaseInfo {
  return PHASE_INFO[phase];
}

/** A command's replies as one source lists them: its own sequence first, then later RFCs' additions. */
export interface ReplySource {
  from: RfcCitation;
  replies: CommandData['replies'];
  /** True for replies a later RFC added to the command's own sequence. */
  added: boolean;
}

/** @example replySources(retr).map((s) => s.from.rfc) // -> [959, 2228] */
export function replySources(command: CommandData): ReplySource[] {
  return [
    { from: command.sequenceFrom, replies: command.replies, added: false },
    ...command.additions.map((a) => ({ from: a.from, replies: a.replies, added: true })),
  ];
}

export interface ReturnedBy {
  command: CommandEntry;
  phase: Phase;
  /** The RFC section whose sequence lists the code for this command. */
  from: RfcCitation;
  /** True when a later RFC added the code to the command's own sequence. */
  added: boolean;
}

/**
 * Every command that can return `code`, with the phase it appears in and the
 * section that lists it, in command order (events first, then alphabetical).
 *
 * @example returnedBy(550, commands).map((r) => r.command.data.command) // -> ['APPE', 'CDUP', ...]
 */
export function returnedBy(code: number, commands: readonly CommandEntry[]): ReturnedBy[] {
  const found: ReturnedBy[] = [];
  for (const command of sortCommands(commands)) {
    for (const source of replySources(command.data)) {
      for (const phase of PHASES) {
        if (source.replies[phase].includes(code))
          found.push({ command, phase, from: source.from, added: source.added });
      }
    }
  }
  return found;
}

/** Every code a command can return (own sequence, then additions), without repeats. */
export function codesOf(command: CommandData): number[] {
  return [...new Set(replySources(command).flatMap((source) => PHASES.flatMap((phase) => source.replies[phase])))];
}

/** Events (connection establishment) first, then commands alphabetically. */
export function sortCommands<T extends CommandEntry>(commands: readonly T[]): T[] {
  return [...commands].sort((a, b) => {
    if (a.data.kind !== b.data.kind) return a.data.kind === 'event' ? -1 : 1;
    return a.data.command.localeCompare(b.data.command);
  });
}

/**
 * The order of the headings in RFC 959 section 5.4, then the groups of the
 * extension RFCs; any other group follows alphabetically.
 */
export const GROUP_ORDER = [
  'Connection Establishment',
  'Login',
  'Logout',
  'Transfer parameters',
  'File action commands',
  'Informational commands',
  'Miscellaneous commands',
  'Security',
  'Extended addresses',
  'Feature negotiation',
  'File information',
  'Language',
  'Virtual hosts',
];

function groupRank(group: string): number {
  const i = GROUP_ORDER.indexOf(group);
  return i === -1 ? GROUP_ORDER.length : i;
}

/** Commands grouped under their RFC 959 5.4 heading, headings in RFC order. */
export function groupCommands<T extends CommandEntry>(commands: readonly T[]): { group: string; commands: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const command of sortCommands(commands)) {
    const list = groups.get(command.data.group) ?? [];
    list.push(command);
    groups.set(command.data.group, list);
  }
  return [...groups]
    .sort(([a], [b]) => groupRank(a) - groupRank(b) || a.localeCompare(b))
    .map(([group, list]) => ({ group, commands: list }));
}

/** A command in a {@link ReturnedByGroup}, with the section whose sequence lists the code for it. */
export interface ReturnedByMember {
  command: CommandEntry;
  from: RfcCitation;
  added: boolean;
}

export interface ReturnedByGroup {
  phase: Phase;
  commands: ReturnedByMember[];
}

/**
 * Rows of {@link returnedBy} gathered by phase, for codes that nearly every
 * command can return (500, 501, 421): one line per phase instead of one row
 * per command. Each phase comes once, in session order, whichever RFC lists
 * the code; each command keeps the section that lists it (the first, when
 * several do).
 *
 * @example groupReturnedBy(returnedBy(500, commands))[0].commands.length // -> 40 or so
 */
export function groupReturnedBy(rows: readonly ReturnedBy[]): ReturnedByGroup[] {
  return PHASES.map((phase) => {
    const commands: ReturnedByMember[] = [];
    for (const row of rows) {
      if (row.phase === phase && !commands.some((m) => m.command.id === row.command.id))
        commands.push({ command: row.command, from: row.from, added: row.added });
    }
    return { phase, commands };
  }).filter((group) => group.commands.length > 0);
}

/**
 * Whether a citation is the base listing, RFC 959 section 5.4, rather than a
 * later RFC's sequence or addition.
 *
 * @example isBaseSequence({ rfc: 959, section: '5.4' }) // -> true
 */
export function isBaseSequence(from: RfcCitation): boolean {
  return from.rfc === 959 && from.section === '5.4';
}

/** What starts each event's sequence, by command file id; an event not listed is named by its title. */
const EVENT_OCCASIONS: Record<string, string> = {
  connection: 'When the connection opens (the greeting)',
};

/**
 * When an event's sequence happens, worded as the occasion rather than as a
 * command, for lists that show it next to commands.
 *
 * @example eventOccasion(connection) // -> 'When the connection opens (the greeting)'
 */
export function eventOccasion(entry: CommandEntry): string {
  return EVENT_OCCASIONS[entry.id] ?? entry.data.name;
}
