/**
 * Guides (content/guides/): their server steps rest on captures that exist, and every setting or option they name
 * exists in some program's own list: in snippets by the fence's language (ini vsftpd, apache ProFTPD, conf
 * Pure-FTPd, xml IIS, sh curl and lftp), in backticks by any program's spelling. Pages they cover link back.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS_SYNTAX } from '../../src/lib/content/named-options.ts';
import { namedSettings, SETTINGS_SYNTAX, type SettingsSyntax } from '../../src/lib/content/named-settings.ts';
import { guidesFor } from '../../src/lib/site/guides.ts';
import { optionsList } from '../support/client-options.ts';
import { contentDir, fixturesDir } from '../support/paths.ts';
import { settingsList } from '../support/server-settings.ts';
import { realSiteContent } from '../support/site-content.ts';

const content = realSiteContent();
const guidesDir = join(contentDir, 'guides');
const files = existsSync(guidesDir) ? readdirSync(guidesDir).filter((f) => f.endsWith('.md')) : [];

/** Fence language -> the programs whose lists its names are checked against, and how to read a line. */
const SNIPPETS: Record<string, { lists: (Set<string> | undefined)[]; read: (line: string) => string[] }> = {
  ini: { lists: [settingsList('vsftpd')], read: SETTINGS_SYNTAX.vsftpd!.snippets.ini! },
  apache: { lists: [settingsList('proftpd')], read: SETTINGS_SYNTAX.proftpd!.snippets.apache! },
  conf: { lists: [settingsList('pure-ftpd')], read: SETTINGS_SYNTAX['pure-ftpd']!.snippets.conf! },
  xml: { lists: [settingsList('iis')], read: SETTINGS_SYNTAX.iis!.snippets.xml! },
  sh: {
    lists: [optionsList('curl'), optionsList('lftp')],
    read: (line) => [...OPTIONS_SYNTAX.curl!.snippets.sh!(line), ...OPTIONS_SYNTAX.lftp!.snippets.sh!(line)],
  },
};

/** Every program's own list, for names in backticks: the sentence says whose it is. */
const allLists = [
  ...readdirSync(join(fixturesDir, 'settings')).map((f) => settingsList(f.replace(/\.json$/, ''))),
  ...readdirSync(join(fixturesDir, 'options')).map((f) => optionsList(f.replace(/\.json$/, ''))),
];
/** Names in backticks that look like a setting but belong to no FTP program (with what they are). */
const NOT_SETTINGS = new Set([
  'nodePort', // a field of a Kubernetes Service
  'hostNetwork', // a field of a Kubernetes Pod
  'hostPort', // a field of a Kubernetes container port
  'containerPort', // a field of a Kubernetes container port
  'FTP_USER_UID', // environment variables of container images (permissions guide)
  'FTP_USER_GID',
  'FTPConnectionClosedException', // an exception class of Apache Commons Net
  '-rw-------', // file modes as ls prints them
  '-rw-r--r--',
  'files:dirs', // "files:dirs", the two modes a umask gives, written as a pair
  'ftpd_t', // SELinux types and booleans
  'public_content_t',
  'public_content_rw_t',
  'allow_ftpd_anon_write',
  'allow_ftpd_full_access',
]);
const inline: SettingsSyntax[] = [...Object.values(SETTINGS_SYNTAX), ...Object.values(OPTIONS_SYNTAX)];

describe('guides', () => {
  it('exist: passive mode, FTPS, permissions and connection limits', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  it.each(files)('%s names only captures that exist', (file) => {
    const guide = content.guides.find((g) => `${g.id}.md` === file)!;
    expect(guide.data.seen.length, 'a guide rests on captures').toBeGreaterThan(0);
    expect(guide.data.seen.filter((f) => !existsSync(join(fixturesDir, 'transcripts', f)))).toEqual([]);
  });

  it.each(files)('%s names only settings and options that exist', (file) => {
    const text = readFileSync(join(guidesDir, file), 'utf8');
    const unknown: string[] = [];
    let fence: (typeof SNIPPETS)[string] | null | undefined;
    text.split('\n').forEach((line, i) => {
      const open = /^\s*(```+|~~~+)\s*([\w-]*)/.exec(line);
      if (open) {
        fence = fence === undefined ? (SNIPPETS[open[2]!] ?? null) : undefined;
        return;
      }
      if (fence) {
        for (const name of fence.read(line))
          if (!fence.lists.some((l) => l?.has(name))) unknown.push(`${i + 1}: ${name}`);
        return;
      }
      if (fence !== undefined) return;
      for (const m of line.matchAll(/`([^`\n]+)`/g)) {
        const names = new Set(
          inline.flatMap((syntax) => namedSettings(`\`${m[1]}\``, { ...syntax, snippets: {} })).map((n) => n.name),
        );
        for (const name of names)
          if (!NOT_SETTINGS.has(name) && !allLists.some((l) => l?.has(name))) unknown.push(`${i + 1}: ${name}`);
      }
    });
    expect(unknown).toEqual([]);
  });

  it('are linked back from every page they cover', () => {
    for (const g of content.guides) {
      const back = [
        ...g.data.covers.codes.map((code) => guidesFor(content, { code })),
        ...g.data.covers.messages.map((message) => guidesFor(content, { message })),
        ...g.data.covers.errors.map((error) => guidesFor(content, { error })),
      ];
      expect(
        back.every((links) => links.some((l) => l.url === `/guides/${g.id}`)),
        g.id,
      ).toBe(true);
    }
  });
});
