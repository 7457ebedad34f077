/**
 * Every setting the site names exists in that server's own list, extracted from what the server ships
 * (tests/fixtures/settings/, made by scripts/settings/): in messages.yaml, in backticks and in config snippets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedSettings, SETTINGS_SYNTAX } from '../../src/lib/content/named-settings.ts';
import { contentDir, fixturesDir } from '../support/paths.ts';
import { settingsList, unknownSettings } from '../support/server-settings.ts';

const serversDir = join(contentDir, 'servers');
const servers = readdirSync(serversDir).filter((n) => !n.includes('.'));

describe('server settings', () => {
  it.each(servers)('names only settings %s has', (server) => {
    expect(unknownSettings(join(serversDir, server), server)).toEqual([]);
  });

  it('catches a made-up setting added to a page, in backticks or in a snippet', () => {
    const server = servers.find((s) => s === 'vsftpd') ?? servers[0];
    const syntax = SETTINGS_SYNTAX[server];
    const made = server === 'vsftpd' ? 'local_root_fallback' : 'madeUpSetting';
    const page = `---\n---\n\n## Fix\n\nSet \`${made}\`.\n`;
    expect(unknownSettings(join(serversDir, server), server, { 'made-up.md': page })).toEqual([
      `content/servers/${server}/made-up.md:6: ${made}`,
    ]);
    expect(syntax).toBeDefined();
  });

  it('reads settings from backticks and from config snippets in the server syntax', () => {
    const text = 'Set `local_root` and `/etc/vsftpd.conf`:\n\n```ini\n# comment\nchroot_local_user=YES\n```\n';
    expect(namedSettings(text, SETTINGS_SYNTAX.vsftpd)).toEqual([
      { name: 'local_root', line: 1 },
      { name: 'chroot_local_user', line: 5 },
    ]);
    const proftpd =
      '`TLSRequired on`, `MaxClientsPerHost`, `RETR`:\n\n```apache\n<IfModule mod_tls.c>\n  TLSEngine on\n</IfModule>\n```';
    expect(namedSettings(proftpd, SETTINGS_SYNTAX.proftpd).map((s) => s.name)).toEqual([
      'TLSRequired',
      'MaxClientsPerHost',
      '<IfModule>',
      'TLSEngine',
    ]);
  });

  it('has a settings list for every server folder', () => {
    expect(servers.filter((s) => !settingsList(s))).toEqual([]);
  });
});

/** Identifiers in code, command and comparison pages that look like settings but are not (with what they are). */
const NOT_SETTINGS = new Set([
  'krb_mk_safe', // Kerberos library functions named in RFC 2228's examples
  'krb_mk_priv',
  'krb_rd_safe',
  'krb_rd_priv',
  'conf_avail', // RFC 2228 term
  'server_name',
  'StatusText', // jlaffaye/ftp (Go) constants
  'StatusLogoutAck',
  'StatusLoggedOut',
  'StatusInvalidCredentials',
  'StatusHostUnavailable',
]);

describe('settings on code, command and comparison pages', () => {
  it('are settings of some catalogued server', () => {
    const lists = readdirSync(join(fixturesDir, 'settings')).map((f) => f.replace(/\.json$/, ''));
    const known = new Set(lists.flatMap((s) => [...(settingsList(s) ?? [])]));
    const unknown: string[] = [];
    for (const kind of ['codes', 'commands', 'compare']) {
      for (const name of readdirSync(join(contentDir, kind))) {
        const text = readFileSync(join(contentDir, kind, name), 'utf8');
        for (const syntax of [SETTINGS_SYNTAX.vsftpd, SETTINGS_SYNTAX.proftpd])
          for (const s of namedSettings(text, syntax))
            if (!known.has(s.name) && !NOT_SETTINGS.has(s.name)) unknown.push(`${kind}/${name}:${s.line}: ${s.name}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
