/** The list of commands (`/commands`), grouped under their RFC 959 section 5.4 heading. */
import { commandLabel, groupCommands } from '../../ftp/sequences.ts';
import type { SiteContent } from '../site-content.ts';
import { anchorId, commandsIndexUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface CommandsIndexPage {
  frame: PageFrame;
  groups: {
    /** The heading, e.g. "File action commands", and its anchor. */
    group: string;
    id: string;
    /** `name` only for commands: an event's label is already its name. */
    commands: { id: string; label: string; name?: string | undefined; summary: string }[];
  }[];
}

/** @example commandsIndexPage(content, site).groups[0].commands[0].label // -> 'Connection establishment' */
export function commandsIndexPage(content: SiteContent, site: URL): CommandsIndexPage {
  return {
    frame: pageFrame(
      {
        title: 'FTP commands and their replies',
        description:
          'Every FTP command with the reply codes it can produce, in sequence, as RFC 959 section 5.4 lists them.',
        path: commandsIndexUrl,
      },
      site,
    ),
    groups: groupCommands(content.commands).map(({ group, commands }) => ({
      group,
      id: `group-${anchorId(group)}`,
      commands: commands.map((c) => ({
        id: c.id,
        label: commandLabel(c.data),
        name: c.data.kind === 'command' ? c.data.name : undefined,
        summary: c.data.summary,
      })),
    })),
  };
}
