/**
 * The open dataset (design.md 7): `/api/codes.json`, `/api/codes/550.json` and
 * `/api/commands.json`. The Zod schemas below are the contract: the JSON
 * Schema files served beside the data are generated from them, the /api page
 * documents their field descriptions, and tests validate every file against
 * the generated JSON Schema with an independent validator.
 *
 * `/api/messages.json` (1.1.0) adds what servers say: every message of content/servers/.
 * 2.0.0: `class.final` is null for 6yz (the enclosed reply decides), `group` is null for 6yz,
 * `status` gains "experimental", and `related[].kind` says how a code is related.
 *
 * Versioning: DATASET_VERSION is semver. Adding a field is a minor change;
 * renaming, removing or retyping one is a major change; rewording a
 * description is a patch. A test pins the
 * generated schemas to a committed snapshot per version, so no change to the
 * contract can ship without a version bump.
 */
import { z } from 'astro/zod';
import { STATUSES, type CodeData, type CommandData } from '../content/schema.ts';
import { PHASES } from '../ftp/phases.ts';
import { functionGroup, isReplyCode, replyClass } from '../ftp/reply-codes.ts';
import { returnedBy, type CommandEntry } from '../ftp/sequences.ts';
import type { RelatedKind } from '../ftp/related.ts';
import { rfcUrl } from '../ftp/rfc.ts';
import { absoluteUrl, apiUrls, codeUrl, commandUrl } from './urls.ts';
import { statusGlossary } from './status.ts';
import type { MessageView } from './server-messages.ts';

export const DATASET_VERSION = '2.0.0';

const citation = z
  .object({
    rfc: z.number().int().describe('RFC number, e.g. 959.'),
    section: z.string().describe('Section number within the RFC, e.g. "4.2.2".'),
    url: z.url().describe('Link to that section of the RFC text.'),
  })
  .describe('An RFC section.');

const source = z
  .object({ title: z.string().describe('Title of the source.'), url: z.url().describe('Where to read it.') })
  .describe('A source outside the RFCs.');

const codeRecord = z
  .object({
    code: z.number().int().describe('The reply code, e.g. 550; or a Windows Sockets error number such as 10054.'),
    name: z.string().describe('Short name, e.g. "File unavailable".'),
    text: z.string().describe('The reply text the defining RFC gives, verbatim.'),
    summary: z.string().describe('One sentence: what the reply means for the person who received it.'),
    status: z.enum(STATUSES).describe(statusGlossary()),
    class: z
      .object({
        digit: z.number().int().min(1).max(6).describe('First digit.'),
        name: z.string().describe('The RFC name of the class, e.g. "Permanent Negative Completion".'),
        final: z
          .boolean()
          .nullable()
          .describe(
            'Whether the reply ends the command (no further reply follows for it); null for protected replies (6yz), whose enclosed reply decides (RFC 2228 8.2).',
          ),
      })
      .nullable()
      .describe('The reply class (first digit, RFC 959 4.2); null for numbers that are not FTP replies.'),
    group: z
      .object({
        digit: z.number().int().min(0).max(9).describe('Second digit.'),
        name: z.string().describe('The RFC name of the function group, e.g. "File system".'),
      })
      .nullable()
      .describe(
        'The function group (second digit, RFC 959 4.2.1); null for numbers that are not FTP replies and for protected replies (6yz), which RFC 2228 gives no group.',
      ),
    definedIn: z.array(citation).describe('The RFC sections that define the code.'),
    sources: z.array(source).describe('Sources outside the RFCs, for codes that are not standard.'),
    meanings: z
      .array(
        z.object({
          name: z.string().describe('Short name of this meaning.'),
          text: z.string().describe('Its reply text.'),
          definedIn: citation.nullable().describe('The RFC section that gives this meaning, if an RFC does.'),
          source: source.nullable().describe('The source outside the RFCs, if no RFC does.'),
          context: z.string().describe('When this meaning applies, and how to tell it from the others.'),
        }),
      )
      .describe('Every meaning, for a number that different RFCs gave different meanings; empty otherwise.'),
    returnedBy: z
      .array(
        z.object({
          command: z.string().describe('The command, e.g. "RETR", or "Connection" for the greeting.'),
          phase: z
            .enum(PHASES)
            .describe(
              'Where in the command-reply sequence: preliminary, afterPreliminary, completion or intermediate (RFC 959 5.4).',
            ),
          from: citation.describe('The RFC section whose sequence lists the code for this command.'),
          url: z.url().describe('The command page.'),
        }),
      )
      .describe('Every command whose reply sequence lists the code, with the phase.'),
    related: z
      .array(
        z.object({
          code: z.number().int().describe('The related code.'),
          kind: z
            .enum(['counterpart', 'confused', 'same-place'])
            .describe(
              '"counterpart": its transient or permanent counterpart (a sourced list, never the digits alone); "confused": often confused with it; "same-place": can answer the same commands in the same place.',
            ),
          reason: z.string().describe('Why it is related, as a sentence; empty for "confused".'),
          url: z.url().describe('Its page.'),
        }),
      )
      .describe('Related codes, strongest first.'),
    url: z.url().describe('The canonical page for the code.'),
  })
  .describe('One FTP reply code.');

