/**
 * Zod schemas for everything people write in `content/`.
 *
 * One definition serves three readers: Astro's content collections
 * (`src/content.config.ts`), the build-time cross-file check
 * (`src/lib/content-check.ts`) and the unit tests. `astro/zod` is a plain
 * re-export of Zod 4, so this module stays free of Astro's runtime.
 */
import { z } from 'astro/zod';

/** RFCs whose text is in `../shared/reference/rfc/`; a citation must name one of these. */
export const KNOWN_RFCS = [959, 1123, 1639, 2228, 2389, 2428, 2640, 2773, 3659, 4217, 5797, 7151] as const;

/** A three-digit reply code as written in YAML, e.g. `550`. */
export const replyCodeSchema = z
  .number({ error: 'must be a three-digit reply code written as a number, e.g. 550' })
  .int()
  .min(100, { error: 'must be a three-digit reply code (100-699)' })
  .max(699, { error: 'must be a three-digit reply code (100-699)' });

/** A pointer into one of the reference RFCs. */
export const rfcCitationSchema = z.strictObject({
  /** RFC number, e.g. `959`. Must be one of {@link KNOWN_RFCS}. */
  rfc: z.number().int().refine((n) => (KNOWN_RFCS as readonly number[]).includes(n), {
    error: `must be one of the reference RFCs: ${KNOWN_RFCS.join(', ')}`,
  }),
  /** Section number without "section", e.g. `"4.2.1"`. Quote it in YAML. */
  section: z.string().regex(/^\d+(\.\d+)*$/, { error: 'must be a section number such as "4.2.1"' }),
  /** What the cited section says about this topic, in a few words. */
  about: z.string().min(3).optional(),
});

/**
 * Frontmatter of `content/codes/NNN.md`. The file name is the code; class,
 * group, finality, retry advice, "returned by" and URLs are derived, never
 * written here.
 */
export const codeSchema = z.strictObject({
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
  /** Where the code is defined: at least one RFC section. */
  definedIn: z.array(rfcCitationSchema).min(1, { error: 'must cite at least one RFC section' }),
  /** Further RFC sections the page relies on (rendered under References). */
  references: z.array(rfcCitationSchema).default([]),
  /** Hand-picked related codes beyond the derived ones (each must have a page). */
  seeAlso: z.array(replyCodeSchema).default([]),
});

/** The phases of RFC 959 section 5.4's command-reply listing. */
export const PHASES = ['preliminary', 'afterPreliminary', 'completion', 'intermediate'] as const;
export type Phase = (typeof PHASES)[number];

const codeList = z.array(replyCodeSchema).default([]);

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
    /** Reply sequence, in the order the RFC lists it. Each code must have a page. */
    replies: z.strictObject({
      /** 1yz replies that open a transfer or delay. */
      preliminary: codeList,
      /** Replies that follow a preliminary reply (listed indented under it in 5.4). */
      afterPreliminary: codeList,
      /** Completion replies sent instead of a preliminary reply: 2yz, 4yz, 5yz. */
      completion: codeList,
      /** 3yz replies: the server waits for the next command of the group. */
      intermediate: codeList,
    }),
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
