/**
 * What the comparison pages need to know about one code, gathered from its
 * content file and from the command files (the single source of "returned by").
 */
import type { CodeData, CodeStatus } from '../content/schema.ts';
import type { Phase } from './phases.ts';
import { returnedBy, type CommandEntry } from './sequences.ts';

export interface CodeFacts {
  code: number;
  name: string;
  summary: string;
  status: CodeStatus;
  connection: 'control' | 'data' | undefined;
  /** Every command (or event) that can return the code, with the phase; a command may appear once per phase. */
  commands: { id: string; label: string; phase: Phase }[];
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
          label: r.command.data.kind === 'event' ? r.command.data.name.toLowerCase() : r.command.data.command,
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
          summary: data.summary,
          status: data.status,
          connection: data.connection,
          commands: list,
        },
      ];
    }),
  );
}