const envelope = {
  $schema: z.url().describe('The JSON Schema of this file.'),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .describe('Dataset version (semver).'),
};

const codeList = (about: string) => z.array(z.number().int()).describe(about);
const repliesShape = z.object({
  preliminary: codeList('1yz replies that open a transfer or a delay.'),
  afterPreliminary: codeList('Replies that follow a preliminary reply.'),
  completion: codeList('Completion replies sent instead of a preliminary reply (2yz, 4yz, 5yz).'),
  intermediate: codeList('3yz replies: the server waits for the next command of the group.'),
});

const messageRecord = z
  .object({
    server: z.string().describe('The server, as the site names its page: "vsftpd", "proftpd", "pure-ftpd", ...'),
    serverName: z.string().describe('The server as people write it, e.g. "ProFTPD".'),
    id: z.string().describe('The message, unique per server; the anchor of its row on the server page.'),
    code: z.number().int().describe('The reply code the server sends it with.'),
    text: z
      .string()
      .describe(
        'The exact text after the code; each variable part is a placeholder: its name (path, file, user, address, port, number, error, command, text) between curly brackets.',
      ),
    commands: z.array(z.string()).describe('The FTP commands it answers; empty for greetings and time-outs.'),
    when: z.string().describe('When the server sends it: the condition in its source.'),
    cause: z.string().nullable().describe('What causes it in practice, where the catalogue says.'),
    fix: z.string().nullable().describe('The fix in a sentence or two, where the catalogue gives one.'),
    settings: z.array(z.string()).describe("The server's settings involved, as its own documentation spells them."),
    source: z.string().describe('Where the fact comes from: source file and function, manual, vendor documentation.'),
    closesConnection: z.boolean().describe('Whether the server closes the control connection after it.'),
    versions: z.string().describe('The server versions it applies to.'),
    module: z.string().nullable().describe('The module that sends it (ProFTPD), where there is one.'),
    frequency: z.enum(['common', 'occasional', 'rare']).describe('How often people meet it.'),
    url: z.url().describe('Where the site explains it: its own page, or its row on the server page.'),
  })
  .describe('One text an FTP server sends.');

export const schemas = {
  codes: z
    .object({ ...envelope, codes: z.array(codeRecord).describe('Every code, in numeric order.') })
    .describe('Every FTP reply code.'),
  code: z.object({ ...envelope, ...codeRecord.shape }).describe('One FTP reply code.'),
  commands: z
    .object({
      ...envelope,
      commands: z
        .array(
          z.object({
            command: z.string().describe('The command verb, e.g. "RETR"; "Connection" for connection establishment.'),
            kind: z
              .enum(['command', 'event'])
              .describe('"event" for a sequence no command starts (connection establishment).'),
            name: z.string().describe('Expanded name, e.g. "Retrieve".'),
            summary: z.string().describe('What the command does.'),
            definedIn: z.array(citation).describe('Where the command is defined.'),
            replies: repliesShape.describe('Its reply sequence by phase, as the RFC lists it.'),
            additions: z
              .array(
                z.object({
                  from: citation.describe('The RFC section that adds them.'),
                  replies: repliesShape.describe('The added replies by phase.'),
                }),
              )
              .describe('Replies later RFCs add to the sequence, each with the section that adds them.'),
            url: z.url().describe('The command page.'),
          }),
        )
        .describe('Every command, connection establishment first.'),
    })
    .describe('Every FTP command with its reply sequence.'),
  messages: z
    .object({
      ...envelope,
      messages: z.array(messageRecord).describe("Every message, by server, in each catalogue's order."),
    })
    .describe('What FTP servers say: every catalogued message text.'),
};

