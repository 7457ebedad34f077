/**
 * The records of the open dataset (src/lib/site/dataset.ts defines them),
 * built from the site's content: every code with its related codes, and
 * every command.
 */
import { relatedCodes } from '../ftp/related.ts';
import { codeData, commandData, messageData } from './dataset.ts';
import { allMessages } from './server-messages.ts';
import type { SiteContent } from './site-content.ts';

/** Every code as `/api/codes.json` publishes it, in numeric order. */
export function datasetCodes(content: SiteContent, site: URL) {
  const codes = content.codes.map((c) => c.code);
  return content.codes.map(({ code, data }) =>
    codeData(
      {
        code,
        data,
        related: relatedCodes(code, { codes, seeAlso: data.seeAlso, commands: content.commands }).map(
          ({ code, kind, reason }) => ({ code, kind, reason }),
        ),
      },
      content.commands,
      site,
    ),
  );
}

/** Every command as `/api/commands.json` publishes it. */
export function datasetCommands(content: SiteContent, site: URL) {
  return commandData(content.commands, site);
}

/** Every server message as `/api/messages.json` publishes it. */
export function datasetMessages(content: SiteContent, site: URL) {
  const versions = new Map(content.servers.map((s) => [s.id, s.data.versions]));
  return allMessages(content).map((m) => messageData(m, versions.get(m.server)!, site));
}
