/**
 * The one place pages read content collections. Everything derived comes
 * from `src/lib`; this file only wires collections to it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { relatedCodes } from '../lib/related.ts';
import { returnedBy, sortCommands } from '../lib/sequences.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type CommandEntry = CollectionEntry<'commands'>;

/** Code entries sorted by number. The entry id is the code, e.g. "550". */
export async function allCodes(): Promise<CodeEntry[]> {
  const codes = await getCollection('codes');
  return codes.sort((a, b) => Number(a.id) - Number(b.id));
}

/** Command entries: the connection event first, then commands A-Z. */
export async function allCommands(): Promise<CommandEntry[]> {
  return sortCommands(await getCollection('commands'));
}

/** Everything a code page shows beyond its own file. */
export async function codeContext(entry: CodeEntry) {
  const [codes, commands] = await Promise.all([allCodes(), allCommands()]);
  const code = Number(entry.id);
  const names = new Map(codes.map((c) => [Number(c.id), c.data.name]));
  return {
    returnedBy: returnedBy(code, commands),
    related: relatedCodes(code, { codes: [...names.keys()], seeAlso: entry.data.seeAlso, commands }).map((r) => ({
      ...r,
      name: names.get(r.code) ?? '',
    })),
  };
}

/** Short names by code, for labelling links. */
export async function codeNames(): Promise<Map<number, string>> {
  return new Map((await allCodes()).map((c) => [Number(c.id), c.data.name]));
}

/** Number, name, summary and status of every code, for lists. */
export async function codeSummaries() {
  return (await allCodes()).map((c) => ({ code: Number(c.id), name: c.data.name, summary: c.data.summary, status: c.data.status }));
}
