/**
 * Everything a command page (`/commands/retr`, design.md 5) shows beyond its
 * Markdown body: what it does, its reply sequence by phase with every code named, and
 * the RFC sections it relies on.
 */
import type { CommandData } from '../../content/schema.ts';
import { PHASES, type Phase } from '../../ftp/phases.ts';
import type { RfcCitation } from '../../ftp/rfc.ts';
import { commandLabel, phaseInfo, replySources } from '../../ftp/sequences.ts';
import { contentIndex, type SiteContent } from '../site-content.ts';
import { commandsIndexUrl, commandUrl, homeUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

/** One phase of a command's sequence: its description once, then every code that can come in it, each once. */
export interface SequencePhase {
  phase: Phase;
  label: string;
  explanation: string;
  /** The command's own sequence first, then what later RFCs add, each with the section that adds it. */
  replies: { code: number; name: string | undefined; note: string; addedBy?: RfcCitation | undefined }[];
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
    /** True when later RFCs add replies to the sequence. */
    hasAdditions: boolean;
    phases: SequencePhase[];
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
      hasAdditions: data.additions.length > 0,
      phases: sequencePhases(data, contentIndex(content).names),
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
 * A command's replies by phase, empty phases left out, each code once per phase with its name, what it means
 * here and, for a code a later RFC added, the section that added it. A code that comes in two phases (535 after
 * RETR: at once, or after the 150) is listed in both.
 *
 * @example sequencePhases(retr.data, names)[0].replies[0] // -> { code: 125, name: 'Data connection already open', note: '...' }
 */
export function sequencePhases(data: CommandData, names: ReadonlyMap<number, string>): SequencePhase[] {
  const sources = replySources(data);
  return PHASES.map((phase) => {
    const replies: SequencePhase['replies'] = [];
    for (const source of sources) {
      for (const code of source.replies[phase]) {
        if (replies.some((r) => r.code === code)) continue;
        replies.push({
          code,
          name: names.get(code),
          note: data.replyNotes[String(code)] ?? '',
          addedBy: source.added ? source.from : undefined,
        });
      }
    }
    return { ...phaseInfo(phase), replies };
  }).filter((phase) => phase.replies.length > 0);
}
