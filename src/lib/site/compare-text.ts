/**
 * The sentences of a comparison page, built from data. Each builder returns
 * a complete sentence (or nothing when it has nothing true to say), so a page
 * never shows an empty clause or a blank filled in wrongly. Tests run every
 * builder over every pair of real codes.
 */
import type { CodeFacts } from '../ftp/code-facts.ts';
import { otherMeanings } from '../ftp/other-protocols.ts';
import { functionGroup, isReplyCode, negativeTwin, replyClass } from '../ftp/reply-codes.ts';
import type { Phase } from '../ftp/phases.ts';
import { NOT_FTP_REASON, statusInfo } from './status.ts';

const isReply = (f: CodeFacts) => f.status !== 'not-ftp' && isReplyCode(f.code);
const state = (f: CodeFacts) => (isReply(f) ? replyClass(f.code).meaning : NOT_FTP_REASON);

/** "A, B and C", or "A, B, C and 4 more" past `max`. */
export function listWords(items: readonly string[], max = 8): string {
  const shown = items.length > max ? items.slice(0, max - 1) : [...items];
  const rest = items.length - shown.length;
  const parts = rest > 0 ? [...shown, `${rest} more`] : shown;
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

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
  if (ga.digit === gb.digit) {
    return ga.name === 'Unspecified' || ga.name === 'Unassigned'
      ? `Both have ${ga.digit} as their second digit, a group no RFC defines.`
      : `Both are in the ${ga.name.toLowerCase()} group (x${ga.digit}z): replies about ${ga.about}.`;
  }
  return `${a.code} ${groupPhrase(a.code)}; ${b.code} ${groupPhrase(b.code)}.`;
}

/** Which connection each is about, where the data says. */
export function connectionSentence(a: CodeFacts, b: CodeFacts): string | undefined {
  if (a.connection && b.connection) {
    if (a.connection === b.connection) return `Both are about the ${a.connection} connection.`;
    return `${a.code} is about the ${a.connection} connection; ${b.code} is about the ${b.connection} connection.`;
  }
  const known = a.connection ? a : b.connection ? b : undefined;
  return known ? `${known.code} is about the ${known.connection} connection.` : undefined;
}

const labels = (f: CodeFacts) => [...new Set(f.commands.map((c) => c.label))];

/** The commands each can answer, and those they share. */
export function commandsSentences(a: CodeFacts, b: CodeFacts): string[] {
  const la = labels(a);
  const lb = labels(b);
  const shared = la.filter((l) => lb.includes(l));
  const onlyA = la.filter((l) => !lb.includes(l));
  const onlyB = lb.filter((l) => !la.includes(l));
  const out: string[] = [];
  if (la.length === 0 && lb.length === 0) return [`No command-reply sequence lists either ${a.code} or ${b.code}.`];
  if (shared.length > 0) out.push(`Both can answer ${listWords(shared)}.`);
  for (const [f, only, all] of [
    [a, onlyA, la],
    [b, onlyB, lb],
  ] as const) {
    if (all.length === 0) out.push(`No command-reply sequence lists ${f.code}.`);
    else if (only.length > 0) out.push(`Only ${f.code} can answer ${listWords(only)}.`);
  }
  return out;
}

const PHASE_PLACE: Record<Phase, string> = {
  preliminary: 'comes first, when an action starts, and another reply follows it',
  afterPreliminary: 'follows a preliminary reply, when the action it announced ends',
  completion: 'is the only reply to the command',
  intermediate: 'asks for the next command of a sequence',
};

function placeOf(f: CodeFacts): string | undefined {
  const phases = [...new Set(f.commands.map((c) => c.phase))];
  if (phases.length === 0) return undefined;
  const order: Phase[] = ['preliminary', 'intermediate', 'afterPreliminary', 'completion'];
  const clauses = order.filter((p) => phases.includes(p)).map((p) => PHASE_PLACE[p]);
  return clauses.length === 1 ? clauses[0] : `${clauses.slice(0, -1).join(', ')}, or ${clauses[clauses.length - 1]}`;
}

/** Where each sits in a session, and whether one can follow the other. */
export function positionSentences(a: CodeFacts, b: CodeFacts): string[] {
  const out: string[] = [];
  const [pa, pb] = [placeOf(a), placeOf(b)];
  if (pa && pa === pb) out.push(`In a session, ${a.code} and ${b.code} each ${pa}.`);
  else {
    if (pa) out.push(`In a session, ${a.code} ${pa}.`);
    if (pb) out.push(`${pa ? '' : 'In a session, '}${b.code} ${pb}.`);
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
    if (commands.length > 0)
      out.push(
        `For ${listWords([...new Set(commands)])}, ${then.code} can follow ${first.code}: one opens the exchange and the other closes it.`,
      );
  }
  return out;
}

/** What retrying does after each. */
export function retrySentence(a: CodeFacts, b: CodeFacts): string | undefined {
  if (!isReply(a) || !isReply(b)) return undefined;
  const ra = replyClass(a.code).retry;
  const rb = replyClass(b.code).retry;
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  if (ra === rb) return `After either one, ${lower(ra)}`;
  return `After ${a.code}, ${lower(ra)} After ${b.code}, ${lower(rb)}`;
}

/** Transient/permanent twins: same last two digits, 4yz and 5yz. */
export function twinSentence(a: CodeFacts, b: CodeFacts): string | undefined {
  if (!isReply(a) || !isReply(b) || negativeTwin(a.code) !== b.code) return undefined;
  return `${a.code} and ${b.code} are twins: the same last two digits report the same kind of failure, as transient (${a.code}) and as permanent (${b.code}).`;
}

/** The same numbers in HTTP or SMTP, where they mean something else. */
export function otherProtocolSentences(
  a: CodeFacts,
  b: CodeFacts,
): { text: string; sources: { title: string; url: string }[] }[] {
  return [a, b].flatMap((f) => {
    const others = otherMeanings(f.code);
    if (others.length === 0) return [];
    const text = `${capitalize(listWords(others.map((o) => `${o.protocol} ${f.code} means ${o.meaning}`)))}; in FTP, ${f.code} means ${f.name.charAt(0).toLowerCase()}${f.name.slice(1)}.`;
    return [{ text, sources: others.map((o) => o.source) }];
  });
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
    { label: 'Twins', sentences: [twinSentence(a, b)] },
    { label: 'Commands', sentences: commandsSentences(a, b) },
    { label: 'Place in a session', sentences: positionSentences(a, b) },
    { label: 'Retrying', sentences: [retrySentence(a, b)] },
  ]
    .map((p) => ({ label: p.label, sentences: p.sentences.filter((s): s is string => !!s) }))
    .filter((p) => p.sentences.length > 0);
  return { verdicts: [verdict(a, b), verdict(b, a)], points, otherProtocols: otherProtocolSentences(a, b) };
}
