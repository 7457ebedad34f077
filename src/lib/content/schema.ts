/**
 * Zod schemas for everything people write in `content/`.
 *
 * One definition serves three readers: Astro's content collections
 * (`src/content.config.ts`), the build-time cross-file check
 * (`src/lib/content/content-check.ts`) and the unit tests. `astro/zod` is a plain
 * re-export of Zod 4, so this module stays free of Astro's runtime.
 */
import { z } from 'astro/zod';
import { rfcCategory } from '../ftp/rfc.ts';
import { STATUSES } from './statuses.ts';

/** RFCs whose text is in `reference/rfc/`; a citation must name one of these. */
export const KNOWN_RFCS = [959, 1123, 1639, 2228, 2389, 2428, 2640, 2773, 3659, 4217, 5797, 7151] as const;

/**
 * A number that has a page: a three-digit reply code, or a five-digit
 * Windows Sockets error (10000-11999) that clients show like one.
 */
export const pageCodeSchema = z
  .number({ error: 'must be a code written as a number, e.g. 550' })
  .int()
  .refine((n) => (n >= 100 && n <= 699) || (n >= 10000 && n <= 11999), {
    error: 'must be a three-digit reply code (100-699) or a Windows Sockets error (10000-11999)',
  });

/** A three-digit reply code as written in YAML, e.g. `550`. */
export const replyCodeSchema = z
  .number({ error: 'must be a three-digit reply code written as a number, e.g. 550' })
  .int()
  .min(100, { error: 'must be a three-digit reply code (100-699)' })
  .max(699, { error: 'must be a three-digit reply code (100-699)' });

/** A pointer into one of the reference RFCs. */
export const rfcCitationSchema = z.strictObject({
  /** RFC number, e.g. `959`. Must be one of {@link KNOWN_RFCS}. */
  rfc: z
    .number()
    .int()
    .refine((n) => (KNOWN_RFCS as readonly number[]).includes(n), {
      error: `must be one of the reference RFCs: ${KNOWN_RFCS.join(', ')}`,
    }),
  /** Section number without "section", e.g. `"4.2.1"`. Quote it in YAML. */
  section: z.string().regex(/^\d+(\.\d+)*$/, { error: 'must be a section number such as "4.2.1"' }),
  /** What the cited section says about this topic, in a few words. */
  about: z.string().min(3).optional(),
});

/** A source outside the reference RFCs: a server's manual, an old RFC, a vendor's documentation. */
export const externalSourceSchema = z.strictObject({
  /** Title of the document, e.g. "RFC 765: File Transfer Protocol" or "Windows Sockets Error Codes". */
  title: z.string().min(3),
  /** Where to read it. */
  url: z.url({ error: 'must be a full URL, e.g. https://...' }),
  /** What it says that the page relies on, in a few words. */
  about: z.string().min(3).optional(),
});

export { STATUSES, type CodeStatus } from './statuses.ts';

/** One meaning of a number that has more than one (e.g. 521 in RFC 1639 and in RFC 4217). */
export const meaningSchema = z
  .strictObject({
    /** Short name of this meaning, e.g. "Address family not supported (LPRT)". */
    name: z.string().min(3),
    /** The reply text the source gives for this meaning. */
    text: z.string().min(3),
    /** The RFC section that defines this meaning ... */
    definedIn: rfcCitationSchema.optional(),
    /** ... or, for a meaning no reference RFC defines, where it comes from. */
    source: externalSourceSchema.optional(),
    /** How to tell from context that this is the meaning in front of you. */
    context: z.string().min(20),
  })
  .refine((m) => !!m.definedIn !== !!m.source, {
    error: 'needs exactly one of definedIn (an RFC section) or source',
    path: ['definedIn'],
  });

/**
 * Frontmatter of `content/codes/NNN.md`. The file name is the code; class,
 * group, finality, retry advice, "returned by" and URLs are derived, never
 * written here.
 */
