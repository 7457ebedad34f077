/**
 * What the comparison pages need to know about one code, gathered from its
 * content file and from the command files (the single source of "returned by").
 */
import type { CodeData, CodeStatus } from '../content/schema.ts';
import type { Phase } from './phases.ts';
import { isReplyCode, replyClass } from './reply-codes.ts';
import { returnedBy, type CommandEntry } from './sequences.ts';

export interface CodeFacts {
  code: number;
  name: string;
  /** The reply text the content gives: the RFC's, the usual one, or the Windows message. */
  text: string;
  summary: string;
  status: CodeStatus;
  /** The RFCs that define the code or one of its meanings, lowest first; empty for a code no RFC defines. */
  definedBy: number[];
  connection: 'control' | 'data' | undefined;
  /** Retry advice (see retryAdvice); undefined for numbers that are not FTP replies. */
  retry: string | undefined;
  /** Every command (or event) that can return the code, with the phase; a command may appear once per phase. */
  commands: { id: string; label: string; phase: Phase }[];
}

/** How an event (connection establishment) reads in a list of commands: "Both can answer a new connection and USER". */
export const EVENT_LABEL = 'a new connection';

/**
 * Retry advice for a code: its own (the content file's `retry`) where the class's default would
 * mislead, else its class's; undefined for numbers that are not FTP replies. Every page that
 * talks about retrying a code asks this function.
 *
 * @example retryAdvice(550, { status: 'standard' }) // -> 'Do not retry unchanged: fix the command, ...'
 */
export function retryAdvice(code: number, data: Pick<CodeData, 'status' | 'retry'>): string | undefined {
  if (!isReplyCode(code) || data.status === 'not-ftp') return undefined;
  return data.retry ?? replyClass(code).retry;
}

/** Facts for every code, by number. */
export function codeFacts(
  codes: readonly { code: number; data: CodeData }[],
  commands: readonly CommandEntry[],
): Map<number, CodeFacts> {
  return new Map(
    codes.map(({ code, data }) => {
      const seen = new Set<string>();
      const list = returnedBy(code, commands)
        .map((r) => ({
          id: r.command.id,
          label: r.command.data.kind === 'event' ? EVENT_LABEL : r.command.data.command,
          phase: r.phase,
        }))
        .filter((c) => {
          const key = `${c.id}|${c.phase}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      return [
        code,
        {
          code,
          name: data.name,
          text: data.text,
          summary: data.summary,
          status: data.status,
          definedBy: [
            ...new Set([...data.definedIn, ...data.meanings.flatMap((m) => m.definedIn ?? [])].map((d) => d.rfc)),
          ].sort((x, y) => x - y),
          connection: data.connection,
          retry: retryAdvice(code, data),
          commands: list,
        },
      ];
    }),
  );
}
