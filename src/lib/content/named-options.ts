/**
 * The options a client's content files name (in backticks and in fenced snippets), read the way each client
 * spells them. Tests hold them against the client's own list (tests/fixtures/options/NAME.json), so the site never
 * tells a reader to use a switch the program lacks. Same shape as the servers' SETTINGS_SYNTAX.
 */
import type { SettingsSyntax } from './named-settings.ts';

/** Command-line switches in a span or line: `-P -`, `--ftp-method nocwd`, `curl -v --disable-epsv URL`. */
const switches = (text: string) => [...text.matchAll(/(?:^|\s)(--?[A-Za-z#][\w-]*)/g)].map((m) => m[1]!);

/** curl: a span that starts with a switch, or a whole `curl ...` command. */
const curlInline = (code: string) => (/^(curl\s|--?[A-Za-z#])/.test(code) ? switches(code) : undefined);

/** lftp: a setting (`ftp:passive-mode`, `set ftp:ssl-allow no`, `ssl:verify-certificate/host`) or `lftp -d`. */
const LFTP_SETTING = /^(?:set\s+)?([a-z]+:[a-z0-9-]+)(?:\/\S*)?(?:\s.*)?$/;
const lftpInline = (code: string) =>
  LFTP_SETTING.exec(code)?.[1] ?? (/^lftp\s|^-[a-z]$/.test(code) ? switches(code) : undefined);
const lftpLine = (line: string) => {
  const set = /^\s*set\s+([a-z]+:[a-z0-9-]+)/.exec(line);
  if (set) return [set[1]!];
  return /^\s*lftp\s/.test(line) ? switches(line) : [];
};

/** Python ftplib: `prot_p()`, `ftp.set_pasv(False)`, `ftplib.error_perm`, `trust_server_pasv_ipv4_address`. */
const pythonInline = (code: string) =>
  /^(?:ftplib\.|ftp\.|self\.)?([a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+(?=\())(?:\(.*\))?$/.exec(code)?.[1];
const pythonLine = (line: string) => [
  ...[...line.matchAll(/\.([a-z_][a-z0-9_]*)\s*\(/g)].map((m) => m[1]!),
  ...[...line.matchAll(/\.([a-z_][a-z0-9_]*)\s*=[^=]/g)].map((m) => m[1]!),
];

/** PHP: `ftp_pasv`, `ftp_pasv($c, true)`, `FTP_USEPASVADDRESS`. */
const phpInline = (code: string) => /^(ftp_[a-z_]+|FTP_[A-Z_]+)(?:\(.*\))?$/.exec(code)?.[1];
const phpLine = (line: string) => [...line.matchAll(/\b(ftp_[a-z_]+|FTP_[A-Z_]+)\b/g)].map((m) => m[1]!);

/** Java (Commons Net): a method call, `enterLocalPassiveMode()`, `setRemoteVerificationEnabled(false)`. */
const javaMethod = (code: string) => /^(?:\w+\.)?([a-z][A-Za-z0-9]*)\(.*\)$/.exec(code)?.[1];
/** C# (FluentFTP): `Config.ValidateAnyCertificate = true`, `client.Config.LogToConsole = true`. */
const csharpConfig = (code: string) => /^(?:client\.)?(Config\.[A-Z][A-Za-z0-9]*)(?:\s*=.*)?$/.exec(code)?.[1];
/**
 * JavaScript (basic-ftp): `client.ftp.verbose = true`, `allowSeparateTransferHost: true`, `enterPassiveModeIPv4`.
 * A bare lower-case word (`code`, `access`) is read as an option only after `client.` or `client.ftp.`.
 */
const jsOption = (code: string) => {
  const m = /^(client\.(?:ftp\.)?)?([a-z][A-Za-z0-9_]*)(?:\s*[=:(].*)?$/.exec(code);
  return m && (m[1] || /[A-Z_]/.test(m[2]!)) ? m[2] : undefined;
};
/** Go (jlaffaye/ftp): its dial options, `DialWithTimeout`, `DialWithDisabledEPSV(true)`. */
const goDialOption = (code: string) => /^(DialWith[A-Za-z]+)(?:\(.*\))?$/.exec(code)?.[1];

const none = () => undefined;

/**
 * Each client's syntax, by its folder name under content/clients/. A client without an entry names no options
 * in its text (its `options` fields are still checked against its list, when it has one).
 */
export const OPTIONS_SYNTAX: Record<string, SettingsSyntax> = {
  curl: {
    inline: curlInline,
    snippets: { sh: (line) => (/\bcurl\b|^\s*--?[A-Za-z]/.test(line) ? switches(line) : []) },
  },
  lftp: { inline: lftpInline, snippets: { sh: lftpLine } },
  'python-ftplib': { inline: pythonInline, snippets: { python: pythonLine } },
  'php-ftp': { inline: phpInline, snippets: { php: phpLine } },
  'commons-net': { inline: javaMethod, snippets: {} },
  fluentftp: { inline: csharpConfig, snippets: {} },
  'basic-ftp': { inline: jsOption, snippets: {} },
  'go-ftp': { inline: goDialOption, snippets: {} },
  filezilla: { inline: none, snippets: {} },
  winscp: { inline: none, snippets: {} },
};
