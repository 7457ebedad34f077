/**
 * The settings a content file names: in config snippets (fenced blocks in the server's config syntax) and in
 * backticks, shaped the way the server spells its settings. Tests hold them against each server's own list
 * (tests/fixtures/settings/NAME.json), so the site never tells a reader to set something the server lacks.
 */

/** How a server spells a setting in running text, and the fence language of its config snippets. */
export interface SettingsSyntax {
  /** An inline code span that is a setting: the setting's name (or names), or undefined for other code. */
  inline: (code: string) => string | string[] | undefined;
  /** Fence languages whose lines are config lines, and the setting names in one line. */
  snippets: Record<string, (line: string) => string[]>;
}

const snake = (code: string) => /^([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?:=\S*)?$/.exec(code)?.[1];
/** `MaxClientsPerHost`, `TLSRequired on`: two capitals or more and a lower-case letter, before any value. */
const camel = (code: string) => {
  const word = /^([A-Z][A-Za-z0-9]+)(?: .*)?$/.exec(code)?.[1];
  return word && /[A-Z].*[A-Z]/.test(word) && /[a-z]/.test(word) ? word : undefined;
};
/** Pure-FTPd: a pure-ftpd.conf key, a long option (`--maxclientsperip`), or Debian's conf file for it. */
const pureFtpd = (code: string) =>
  /^\/etc\/pure-ftpd\/conf\/(\w+)$/.exec(code)?.[1] ?? /^(--[a-z]+)(?:=\S*)?$/.exec(code)?.[1] ?? camel(code);
const lowerCamel = (code: string) => /^([a-z]+[A-Z][A-Za-z0-9]*)(?:=\S*)?$/.exec(code)?.[1];
const comment = (line: string) => /^\s*([#;]|$)/.test(line);
/** `name=value` lines (vsftpd.conf). */
const keyValue = (line: string) => (comment(line) ? [] : [line.split('=')[0].trim()]);
/** `Name value` lines (proftpd.conf, pure-ftpd.conf); ProFTPD's `<Section ...>` lines name `<Section>`. */
const directive = (line: string) => {
  if (comment(line) || /^\s*<\//.test(line)) return [];
  const section = /^\s*<(\w+)/.exec(line);
  return section ? [`<${section[1]}>`] : [line.trim().split(/\s+/)[0]];
};
/** XML lines (IIS applicationHost.config): element and attribute names. */
const xml = (line: string) => [
  ...[...line.matchAll(/<(?!\/|!)([\w.]+)/g)].map((m) => m[1]),
  ...[...line.matchAll(/\s([\w.]+)="/g)].map((m) => m[1]),
];

/** Python (pyftpdlib): attributes set on a handler or server class, `handler.passive_ports = ...`. */
const pythonAttribute = (line: string) => [...line.matchAll(/^\s*\w+\.(\w+)\s*=/g)].map((m) => m[1]);

/** Each server's syntax, by its folder name under content/servers/. */
export const SETTINGS_SYNTAX: Record<string, SettingsSyntax> = {
  vsftpd: { inline: snake, snippets: { ini: keyValue } },
  proftpd: { inline: camel, snippets: { apache: directive } },
  'pure-ftpd': { inline: pureFtpd, snippets: { conf: directive } },
  iis: { inline: lowerCamel, snippets: { xml } },
  pyftpdlib: { inline: snake, snippets: { python: pythonAttribute } },
  'filezilla-server': { inline: () => undefined, snippets: {} },
};

/** A setting named in a file, and where. */
export interface NamedSetting {
  name: string;
  /** 1-based line within the text given. */
  line: number;
}

/**
 * The settings a Markdown text names, for a server's syntax.
 *
 * @example namedSettings('Set `local_root` or:\n```ini\nchroot_local_user=YES\n```\n', SETTINGS_SYNTAX.vsftpd)
 * // -> [{ name: 'local_root', line: 1 }, { name: 'chroot_local_user', line: 3 }]
 */
export function namedSettings(markdown: string, syntax: SettingsSyntax): NamedSetting[] {
  const found: NamedSetting[] = [];
  let fence: ((line: string) => string[]) | null | undefined;
  markdown.split('\n').forEach((text, i) => {
    const open = /^\s*(```+|~~~+)\s*([\w-]*)/.exec(text);
    if (open) {
      // Opening a fence: its language decides whether the lines are config; closing one ends it.
      fence = fence === undefined ? (syntax.snippets[open[2]] ?? null) : undefined;
      return;
    }
    if (fence) for (const name of fence(text)) found.push({ name, line: i + 1 });
    if (fence !== undefined) return;
    for (const m of text.matchAll(/`([^`\n]+)`/g)) {
      for (const name of [syntax.inline(m[1])].flat()) if (name) found.push({ name, line: i + 1 });
    }
  });
  return found;
}
