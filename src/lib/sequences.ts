/**
 * Command-reply sequences (RFC 959 section 5.4). Command files are the single
 * source of truth; everything about "which command returns which code" is
 * derived here.
 */
import { PHASES, type CommandData, type Phase } from './schema.ts';

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

/** @example phaseInfo('afterPreliminary').label // -> 'After the preliminary reply' */
export function phaseInfo(phase: Phase): PhaseInfo {
  return PHASE_INFO[phase];
}

export interface ReturnedBy {
  command: CommandEntry;
  phase: Phase;
}

/**
 * Every command that can return `code`, with the phase it appears in, in
 * command order (events first, then alphabetical).
 *
 * @example returnedBy(550, commands).map((r) => r.command.data.command) // -> ['APPE', 'CDUP', ...]
 */
export function returnedBy(code: number, commands: readonly CommandEntry[]): ReturnedBy[] {
  const found: ReturnedBy[] = [];
  for (const command of sortCommands(commands)) {
    for (const phase of PHASES) {
      if (command.data.replies[phase].includes(code)) found.push({ command, phase });
    }
  }
  return found;
}

/** Every code a command can return, in sequence order, without repeats. */
export function codesOf(command: CommandData): number[] {
  return [...new Set(PHASES.flatMap((phase) => command.replies[phase]))];
}

/** Events (connection establishment) first, then commands alphabetically. */
export function sortCommands<T extends CommandEntry>(commands: readonly T[]): T[] {
  return [...commands].sort((a, b) => {
    if (a.data.kind !== b.data.kind) return a.data.kind === 'event' ? -1 : 1;
    return a.data.command.localeCompare(b.data.command);
  });
}

/** The order of the headings in RFC 959 section 5.4; other groups follow alphabetically. */
export const GROUP_ORDER = [
  'Connection Establishment',
  'Login',
  'Logout',
  'Transfer parameters',
  'File action commands',
  'Informational commands',
  'Miscellaneous commands',
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
