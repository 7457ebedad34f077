/**
 * Related codes for a code page: curated ones from the content file, the
 * transient/permanent twin, codes that answer the same commands in the same
 * phase, and codes that share the class and function group.
 */
import { functionGroup, isReplyCode, negativeTwin, replyClass } from './reply-codes.ts';
import { replySources, type CommandEntry } from './sequences.ts';
import { PHASES } from './phases.ts';

export interface RelatedCode {
  code: number;
  /** Why it is related, as a phrase that completes "Related because it is ...". */
  reason: string;
}

/**
 * Related codes in order of strength, each once, at most `limit`.
 *
 * @example relatedCodes(450, { codes: [450, 550], seeAlso: [], commands: [] })
 * // -> [{ code: 550, reason: 'the permanent twin: same problem, but retrying unchanged will not help' }]
 */
export function relatedCodes(
  code: number,
  {
    codes,
    seeAlso,
    commands,
    limit = 8,
  }: { codes: readonly number[]; seeAlso: readonly number[]; commands: readonly CommandEntry[]; limit?: number },
): RelatedCode[] {
  const available = new Set(codes);
  const out = new Map<number, string>();
  const add = (other: number | undefined, reason: string) => {
    if (other !== undefined && other !== code && available.has(other) && !out.has(other)) out.set(other, reason);
  };

  const result = () => [...out].slice(0, limit).map(([c, reason]) => ({ code: c, reason }));

  const twin = isReplyCode(code) ? negativeTwin(code) : undefined;
  if (twin !== undefined) {
    add(
      twin,
      Math.floor(twin / 100) === 5
        ? 'the permanent twin: same problem, but retrying unchanged will not help'
        : 'the transient twin: same problem, but retrying later may help',
    );
  }
  for (const other of seeAlso) add(other, 'often confused with it');
  // A socket error has no class, group or sequence to be related by.
  if (!isReplyCode(code)) return result();

  // Codes that can stand in the same place of the same command's sequence.
  const sharing = new Map<number, number>();
  for (const command of commands) {
    for (const phase of PHASES) {
      const list = replySources(command.data).flatMap((source) => source.replies[phase]);
      if (!list.includes(code)) continue;
      for (const other of list) sharing.set(other, (sharing.get(other) ?? 0) + 1);
    }
  }
  [...sharing]
    .filter(([other]) => Math.floor(other / 100) === Math.floor(code / 100))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .forEach(([other]) => add(other, 'an alternative reply to the same commands'));

  const group = functionGroup(code).digit;
  const cls = replyClass(code).digit;
  for (const other of [...available].filter(isReplyCode).sort((a, b) => a - b)) {
    if (replyClass(other).digit === cls && functionGroup(other).digit === group) {
      add(other, `in the same class and function group (${functionGroup(code).name.toLowerCase()})`);
    }
  }
  return result();
}
