/** The phases of RFC 959 section 5.4's command-reply listing, in the order a session meets them. */
export const PHASES = ['preliminary', 'afterPreliminary', 'completion', 'intermediate'] as const;
export type Phase = (typeof PHASES)[number];
