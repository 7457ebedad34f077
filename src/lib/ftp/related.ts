/**
 * Related codes for a code page, in three kinds: the transient/permanent
 * counterpart from the sourced list (counterparts.ts), the codes the content
 * file names as often confused with it, and codes that can stand in its place
 * in the same commands' sequences. Sharing a class and group alone is too weak
 * to list: nearly every code shares them with several others.
 */
import { counterpartOf } from './counterparts.ts';
import { isReplyCode, replyClass } from './reply-codes.ts';
import { replySources, type CommandEntry } from './sequences.ts';
import { PHASES } from './phases.ts';
import { listWords } from './words.ts';

export type RelatedKind = 'counterpart' | 'confused' | 'same-place';

export interface RelatedCode {
  code: number;
  kind: RelatedKind;
  /**
   * Why it is related, as a sentence: the counterparts' sourced reason, or the commands both can
   * answer in the same place. Empty for `confused`: the page lists those under one heading.
   */
  reason: string;
}

/** The headings a page groups related codes under, in page order. */
export const RELATED_KINDS: readonly { kind: RelatedKind; heading: string }[] = [
  { kind: 'counterpart', heading: 'Transient or permanent counterpart' },
  { kind: 'confused', heading: 'Often confused with it' },
  { kind: 'same-place', heading: 'Other replies in the same place' },
];

/** How many codes that stand in the same place are listed at most. */
const SAME_PLACE = 4;

/** How an event (connection establishment) reads in a list of commands. */
const label = (command: CommandEntry) => (command.data.kind === 'event' ? 'a new connection' : command.data.command);

/**
 * Related codes, each once, counterpart first, then the curated ones, then up to four that stand in
 * the same place of the same commands (same class only: 450 and 550 to RETR, not 150 and 550).
 *
 * @example relatedCodes(450, { codes: [450, 550], seeAlso: [], commands: [] })[0].kind // -> 'counterpart'
 */
export function relatedCodes(
  code: number,
  {
    codes,
    seeAlso,
    commands,
  }: { codes: readonly number[]; seeAlso: readonly number[]; commands: readonly CommandEntry[] },
): RelatedCode[] {
  const available = new Set(codes);
  const out = new Map<number, RelatedCode>();
  const add = (other: number, kind: RelatedKind, reason: string) => {
    if (other !== code && available.has(other) && !out.has(other)) out.set(other, { code: other, kind, reason });
  };

  const counterpart = counterpartOf(code);
  if (counterpart) add(counterpart.code, 'counterpart', counterpart.entry.reason);
  for (const other of seeAlso) add(other, 'confused', '');
  // A socket error has no sequence to stand in.
  if (!isReplyCode(code)) return [...out.values()];

  // Codes that can stand in the same place of the same command's sequence, with those commands.
  const sharing = new Map<number, string[]>();
  for (const command of commands) {
    for (const phase of PHASES) {
      const list = replySources(command.data).flatMap((source) => source.replies[phase]);
      if (!list.includes(code)) continue;
      for (const other of new Set(list)) {
        const labels = sharing.get(other) ?? [];
        if (!labels.includes(label(command))) labels.push(label(command));
        sharing.set(other, labels);
      }
    }
  }
  [...sharing]
    .filter(([other]) => isReplyCode(other) && replyClass(other).digit === replyClass(code).digit)
    .filter(([other]) => other !== code && available.has(other) && !out.has(other))
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, SAME_PLACE)
    .forEach(([other, labels]) => add(other, 'same-place', `Can answer ${listWords(labels, 5)} where ${code} can.`));
  return [...out.values()];
}
