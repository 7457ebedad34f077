/**
 * Zod schema for `content/guides/NAME.md`: a troubleshooting guide for a problem that spans codes, with what it
 * covers (each page listed links back to it). The format is in content/README.md.
 */
import { z } from 'astro/zod';
import { pageCodeSchema } from './schema.ts';

/** A server message or client error as `folder/id`, e.g. `vsftpd/illegal-port-command`, `curl/exit-28`. */
const ref = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'must be folder/id, e.g. vsftpd/illegal-port-command or curl/exit-28',
});

/** Frontmatter of `content/guides/NAME.md`. */
export const guideSchema = z.strictObject({
  /** The heading and page title. */
  title: z.string().min(10).max(60),
  /** One sentence: what goes wrong and where the fix is. */
  summary: z
    .string()
    .min(40, { error: 'must be one full sentence of at least 40 characters' })
    .max(260, { error: 'must be one sentence of at most 260 characters' })
    .refine((s) => /[.!?]$/.test(s.trim()), { error: 'must end with a full stop' }),
  /** What the guide explains; each page listed links back to it. */
  covers: z.strictObject({
    /** Reply codes and socket errors (each has a page). */
    codes: z.array(pageCodeSchema).default([]),
    /** Server messages as `server/id` (content/servers/). */
    messages: z.array(ref).default([]),
    /** Client errors as `client/id` (content/clients/). */
    errors: z.array(ref).default([]),
  }),
  /** Captures (tests/fixtures/transcripts/) that back its server steps. */
  seen: z.array(z.string().regex(/^[\w.-]+\.txt$/)).default([]),
});

export type GuideData = z.infer<typeof guideSchema>;
