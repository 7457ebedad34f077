/**
 * Zod schemas for `content/clients/NAME/`: the client or library (`index.md`), every error it can end an FTP
 * transfer with (`errors.yaml`), the names it gives reply codes (`names.yaml`) and the pages of the errors people
 * search for (`ID.md`). The format, with an example of each field, is in content/README.md.
 */
import { z } from 'astro/zod';
import { PLACEHOLDER } from '../ftp/server-messages.ts';
import { replyCodeSchema } from './schema.ts';
import { serverSourceSchema, slugSchema } from './server-schema.ts';

const sentence = (min: number, max = 700) =>
  z
    .string()
    .min(min, { error: `must be at least ${min} characters` })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => /[.!?)"”]$/.test(s.trim()), { error: 'must end with a full stop' });

/** An exact text with placeholders such as {path}; no other braces. */
const exactText = z
  .string()
  .min(2)
  .refine((t) => t === t.trim(), { error: 'must not start or end with spaces' })
  .refine((t) => !/[{}]/.test(t.replace(PLACEHOLDER, '')), {
    error: 'has a brace that is not part of a placeholder such as {path}',
  });

/** Frontmatter of `content/clients/NAME/index.md`. */
export const clientSchema = z.strictObject({
  /** The client's name as the site writes it, e.g. "curl", "FileZilla", "Python ftplib". */
  name: z.string().min(2).max(40),
  /** `client`: a program people run; `library`: code calls it. */
  kind: z.enum(['client', 'library']),
  /** The language a library is used from. */
  language: z.string().min(1).max(20).optional(),
  /** One sentence: what it is and who meets its errors. */
  summary: sentence(40, 260),
  /** The versions the catalogue covers. */
  versions: z.string().min(2),
  /** What was run on 127.0.0.1 for the captures. */
  tested: z.string().min(3).optional(),
  /** What it calls one of its switches. */
  optionsName: z.string().min(3).max(30).default('option'),
  /** Where its options are documented. */
  optionsDoc: serverSourceSchema,
  /** Where the error texts come from. */
  sources: z.array(serverSourceSchema).min(1, { error: 'must name at least one source of the texts' }),
});

/** The fields of one entry of `content/clients/NAME/errors.yaml` (clientErrorSchema adds the rule across them). */
export const clientErrorFields = z.strictObject({
  /** Slug: the anchor on the client page and, when `NAME/ID.md` exists, the page's URL. Unique per client. */
  id: slugSchema,
  /** The exact text as the user sees it, variable parts as placeholders. */
  text: exactText,
  /** Other wordings of the same error, in versions people still run. */
  also: z.array(exactText).default([]),
  /** The identifier: curl's CURLE_ name, an exception class, an enum member. */
  name: z.string().min(2).optional(),
  /** The process exit code (curl). */
  exit: z.number().int().min(0).max(255).optional(),
  /** The reply codes that cause it; empty when a network or TLS event does. */
  codes: z.array(replyCodeSchema).default([]),
  /** The network or TLS event that causes it, when no reply does. */
  event: z.string().min(3).optional(),
  /** What the client was doing when it failed. */
  doing: sentence(12),
  /** What causes it in practice; the server-side cause when it is the server's. */
  cause: sentence(20).optional(),
  /** The fix in a sentence or two. */
  fix: sentence(20).optional(),
  /** Options or settings involved; each must be in the program's own list (tests/fixtures/options/NAME.json). */
  options: z.array(z.string().min(2)).default([]),
  /** Where the text comes from: source file and function, man page, documentation, capture. */
  source: z.string().min(5),
  /** Capture fixtures (tests/fixtures/transcripts/) that show it. */
  seen: z.array(z.string().regex(/^[\w.-]+\.txt$/)).default([]),
  /** The versions it applies to, when not all that index.md covers. */
  versions: z.string().min(2).optional(),
  /** How often people meet it. */
  frequency: z.enum(['common', 'occasional', 'rare']).default('rare'),
});

/** One entry of `content/clients/NAME/errors.yaml`: an error the client can end an FTP transfer with. */
export const clientErrorSchema = clientErrorFields.refine((e) => e.codes.length > 0 || e.event, {
  error: 'needs the reply codes that cause it (codes) or the event that does (event)',
  path: ['codes'],
});

/** `content/clients/NAME/errors.yaml`: the list. */
export const clientErrorsSchema = z.array(clientErrorSchema);

/** `content/clients/NAME/names.yaml`: the names a library gives reply codes. */
export const replyNamesSchema = z.strictObject({
  /** The enum, class or set of constants that holds them, e.g. "FtpStatusCode". */
  type: z.string().min(2),
  /** Where the names come from. */
  source: z.string().min(5),
  /** Where to read it, when it is online. */
  url: z.url({ error: 'must be a full URL, e.g. https://...' }).optional(),
  /** Code -> the member's name as the library spells it. */
  names: z.record(
    z.string().regex(/^[1-6]\d\d$/, { error: 'must be a three-digit reply code' }),
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'must be an identifier, e.g. FILE_UNAVAILABLE' }),
  ),
});

export type ClientData = z.infer<typeof clientSchema>;
export type ClientError = z.infer<typeof clientErrorSchema>;
export type ReplyNames = z.infer<typeof replyNamesSchema>;
