/**
 * Every option the site names for a client exists in that client's own list, extracted from what the program ships
 * (tests/fixtures/options/, made by scripts/options/): in errors.yaml and, for the clients whose spelling of an
 * option can be told from other code (OPTIONS_SYNTAX), in backticks and in snippets.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS_SYNTAX } from '../../src/lib/content/named-options.ts';
import { namedSettings } from '../../src/lib/content/named-settings.ts';
import { contentDir } from '../support/paths.ts';
import { optionsList, unknownOptions } from '../support/client-options.ts';

const clientsDir = join(contentDir, 'clients');
const clients = readdirSync(clientsDir).filter((n) => !n.includes('.'));

describe('client options', () => {
  it.each(clients)('names only options %s has', (client) => {
    expect(unknownOptions(join(clientsDir, client), client)).toEqual([]);
  });

  /** A name each client's syntax reads as an option, which it does not have. */
  const MADE_UP: Record<string, string> = {
    curl: '--ftp-made-up',
    lftp: 'ftp:made-up-setting',
    'python-ftplib': 'set_made_up',
    'php-ftp': 'FTP_MADE_UP',
    'commons-net': 'setMadeUpMode(true)',
    fluentftp: 'Config.MadeUpOption',
    'basic-ftp': 'client.ftp.madeUpOption',
    'go-ftp': 'DialWithMadeUpOption',
  };

  it.each(Object.keys(MADE_UP))('catches a made-up option added to a %s page', (client) => {
    const made = MADE_UP[client]!;
    const page = `---\n---\n\n## Fix\n\nUse \`${made}\`.\n`;
    const name = made.replace(/^client\.ftp\./, '').replace(/\(.*\)$/, '');
    expect(unknownOptions(join(clientsDir, client), client, { 'made-up.md': page })).toEqual([
      `content/clients/${client}/made-up.md:6: ${name}`,
    ]);
  });

  it('reads options from backticks and snippets in each spelling', () => {
    expect(namedSettings('Try `--ftp-method nocwd` or `-P -`.', OPTIONS_SYNTAX.curl!).map((o) => o.name)).toEqual([
      '--ftp-method',
      '-P',
    ]);
    expect(
      namedSettings('```sh\ncurl -v --disable-epsv ftp://host/\n```', OPTIONS_SYNTAX.curl!).map((o) => o.name),
    ).toEqual(['-v', '--disable-epsv']);
    expect(
      namedSettings('`set ftp:ssl-allow no`, `ssl:verify-certificate/host`', OPTIONS_SYNTAX.lftp!).map((o) => o.name),
    ).toEqual(['ftp:ssl-allow', 'ssl:verify-certificate']);
    expect(
      namedSettings('Call `prot_p()` after `login()`.', OPTIONS_SYNTAX['python-ftplib']!).map((o) => o.name),
    ).toEqual(['prot_p', 'login']);
  });

  it('has a list for every client with an option syntax', () => {
    expect(Object.keys(OPTIONS_SYNTAX).filter((c) => clients.includes(c) && !optionsList(c))).toEqual([]);
  });
});
