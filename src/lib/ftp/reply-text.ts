/**
 * What a reply's text says beyond its code: the same 421 can be a time-out, a connection limit or a demand for TLS,
 * and a 530 can be a limit rather than a wrong password. The patterns come from the texts servers send (the server
 * catalogues, content/servers/NAME/messages.yaml, and the captures in tests/fixtures/transcripts/). Pure.
 */

/** The cause a reply's text names, when it names one the explainer has a finding for. */
export type ReplyTopic = 'fatal' | 'tls-data' | 'tls-required' | 'limit' | 'timeout';

/** vsftpd's die(): "500 OOPS: cannot change directory:/home/alice". */
const FATAL = /^OOPS:/;
/** The data connection must be protected: ProFTPD, pyftpdlib "SSL/TLS required on the data channel", vsftpd 522s. */
const TLS_DATA =
  /\b(?:TLS|SSL)\b[^.]*\brequired on the data channel|\bData connections must be encrypted|\bsession reuse required/i;
/**
 * The session must use TLS: "SSL/TLS required on the control channel" (ProFTPD, pyftpdlib), "Non-anonymous sessions
 * must use encryption." (vsftpd), "Sorry, cleartext sessions and weak ciphers are not accepted on this server." and
 * "Please reconnect using TLS security mechanisms." (Pure-FTPd), "Policy requires SSL." (IIS).
 */
const TLS_REQUIRED =
  /\b(?:TLS|SSL|FTPS)\b[^.]*\brequired\b|\brequires? (?:SSL|TLS)\b|\bmust use (?:encryption|TLS|SSL)\b|\bcleartext sessions\b.*\bnot accepted\b|\breconnect using TLS\b/i;
/**
 * A limit was reached: "Sorry, the maximum number of clients (2) from your host are already connected." (ProFTPD),
 * "There are too many connected users, please try later." (vsftpd), "Too many connections (5) from this IP" and
 * "50 users (the maximum) are already logged in, sorry" (Pure-FTPd), "Too many connections from the same IP
 * address." (pyftpdlib), "I can't accept more than 3 connections as the same user" (Pure-FTPd).
 */
const LIMIT =
  /\btoo many (?:connected )?(?:users|connections|clients)\b|\bmaximum number of\b|\(the maximum\)|\bcan't accept more than \d+|\bconnection limit\b|\b(?:max|maximum) (?:clients|connections|users)\b/i;
/** A time-out: "Timeout.", "Idle timeout (600 seconds)", "Login time exceeded.", "Control connection timed out.". */
const TIMEOUT = /\btime ?out\b|\btimed out\b|\btime exceeded\b|\binactivity\b/i;

/**
 * The cause a reply's text names, or undefined when it names none of them. The text is the reply's, after the code.
 *
 * @example replyTopic('Sorry, the maximum number of clients (2) from your host are already connected.') // -> 'limit'
 * @example replyTopic('Please reconnect using TLS security mechanisms.') // -> 'tls-required'
 * @example replyTopic('OOPS: cannot change directory:/home/alice') // -> 'fatal'
 * @example replyTopic('Login incorrect.') // -> undefined
 */
export function replyTopic(text: string): ReplyTopic | undefined {
  if (FATAL.test(text)) return 'fatal';
  if (TLS_DATA.test(text)) return 'tls-data';
  if (TLS_REQUIRED.test(text)) return 'tls-required';
  if (LIMIT.test(text)) return 'limit';
  if (TIMEOUT.test(text)) return 'timeout';
  return undefined;
}
