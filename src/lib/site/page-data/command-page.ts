/**
 * Everything a command page (`/commands/retr`, design.md 5) shows beyond its
 * Markdown body: what it does, its reply sequence with every code named, and
 * the RFC sections it relies on.
 */
import type { CommandData } from '../../content/schema.ts';
import { PHASES, type Phase } from '../../ftp/phases.ts';
import type { RfcCitation } from '../../ftp/rfc.ts';
import { commandLabel, phaseInfo, replySources } from '../../ftp/sequences.ts';
import { contentIndex, type SiteContent } from '../site-content.ts';
import { commandsIndexUrl, commandUrl, homeUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

/** One source of replies (the command's own sequence, or a later RFC's additions) by phase. */
export interface SequencePart {
  from: RfcCitation;
  /** True for replies a later RFC adds. */
  added: boolean;
  phases: {
    phase: Phase;
    label: string;
    explanation: string;
    replies: { code: number; name: string | undefined; note: string }[];
  }[];
}

export interface CommandPage {
  frame: PageFrame;
  /** The heading, e.g. "RETR: Retrieve". */
  title: string;
  summary: string;
  syntax?: string | undefined;
  /** The line under the summary: the command's group, or what the event is. */
  group: string;
  sequence: {
    /** "RETR", or "this event". */
    subject: string;
    from: RfcCitation;
    parts: SequencePart[];
    /** Commands expected after an intermediate reply, e.g. RNFR -> RNTO. */
    followedBy: { id: string; label: string }[];
  };
  citations: RfcCitation[];
}

/**
 * @example commandPage(content, 'retr', site).title // -> 'RETR: Retrieve'
 */
export function commandPage(content: SiteContent, id: string, site: URL): CommandPage {
  const command = content.commands.find((c) => c.id === id);
  if (!command) throw new Error(`no command ${id} in the content`);
  const { data } = command;
  const event = data.kind === 'event';
  return {
    frame: pageFrame(
      {
        title: event ? `FTP ${data.name.toLowerCase()}` : `FTP ${data.command} command: ${data.name}`,
        description: data.summary,
        path: commandUrl(id),
        trail: [
          { label: 'Home', href: homeUrl },
          { label: 'Commands', href: commandsIndexUrl },
          { label: commandLabel(data) },
        ],
      },
      site,
    ),
    title: event ? data.name : `${data.command}: ${data.name}`,
    summary: data.summary,
    syntax: data.syntax,
    group: event ? 'Not a command: what the server sends when a client connects.' : `Group: ${data.group}.`,
    sequence: {
      subject: event ? 'this event' : data.command,
      from: data.sequenceFrom,
      parts: sequenceParts(data, contentIndex(content).names),
      followedBy: data.followedBy.map((next) => ({ id: next, label: next.toUpperCase() })),
    },
    citations: [
      ...data.definedIn,
      { ...data.sequenceFrom, about: 'command-reply sequences' },
      ...data.additions.map((a) => ({ ...a.from, about: 'replies added to the sequence' })),
    ],
  };
}

/**
 * A command's replies by source and phase, empty phases left out, each code with its name and what it means here.
 *
 * @example sequenceParts(retr.data, names)[0].phases[0].replies[0] // -> { code: 125, name: 'Data connection already open', note: '...' }
 */
export function sequenceParts(data: CommandData, names: ReadonlyMap<number, string>): SequencePart[] {
  return replySources(data).map((source) => ({
    from: source.from,
    added: source.added,
    phases: PHASES.filter((phase) => source.replies[phase].length > 0).map((phase) => ({
      ...phaseInfo(phase),
      replies: source.replies[phase].map((code) => ({
        code,
        name: names.get(code),
        note: data.replyNotes[String(code)] ?? '',
      })),
    })),
  }));
}
