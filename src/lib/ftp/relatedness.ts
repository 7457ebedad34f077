/**
 * Which pairs of codes are related, and why: the one place that decides
 * which comparison pages are indexable, listed in the sitemap and linked from
 * code pages (design.md section 6).
 */
import type { CodeFacts } from './code-facts.ts';
import { counterpartsOf } from './counterparts.ts';
import { functionGroup, isReplyCode, replyClass } from './reply-codes.ts';
import { pairId } from './pairs.ts';

/**
 * Pairs people commonly confuse, beyond what the data shows, that have no
 * editorial note. A pair with a note (content/compare/) is curated by that
 * note and is not listed here again.
 */
export const CONFUSED_PAIRS: readonly [number, number][] = [
  [350, 550],
  [211, 215],
  [221, 231],
  [231, 232],
  [234, 334],
  [234, 534],
  [235, 335],
  [250, 257],
  [425, 520],
  // 400: Pure-FTPd's refusal of a session without TLS, which RFC 2228 would answer with 534.
  [400, 534],
  // 434: what code lists call an unavailable host; RFC 7151 answers HOST with 421 or 504 instead.
  [421, 434],
  [434, 504],
  [631, 632],
  [631, 633],
  [632, 633],
  // Socket errors and the replies or situations behind them.
  [425, 10061],
  [10054, 10060],
  [10060, 10065],
  [550, 10066],
  [421, 10068],
];

export type RelationKind = 'counterparts' | 'sequence' | 'curated' | 'editorial' | 'class-and-group' | 'same-commands';

export interface Relation {
  kind: RelationKind;
  /** Command labels the relation is about (sequence, same-commands). */
  commands?: string[];
}

export interface Relatedness {
  reasons: Relation[];
  /** Higher is more related; 0 means unrelated. */
  score: number;
  /** Related pairs are indexable, in the sitemap and linked from code pages. */
  indexable: boolean;
}

const WEIGHT: Record<RelationKind, number> = {
  counterparts: 3,
  sequence: 3,
  curated: 3,
  editorial: 3,
  'class-and-group': 1,
  'same-commands': 1,
};

/** A pair is indexable from this score up: one strong reason, or two weak ones. */
export const INDEXABLE_SCORE = 2;

const curated = new Set(CONFUSED_PAIRS.map(([a, b]) => pairId(a, b)));

/**
 * Why two codes are related.
 *
 * @example relate(facts(450), facts(550), { editorial: new Set() }).reasons[0].kind // -> 'counterparts'
 */
export function relate(a: CodeFacts, b: CodeFacts, { editorial }: { editorial: ReadonlySet<string> }): Relatedness {
  const reasons: Relation[] = [];
  const id = pairId(a.code, b.code);
  const replies = isReplyCode(a.code) && isReplyCode(b.code);

  // Transient/permanent counterparts come from the sourced list only, never from the digits.
  if (replies && counterpartsOf(a.code, b.code)) reasons.push({ kind: 'counterparts' });

  // A preliminary reply and a reply that can follow it, for the same command.
  const sequence = a.commands
    .filter((ca) =>
      b.commands.some(
        (cb) =>
          cb.id === ca.id &&
          ((ca.phase === 'preliminary' && cb.phase === 'afterPreliminary') ||
            (ca.phase === 'afterPreliminary' && cb.phase === 'preliminary')),
      ),
    )
    .map((c) => c.label);
  if (sequence.length > 0) reasons.push({ kind: 'sequence', commands: [...new Set(sequence)] });

  if (curated.has(id) || editorial.has(id)) reasons.push({ kind: 'curated' });
  if (editorial.has(id)) reasons.push({ kind: 'editorial' });

  const [ga, gb] = replies ? [functionGroup(a.code), functionGroup(b.code)] : [undefined, undefined];
  if (replies && replyClass(a.code).digit === replyClass(b.code).digit && ga && gb && ga.digit === gb.digit) {
    reasons.push({ kind: 'class-and-group' });
  }

  const shared = a.commands
    .filter((ca) => b.commands.some((cb) => cb.id === ca.id && cb.phase === ca.phase))
    .map((c) => c.label);
  if (shared.length > 0) reasons.push({ kind: 'same-commands', commands: [...new Set(shared)] });

  let score = reasons.reduce((sum, r) => sum + WEIGHT[r.kind], 0);
  // Alternatives in the same place of a sequence matter more when they are of one class (450 or 550 to RETR).
  if (shared.length > 0 && replies && replyClass(a.code).digit === replyClass(b.code).digit) score += 1;
  return { reasons, score, indexable: score >= INDEXABLE_SCORE };
}

