/**
 * Zod schemas for `content/servers/NAME/`: the server (`index.md`), every message it can send
 * (`messages.yaml`) and the pages of the messages with a cause of their own (`ID.md`). The format, with an
 * example of each field, is in content/README.md.
 */
import { z } from 'astro/zod';
import { PLACEHOLDER } from '../ftp/server-messages.ts';
import { replyCodeSchema } from './schema.ts';

/** A slug: lower-case letters and digits in words joined by hyphens, e.g. `cannot-change-directory`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens, e.g. login-incorrect' })
  // The built site's template check reads these words in an id as a value that never arrived.
  .refine((s) => !/(^|-)(null|undefined|nan)(-|$)/.test(s), {
    error: 'must not contain the word null, undefined or nan',
  });

const sentence = (min: number, max = 600) =>
  z
    .string()
    .min(min, { error: `must be at least ${min} characters` })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => /[.!?)]$/.test(s.trim()), { error: 'must end with a full stop' });

/** A document the facts come from; unlike an RFC citation it may have no URL (a man page as shipped). */
export const serverSourceSchema = z.strictObject({
  /** Title, e.g. "vsftpd.conf(5)" or "vsftpd 3.0.3 source, postlogin.c". */
  title: z.string().min(3),
  /** Where to read it, when it is online. */
  url: z.url({ error: 'must be a full URL, e.g. https://...' }).optional(),
  /** What the site takes from it, in a few words. */
  about: z.string().min(3).optional(),
});

/** Frontmatter of `content/servers/NAME/index.md`. */
export const serverSchema = z.strictObject({
  /** The server's name as the site writes it, e.g. "vsftpd", "ProFTPD". */
  name: z.string().min(2).max(40),
  /** One sentence: what it is and who runs it. */
  summary: sentence(40, 260),
  /** The versions the catalogue covers, e.g. "3.0.x". */
  versions: z.string().min(2),
  /** What was run on 127.0.0.1 for the captures, e.g. "3.0.3 (Debian 12 package 3.0.3-13+b2)". */
  tested: z.string().min(3).optional(),
  /** Where its settings live, e.g. "/etc/vsftpd.conf". */
  configFile: z.string().min(3),
  /** What the server calls one of its settings. */
  settingsName: z.enum(['setting', 'directive', 'option', 'attribute']).default('setting'),
  /** Where its settings are documented. */
  settingsDoc: serverSourceSchema,
  /** Where the message texts come from. */
  sources: z.array(serverSourceSchema).min(1, { error: 'must name at least one source of the texts' }),
});

/** One entry of `content/servers/NAME/messages.yaml`: a text the server can send. */
export const serverMessageSchema = z.strictObject({
  /** Slug: the anchor on the server page and, when `NAME/ID.md` exists, the page's URL. Unique per server. */
  id: slugSchema,
  /** The reply code the text is sent with. */
  code: replyCodeSchema,
  /** The exact text after the code, variable parts as placeholders: "OOPS: cannot change directory:{path}". */
  text: z
    .string()
    .min(2)
    .refine((t) => t === t.trim(), { error: 'must not start or end with spaces' })
    .refine((t) => !/[{}]/.test(t.replace(PLACEHOLDER, '')), {
      error: 'has a brace that is not part of a placeholder such as {path}',
    }),
  /** The FTP commands it answers, upper case ("SITE CHMOD" allowed); empty for greetings and time-outs. */
  commands: z
    .array(z.string().regex(/^[A-Z]{3,4}( [A-Z]+)?$/, { error: 'must be a command in capitals, e.g. RETR' }))
    .default([]),
  /** When the server sends it: the condition in its source, in plain words. */
  when: sentence(12),
  /** What causes it in practice. */
  cause: sentence(20).optional(),
  /** The fix in a sentence or two: the setting and its value, or the client's step. */
  fix: sentence(20).optional(),
  /** The server's settings involved; each must be in its own list (tests/fixtures/settings/NAME.json). */
  settings: z.array(z.string().min(2)).default([]),
  /** Where the fact comes from: source file and function, man page, vendor documentation, capture. */
  source: z.string().min(5),
  /** The server closes the control connection after sending it. */
  closes: z.boolean().default(false),
  /** The versions it applies to, when not all that index.md covers. */
  versions: z.string().min(2).optional(),
  /** The module that sends it (ProFTPD's mod_tls, ...). */
  module: z.string().min(3).optional(),
  /** Capture fixtures (tests/fixtures/transcripts/) that show it on the wire. */
  seen: z.array(z.string().regex(/^[\w.-]+\.txt$/)).default([]),
  /** How often people meet it: orders the messages on code pages. */
  frequency: z.enum(['common', 'occasional', 'rare']).default('rare'),
});

/** `content/servers/NAME/messages.yaml`: the list. */
export const serverMessagesSchema = z.array(serverMessageSchema);

/** Frontmatter of `content/servers/NAME/ID.md`, the page of a message with a cause of its own. */
export const messagePageSchema = z.strictObject({
  /** Messages with the same cause: an id on the same server, or `server/id` on another. */
  related: z.array(z.string().regex(/^([a-z0-9-]+\/)?[a-z0-9]+(-[a-z0-9]+)*$/)).default([]),
});

export type ServerData = z.infer<typeof serverSchema>;
export type ServerMessage = z.infer<typeof serverMessageSchema>;
export type MessagePageData = z.infer<typeof messagePageSchema>;
