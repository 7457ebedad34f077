/** The reply codes a command file lists, wherever it lists them, for the rules that check them. */
import { PHASES, type Phase } from '../ftp/phases.ts';
import type { CommandData } from './schema.ts';

export interface ListedReply {
  /** Field path of the entry, e.g. `['additions', 0, 'replies', 'completion', 1]`. */
  path: (string | number)[];
  phase: Phase;
  code: number;
}

/**
 * Every code in a command's `replies` and in each of its `additions`, in the order the file lists them.
 *
 * @example
 * // retr.md: replies: { preliminary: [150], completion: [550] }, additions: [{ replies: { completion: [534] } }]
 * listedReplies(data).map((r) => `${r.path.join('.')}=${r.code}`)
 * // -> ['replies.preliminary.0=150', 'replies.completion.0=550', 'additions.0.replies.completion.0=534']
 */
export function listedReplies(data: CommandData): ListedReply[] {
  const sources = [
    { prefix: ['replies'], replies: data.replies },
    ...data.additions.map((a, i) => ({ prefix: ['additions', i, 'replies'], replies: a.replies })),
  ];
  return sources.flatMap(({ prefix, replies }) =>
    PHASES.flatMap((phase) => replies[phase].map((code, i) => ({ path: [...prefix, phase, i], phase, code }))),
  );
}
