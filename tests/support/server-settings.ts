/**
 * The settings the site names, held against each server's own list (tests/fixtures/settings/NAME.json, extracted
 * from what the server ships by scripts/settings/). Shared by the test over the real content and the test that
 * shows a made-up setting is caught.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { namedSettings, SETTINGS_SYNTAX } from '../../src/lib/content/named-settings.ts';
import { fixturesDir, root } from './paths.ts';

/** A server's own list of settings, as its fixture records it. */
export function settingsList(server: string): Set<string> | undefined {
  const file = join(fixturesDir, 'settings', `${server}.json`);
  if (!existsSync(file)) return undefined;
  return new Set((JSON.parse(readFileSync(file, 'utf8')) as { settings: string[] }).settings);
}

/** `file:line: name` for every setting named in a server folder that the server does not have. */
export function unknownSettings(folder: string, server: string, extra: Record<string, string> = {}): string[] {
  const list = settingsList(server);
  const syntax = SETTINGS_SYNTAX[server];
  if (!list || !syntax) return [`${server}: no settings list or syntax (tests/fixtures/settings/${server}.json)`];
  const files = Object.fromEntries(
    readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  ) as Record<string, string>;
  Object.assign(files, extra);
  const where = (name: string) => relative(root, join(folder, name));
  const unknown: string[] = [];
  const messages = (parse(files['messages.yaml'] ?? '[]') ?? []) as { id: string; settings?: string[] }[];
  for (const m of messages)
    for (const s of m.settings ?? []) if (!list.has(s)) unknown.push(`${where('messages.yaml')}: ${m.id}: ${s}`);
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.md')) continue;
    for (const { name: setting, line } of namedSettings(text, syntax))
      if (!list.has(setting)) unknown.push(`${where(name)}:${line}: ${setting}`);
  }
  return unknown;
}