export type SchemaName = keyof typeof schemas;

/** The JSON Schema (draft 2020-12) of one file. */
export function jsonSchema(name: SchemaName, site: URL | string): Record<string, unknown> {
  return {
    $id: absoluteUrl(apiUrls.schema(name), site),
    ...z.toJSONSchema(schemas[name], { target: 'draft-2020-12' }),
  };
}

const cite = (c: { rfc: number; section: string }) => ({ rfc: c.rfc, section: c.section, url: rfcUrl(c) });

interface CodeInput {
  code: number;
  data: CodeData;
  related: { code: number; kind: RelatedKind; reason: string }[];
}

/** One code as the dataset publishes it. */
export function codeData(
  { code, data, related }: CodeInput,
  commands: readonly CommandEntry[],
  site: URL | string,
): z.infer<typeof codeRecord> {
  const ftp = isReplyCode(code) && data.status !== 'not-ftp';
  const cls = ftp ? replyClass(code) : undefined;
  const group = ftp ? functionGroup(code) : undefined;
  return {
    code,
    name: data.name,
    text: data.text,
    summary: data.summary,
    status: data.status,
    class: cls ? { digit: cls.digit, name: cls.name, final: cls.final } : null,
    group: group ? { digit: group.digit, name: group.name } : null,
    definedIn: data.definedIn.map(cite),
    sources: data.sources.map((s) => ({ title: s.title, url: s.url })),
    meanings: data.meanings.map((m) => ({
      name: m.name,
      text: m.text,
      definedIn: m.definedIn ? cite(m.definedIn) : null,
      source: m.source ? { title: m.source.title, url: m.source.url } : null,
      context: m.context,
    })),
    returnedBy: returnedBy(code, commands).map((r) => ({
      command: r.command.data.command,
      phase: r.phase,
      from: cite(r.from),
      url: absoluteUrl(commandUrl(r.command.id), site),
    })),
    related: related.map((r) => ({ ...r, url: absoluteUrl(codeUrl(r.code), site) })),
    url: absoluteUrl(codeUrl(code), site),
  };
}

/** The envelope every file carries. */
export function envelopeFor(name: SchemaName, site: URL | string) {
  return { $schema: absoluteUrl(apiUrls.schema(name), site), version: DATASET_VERSION };
}

/** `/api/commands.json` entries. */
export function commandData(commands: readonly CommandEntry[], site: URL | string) {
  const replies = (r: CommandData['replies']) =>
    Object.fromEntries(PHASES.map((p) => [p, [...r[p]]])) as CommandData['replies'];
  return commands.map(({ id, data }) => ({
    command: data.command,
    kind: data.kind,
    name: data.name,
    summary: data.summary,
    definedIn: data.definedIn.map(cite),
    replies: replies(data.replies),
    additions: data.additions.map((a) => ({ from: cite(a.from), replies: replies(a.replies) })),
    url: absoluteUrl(commandUrl(id), site),
  }));
}

/** One server message as the dataset publishes it. */
export function messageData(m: MessageView, versions: string, site: URL | string): z.infer<typeof messageRecord> {
  return {
    server: m.server,
    serverName: m.serverName,
    id: m.id,
    code: m.code,
    text: m.text,
    commands: m.commands,
    when: m.when,
    cause: m.cause ?? null,
    fix: m.fix ?? null,
    settings: m.settings,
    source: m.source,
    closesConnection: m.closes,
    versions: m.versions ?? versions,
    module: m.module ?? null,
    frequency: m.frequency,
    url: absoluteUrl(m.url, site),
  };
}
