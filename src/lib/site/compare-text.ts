/**
 * The sentences of a comparison page, built from data. Each builder returns
 * a complete sentence (or nothing when it has nothing true to say), so a page
 * never shows an empty clause or a blank filled in wrongly. Every sentence
 * names both codes, or speaks of both ("Both", "Neither", "either"). Tests run
 * every builder over every pair of real codes.
 */
import type { CodeFacts } from '../ftp/code-facts.ts';
import { otherMeanings } from '../ftp/other-protocols.ts';
import { counterpartsOf } from '../ftp/counterparts.ts';
import { functionGroup, isReplyCode, replyClass } from '../ftp/reply-codes.ts';
import type { Phase } from '../ftp/phases.ts';
import { rfcLabel } from '../ftp/rfc.ts';
import { listWords } from '../ftp/words.ts';
import { NOT_FTP_REASON, statusInfo } from './status.ts';

const isReply = (f: CodeFacts) => f.status !== 'not-ftp' && isReplyCode(f.code);
const state = (f: CodeFacts) => (isReply(f) ? replyClass(f.code).meaning : NOT_FTP_REASON);

/**
 * The reader's verdict for one direction of the pair.
 *
 * @example verdict(f450, f550) // -> 'You received 450, not 550. <450's summary>'
 */
export function verdict(got: CodeFacts, not: CodeFacts): string {
  return `You received ${got.code}, not ${not.code}. ${got.summary}`;
}

/** What the first digit says about each. */
export function classSentence(a: CodeFacts, b: CodeFacts): string {
  if (isReply(a) && isReply(b)) {
    const ca = replyClass(a.code);
    const cb = replyClass(b.code);
    if (ca.digit === cb.digit) return `Both are ${ca.digit}yz ${ca.name} replies: ${state(a)}.`;
    return `${a.code} is a ${ca.digit}yz ${ca.name} reply, meaning that ${state(a)}; ${b.code} is a ${cb.digit}yz ${cb.name} reply, meaning that ${state(b)}.`;
  }
  if (!isReply(a) && !isReply(b)) return `Neither has a reply class: for both, ${NOT_FTP_REASON}.`;
  const [reply, other] = isReply(a) ? [a, b] : [b, a];
  const c = replyClass(reply.code);
  return `${reply.code} is a ${c.digit}yz ${c.name} reply, meaning that ${state(reply)}; ${other.code} has no reply class: ${NOT_FTP_REASON}.`;
}

function groupPhrase(code: number): string {
  const g = functionGroup(code);
  if (!g) return 'has no function group: RFC 2228 gives protected replies none';
  if (g.name === 'Unspecified') return `has 4 as its second digit, a group RFC 959 leaves unassigned`;
  if (g.name === 'Unassigned') return `has ${g.digit} as its second digit, which no RFC assigns`;
  return `is in the ${g.name.toLowerCase()} group (x${g.digit}z), about ${g.about}`;
}

/** Whether each is a standard reply; nothing when both are. */
export function standingSentence(a: CodeFacts, b: CodeFacts): string | undefined {
  if (a.status === 'standard' && b.status === 'standard') return undefined;
  if (a.status === b.status) return statusInfo(a.status).both;
  return `${a.code} is ${statusInfo(a.status).standing}; ${b.code} is ${statusInfo(b.status).standing}.`;
}

/** What the second digit says about each; nothing for socket errors. */
export function groupSentence(a: CodeFacts, b: CodeFacts): string | undefined {
  if (!isReply(a) || !isReply(b)) return undefined;
  const ga = functionGroup(a.code);
  const gb = functionGroup(b.code);
  if (!ga && !gb) return 'Neither has a function group: RFC 2228 gives protected replies none.';
  if (ga && gb && ga.digit === gb.digit) {
    return ga.name === 'Unspecified' || ga.name === 'Unassigned'
      ? `Both have ${ga.digit} as their second digit, a group no RFC defines.`
      : `Both are in the ${ga.name.toLowerCase()} group (x${ga.digit}z): replies about ${ga.about}.`;
  }
  return `${a.code} ${groupPhrase(a.code)}; ${b.code} ${groupPhrase(b.code)}.`;
}

