/**
 * The options the site names for each client, held against the client's own list (tests/fixtures/options/NAME.json,
 * extracted from what the program ships by scripts/options/). Shared by the test over the real content and the test
 * that shows a made-up option is caught.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { OPTIONS_SYNTAX } from '../../src/lib/content/named-options.ts';
import { namedSettings } from '../../src/lib/content/named-settings.ts';
import { fixturesDir, root } from './paths.ts';

/** A client's own list of options, as its fixture records it. */
export function optionsList(client: string): Set<string> | undefined {
  const file = join(fixturesDir, 'options', `${client}.json`);
  if (!existsSync(file)) return undefined;
  return new Set((JSON.parse(readFileSync(file, 'utf8')) as { options: string[] }).options);
}

/** `file:line: name` (or `errors.yaml: id: name`) for every option named in a client folder that the client lacks. */
export function unknownOptions(folder: string, client: string, extra: Record<string, string> = {}): string[] {
  const list = optionsList(client);
  const syntax = OPTIONS_SYNTAX[client];
  const files = Object.fromEntries(
    readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  ) as Record<string, string>;
  Object.assign(files, extra);
  const where = (name: string) => relative(root, join(folder, name));
  const unknown: string[] = [];
  const errors = (parse(files['errors.yaml'] ?? '[]') ?? []) as { id: string; options?: string[] }[];
  const named = errors.flatMap((e) => (e.options ?? []).map((o) => ({ id: e.id, o })));
  if (named.length > 0 && !list)
    return [`${client}: names options but has no list (tests/fixtures/options/${client}.json)`];
  for (const { id, o } of named) if (!list!.has(o)) unknown.push(`${where('errors.yaml')}: ${id}: ${o}`);
  if (!syntax) return unknown;
  if (!list) return [`${client}: has an option syntax but no list (tests/fixtures/options/${client}.json)`];
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.md')) continue;
    for (const { name: option, line } of namedSettings(text, syntax))
      if (!list.has(option)) unknown.push(`${where(name)}:${line}: ${option}`);
  }
  return unknown;
}