export const codeSchema = z
  .strictObject({
    /** See {@link STATUSES}. Defaults to `standard`. */
    status: z.enum(STATUSES).default('standard'),
    /** Short name shown after the number, e.g. "File unavailable". Title case not required. */
    name: z.string().min(3).max(60),
    /** The reply text the defining RFC gives for this code, verbatim. */
    text: z.string().min(3),
    /** One sentence (ends with a period) that answers "what does this reply mean for me?". */
    summary: z
      .string()
      .min(40, { error: 'must be one full sentence of at least 40 characters' })
      .max(260, { error: 'must be one sentence of at most 260 characters' })
      .refine((s) => /[.!?]$/.test(s.trim()), { error: 'must end with a full stop' }),
    /** Where the code is defined: RFC sections. Required for `standard` codes. */
    definedIn: z.array(rfcCitationSchema).default([]),
    /** Sources outside the reference RFCs. Required for codes that are not `standard`. */
    sources: z.array(externalSourceSchema).default([]),
    /** Every meaning, for a number that later RFCs (or practice) gave a second meaning. */
    meanings: z.array(meaningSchema).default([]),
    /** Further RFC sections the page relies on (rendered under References). */
    references: z.array(rfcCitationSchema).default([]),
    /** Hand-picked related codes beyond the derived ones (each must have a page). */
    seeAlso: z.array(pageCodeSchema).default([]),
    /** The connection the reply is about, where its RFC text names one (RFC 959 4.2.1 "x2z Connections"). */
    connection: z.enum(['control', 'data']).optional(),
    /**
     * Retry advice for this code, one sentence, when the class's default (src/lib/ftp/reply-codes.ts) would
     * mislead: e.g. a 4yz code whose page says retrying unchanged fails the same way.
     */
    retry: z
      .string()
      .min(20, { error: 'must be one full sentence of at least 20 characters' })
      .max(200, { error: 'must be one sentence of at most 200 characters' })
      .refine((s) => /[.!?]$/.test(s.trim()), { error: 'must end with a full stop' })
      .optional(),
  })
  .refine((c) => !['standard', 'experimental'].includes(c.status) || c.definedIn.length > 0, {
    error:
      'a standard code must cite at least one RFC section (or set status: non-standard, obsolete or not-ftp with sources)',
    path: ['definedIn'],
  })
  .refine(
    (c) =>
      c.status !== 'standard' ||
      c.definedIn.length === 0 ||
      c.definedIn.some((d) => rfcCategory(d.rfc) === 'standards-track'),
    {
      error:
        'a standard code must be defined by a standards-track RFC; a code only Experimental RFCs define (1639, 2773) has status: experimental',
      path: ['status'],
    },
  )
  .refine(
    (c) =>
      c.status !== 'experimental' ||
      (c.definedIn.length > 0 && c.definedIn.every((d) => rfcCategory(d.rfc) === 'experimental')),
    {
      error: 'an experimental code must be defined by Experimental RFCs only (1639, 2773); otherwise it is standard',
      path: ['status'],
    },
  )
  .refine((c) => ['standard', 'experimental'].includes(c.status) || c.sources.length > 0, {
    error: 'a code that no RFC defines must name at least one source',
    path: ['sources'],
  })
  .refine((c) => c.meanings.length !== 1, { error: 'list two or more meanings, or none', path: ['meanings'] });

const codeList = z.array(replyCodeSchema).default([]);

/** Replies listed by phase, as a command-reply sequence lists them. */
export const repliesSchema = z.strictObject({
  /** 1yz replies that open a transfer or delay. */
  preliminary: codeList,
  /** Replies that follow a preliminary reply (listed indented under it in 5.4). */
  afterPreliminary: codeList,
  /** Completion replies sent instead of a preliminary reply: 2yz, 4yz, 5yz. */
  completion: codeList,
  /** 3yz replies: the server waits for the next command of the group. */
  intermediate: codeList,
});

/**
 * Frontmatter of `content/commands/name.md`. This is the single source of
 * truth for which commands return which codes.
 */
export const commandSchema = z
  .strictObject({
    /** The command verb in capitals, e.g. `RETR`; must match the file name (`retr.md`). For `kind: event`, a title. */
    command: z.string().min(3),
    /** `command` for an FTP command; `event` for a sequence no command starts (connection establishment). */
    kind: z.enum(['command', 'event']).default('command'),
    /** Expanded name, e.g. "Retrieve". */
    name: z.string().min(3),
    /** Syntax line from RFC 959 section 5.3.1, e.g. "RETR <SP> <pathname> <CRLF>". Omit for events. */
    syntax: z.string().optional(),
    /** One sentence on what the command does. */
    summary: z
      .string()
      .min(30)
      .max(260)
      .refine((s) => /[.!?]$/.test(s.trim()), { error: 'must end with a full stop' }),
    /** The section 5.4 heading the command sits under, e.g. "File action commands". */
    group: z.string().min(3),
    /** Where the command is defined. */
    definedIn: z.array(rfcCitationSchema).min(1, { error: 'must cite at least one RFC section' }),
    /** The RFC section that lists this reply sequence, e.g. 959 "5.4". */
    sequenceFrom: rfcCitationSchema,
    /** Reply sequence, in the order `sequenceFrom` lists it. Each code must have a page. */
    replies: repliesSchema,
    /**
     * Replies a later RFC adds to this command (e.g. RFC 2228 8.2 adds 534 and
     * 535 to RETR), each group with the section that adds it.
     */
    additions: z
      .array(
        z.strictObject({
          /** The RFC section that adds these replies. */
          from: rfcCitationSchema,
          replies: repliesSchema,
        }),
      )
      .default([]),
    /** Commands expected after an intermediate reply, e.g. RNFR -> [RNTO]. File names, lowercase. */
    followedBy: z.array(z.string()).default([]),
    /**
     * What a code means when it answers this command, keyed by code, e.g.
     * `550: "The file does not exist or you may not read it."`.
     */
    replyNotes: z.record(z.string().regex(/^\d{3}$/), z.string().min(10)).default({}),
  })
  .refine((c) => c.kind === 'event' || !!c.syntax, { error: 'syntax is required for commands', path: ['syntax'] });

export type CodeData = z.infer<typeof codeSchema>;
export type CommandData = z.infer<typeof commandSchema>;

/**
 * Frontmatter of `content/compare/A-vs-B.md`: editorial notes merged into
 * the generated comparison page of codes A and B (A < B).
 */
export const compareSchema = z.strictObject({
  /** One sentence: the decisive difference, for a reader holding one of the two replies. */
  summary: z
    .string()
    .min(40, { error: 'must be one full sentence of at least 40 characters' })
    .max(260, { error: 'must be one sentence of at most 260 characters' })
    .refine((s) => /[.!?]$/.test(s.trim()), { error: 'must end with a full stop' }),
});

export type CompareData = z.infer<typeof compareSchema>;