/**
 * Which connection each is about, where the data says (`connection`, from the reply text). When only
 * one says, the other's text is quoted as naming neither, unless it mentions a connection at all
 * (521's RFC 4217 text does, though its other meanings do not): then nothing is said. Socket errors
 * are not replies, so the question does not arise.
 */
export function connectionSentence(a: CodeFacts, b: CodeFacts): string | undefined {
  if (!isReply(a) || !isReply(b)) return undefined;
  if (a.connection && b.connection) {
    if (a.connection === b.connection) return `Both are about the ${a.connection} connection.`;
    return `${a.code} is about the ${a.connection} connection; ${b.code} is about the ${b.connection} connection.`;
  }
  const [known, other] = a.connection ? [a, b] : b.connection ? [b, a] : [undefined, undefined];
  if (!known || !other || /connection/i.test(other.text)) return undefined;
  return `${known.code} is about the ${known.connection} connection; the reply text of ${other.code} names neither connection.`;
}

const labels = (f: CodeFacts) => [...new Set(f.commands.map((c) => c.label))];
/** Protected replies (6yz) stand in no sequence: any command's reply can come wrapped in one (RFC 2228 8.2). */
const wrapsAny = (f: CodeFacts) => isReply(f) && replyClass(f.code).digit === 6;
const WRAPS = 'can wrap the reply to any command, once a security data exchange has completed';

/** The commands each can answer, and those they share. */
export function commandsSentences(a: CodeFacts, b: CodeFacts): string[] {
  if (wrapsAny(a) && wrapsAny(b)) return [`Both ${WRAPS}.`];
  const answers = (f: CodeFacts) => {
    if (wrapsAny(f)) return WRAPS;
    const l = labels(f);
    return l.length > 0 ? `answers ${listWords(l)}` : undefined;
  };
  const [la, lb] = [labels(a), labels(b)];
  if (wrapsAny(a) || wrapsAny(b) || la.length === 0 || lb.length === 0) {
    const [sa, sb] = [answers(a), answers(b)];
    if (!sa && !sb) return [`No command-reply sequence lists either ${a.code} or ${b.code}.`];
    if (sa && sb) return [`${a.code} ${sa}; ${b.code} ${sb}.`];
    const [has, what, hasNot] = sa ? [a, sa, b] : [b, sb!, a];
    return [`${has.code} ${what}; no command-reply sequence lists ${hasNot.code}.`];
  }
  const shared = la.filter((l) => lb.includes(l));
  const out: string[] = [];
  if (shared.length > 0) out.push(`Both can answer ${listWords(shared)}.`);
  for (const [f, other, only] of [
    [a, b, la.filter((l) => !lb.includes(l))],
    [b, a, lb.filter((l) => !la.includes(l))],
  ] as const) {
    if (only.length > 0) out.push(`Only ${f.code}, not ${other.code}, is listed for ${listWords(only)}.`);
  }
  return out;
}

const PHASE_PLACE: Record<Phase, string> = {
  preliminary: 'comes first, when an action starts, and another reply follows it',
  afterPreliminary: 'follows a preliminary reply and ends the exchange, when the action it announced is over',
  completion: 'is the only reply to the command',
  intermediate: 'asks for the next command of a sequence',
};
/** A preliminary reply listed after another preliminary (110 under 125 and 150, RFC 959 5.4). */
const DURING =
  'comes while a transfer runs, after the preliminary reply and before the final one, not in step with the data';

function placeOf(f: CodeFacts): string | undefined {
  if (wrapsAny(f)) return 'stands in for the reply it wraps, wherever that reply would come';
  const phases = [...new Set(f.commands.map((c) => c.phase))];
  if (phases.length === 0) return undefined;
  const order: Phase[] = ['preliminary', 'intermediate', 'afterPreliminary', 'completion'];
  const final = replyClass(f.code).final !== false;
  const clauses = order
    .filter((p) => phases.includes(p))
    .map((p) => (p === 'afterPreliminary' && !final ? DURING : PHASE_PLACE[p]));
  return clauses.length === 1 ? clauses[0] : `${clauses.slice(0, -1).join(', ')}, or ${clauses[clauses.length - 1]}`;
}