/**
 * The codes most worth comparing with `code`, strongest first.
 *
 * @example oftenCompared(450, facts, { editorial, limit: 3 }) // -> [550, ...]
 */
export function oftenCompared(
  code: number,
  facts: ReadonlyMap<number, CodeFacts>,
  { editorial, limit = 6 }: { editorial: ReadonlySet<string>; limit?: number },
): { code: number; relatedness: Relatedness }[] {
  const self = facts.get(code);
  if (!self) return [];
  return [...facts.values()]
    .filter((other) => other.code !== code)
    .map((other) => ({ code: other.code, relatedness: relate(self, other, { editorial }) }))
    .filter((r) => r.relatedness.indexable)
    .sort((x, y) => y.relatedness.score - x.relatedness.score || x.code - y.code)
    .slice(0, limit);
}

/**
 * Whether people often mix the two up: the pair is curated (CONFUSED_PAIRS or an editorial note)
 * or the two are transient and permanent counterparts. The comparison index lists these first.
 *
 * @example isOftenConfused(relate(f450, f550, opts)) // -> true
 */
export function isOftenConfused(relatedness: Relatedness): boolean {
  return relatedness.reasons.some((r) => r.kind === 'curated' || r.kind === 'counterparts');
}

/** Themes for the comparison index, in display order. */
export const THEMES = [
  'Transient or permanent',
  'Start and end of an exchange',
  'Connections',
  'Logins and accounts',
  'Security and TLS',
  'Files and directories',
  'Syntax and unsupported commands',
  'Information and status',
  'Socket errors and replies',
  'Other pairs',
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The RFCs of FTP security: RFC 2228 (security extensions: AUTH, ADAT, PROT, protected replies)
 * and RFC 4217 (FTP over TLS). A code that one of them defines, in any of its meanings, is about security.
 */
const SECURITY_RFCS: ReadonlySet<number> = new Set([2228, 4217]);
const isSecurity = (f: CodeFacts) => f.definedBy.some((rfc) => SECURITY_RFCS.has(rfc));

/** The theme of a pair by the function group (second digit) of its codes, most specific first. */
const GROUP_THEMES: [number, Theme][] = [
  [3, 'Logins and accounts'],
  [2, 'Connections'],
  [5, 'Files and directories'],
  [0, 'Syntax and unsupported commands'],
  [1, 'Information and status'],
];

/**
 * The index theme of a related pair: what the pair is about. Counterparts and a reply with the reply
 * that follows it come first; then socket errors; then security, when either code belongs to the
 * security RFCs (protected replies, 6yz, among them: RFC 2228 gives them no function group); then
 * the function group of either code, logins before connections before files.
 *
 * @example pairTheme(f450, f550, relate(f450, f550, opts)) // -> 'Transient or permanent'
 * @example pairTheme(f631, f632, relate(f631, f632, opts)) // -> 'Security and TLS'
 */
export function pairTheme(a: CodeFacts, b: CodeFacts, relatedness: Relatedness): Theme {
  const kinds = relatedness.reasons.map((r) => r.kind);
  if (kinds.includes('counterparts')) return 'Transient or permanent';
  if (kinds.includes('sequence')) return 'Start and end of an exchange';
  if (!isReplyCode(a.code) || !isReplyCode(b.code) || a.status === 'not-ftp' || b.status === 'not-ftp')
    return 'Socket errors and replies';
  if (isSecurity(a) || isSecurity(b)) return 'Security and TLS';
  const groups = [functionGroup(a.code)?.digit, functionGroup(b.code)?.digit];
  return GROUP_THEMES.find(([digit]) => groups.includes(digit))?.[1] ?? 'Other pairs';
}