/** Why a code has no place in a session, as a clause after its number. */
const noPlace = (f: CodeFacts) =>
  isReply(f) ? 'is in no command-reply sequence' : 'is not a reply, so it has no place in one';

/** Where each sits in a session, and whether one can follow the other. */
export function positionSentences(a: CodeFacts, b: CodeFacts): string[] {
  const out: string[] = [];
  const [pa, pb] = [placeOf(a), placeOf(b)];
  if (pa && pa === pb) out.push(`In a session, ${a.code} and ${b.code} each ${pa}.`);
  else if (pa && pb) out.push(`In a session, ${a.code} ${pa}; ${b.code} ${pb}.`);
  else if (pa || pb) {
    const [has, place, hasNot] = pa ? [a, pa, b] : [b, pb!, a];
    out.push(`In a session, ${has.code} ${place}; ${hasNot.code} ${noPlace(hasNot)}.`);
  }
  for (const [first, then] of [
    [a, b],
    [b, a],
  ] as const) {
    const commands = first.commands
      .filter(
        (c) => c.phase === 'preliminary' && then.commands.some((t) => t.id === c.id && t.phase === 'afterPreliminary'),
      )
      .map((c) => c.label);
    if (commands.length === 0) continue;
    const list = listWords([...new Set(commands)]);
    out.push(
      replyClass(then.code).final === false
        ? `For ${list}, ${then.code} can come after ${first.code} while the transfer runs; neither ends the exchange.`
        : `For ${list}, ${then.code} can follow ${first.code}: ${first.code} opens the exchange and ${then.code} closes it.`,
    );
  }
  return out;
}

/** What retrying does after each, from each code's own advice (retryAdvice in code-facts.ts). */
export function retrySentence(a: CodeFacts, b: CodeFacts): string | undefined {
  if (!a.retry || !b.retry) return undefined;
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  if (a.retry === b.retry) return `After either one, ${lower(a.retry)}`;
  return `After ${a.code}, ${lower(a.retry)} After ${b.code}, ${lower(b.retry)}`;
}

/** Transient/permanent counterparts, from the sourced list (src/lib/ftp/counterparts.ts) only. */
export function counterpartsSentence(a: CodeFacts, b: CodeFacts): string | undefined {
  if (!isReply(a) || !isReply(b)) return undefined;
  const entry = counterpartsOf(a.code, b.code);
  return entry && `${entry.reason.slice(0, -1)} (${rfcLabel(entry.source)}).`;
}

/** The same numbers in HTTP or SMTP, where they mean something else: one sentence per protocol. */
export function otherProtocolSentences(
  a: CodeFacts,
  b: CodeFacts,
): { text: string; sources: { title: string; url: string }[] }[] {
  return [a, b].flatMap((f) =>
    otherMeanings(f.code).map((o) => ({
      text: `In ${o.protocol}, ${f.code} means ${o.meaning}; in FTP, it means ${f.name.charAt(0).toLowerCase()}${f.name.slice(1)}.`,
      sources: [o.source],
    })),
  );
}

export interface ComparisonText {
  verdicts: [string, string];
  points: { label: string; sentences: string[] }[];
  otherProtocols: { text: string; sources: { title: string; url: string }[] }[];
}

/** Everything computed for the page of the pair (a < b). */
export function compareText(a: CodeFacts, b: CodeFacts): ComparisonText {
  const points = [
    { label: 'What the first digit says', sentences: [classSentence(a, b)] },
    { label: 'Standing', sentences: [standingSentence(a, b)] },
    { label: 'What the second digit says', sentences: [groupSentence(a, b)] },
    { label: 'Which connection', sentences: [connectionSentence(a, b)] },
    { label: 'Transient or permanent', sentences: [counterpartsSentence(a, b)] },
    { label: 'Commands', sentences: commandsSentences(a, b) },
    { label: 'Place in a session', sentences: positionSentences(a, b) },
    { label: 'Retrying', sentences: [retrySentence(a, b)] },
  ]
    .map((p) => ({ label: p.label, sentences: p.sentences.filter((s): s is string => !!s) }))
    .filter((p) => p.sentences.length > 0);
  return { verdicts: [verdict(a, b), verdict(b, a)], points, otherProtocols: otherProtocolSentences(a, b) };
}
