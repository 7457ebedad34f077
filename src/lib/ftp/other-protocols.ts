/**
 * The same numbers in other protocols, where people searching for an FTP
 * reply land on them (or the reverse). Not FTP facts: each entry names the
 * specification that defines it.
 */

export interface OtherMeaning {
  protocol: 'HTTP' | 'SMTP';
  meaning: string;
  source: { title: string; url: string };
}

const HTTP = (section: string) => ({
  title: `RFC 9110, section ${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc9110#section-${section}`,
});
const SMTP = { title: 'RFC 5321, section 4.2.3', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3' };

const TABLE: Record<number, OtherMeaning[]> = {
  200: [{ protocol: 'HTTP', meaning: 'OK', source: HTTP('15.3.1') }],
  202: [{ protocol: 'HTTP', meaning: 'Accepted: the request is queued, not yet done', source: HTTP('15.3.3') }],
  421: [
    { protocol: 'HTTP', meaning: 'Misdirected Request', source: HTTP('15.5.20') },
    { protocol: 'SMTP', meaning: 'service not available, closing the channel', source: SMTP },
  ],
  426: [{ protocol: 'HTTP', meaning: 'Upgrade Required', source: HTTP('15.5.22') }],
  450: [{ protocol: 'SMTP', meaning: 'mailbox unavailable (temporary)', source: SMTP }],
  451: [{ protocol: 'SMTP', meaning: 'local error in processing', source: SMTP }],
  452: [{ protocol: 'SMTP', meaning: 'insufficient system storage', source: SMTP }],
  500: [
    { protocol: 'HTTP', meaning: 'Internal Server Error: the server failed', source: HTTP('15.6.1') },
    { protocol: 'SMTP', meaning: 'syntax error, command unrecognized', source: SMTP },
  ],
  501: [{ protocol: 'HTTP', meaning: 'Not Implemented', source: HTTP('15.6.2') }],
  502: [{ protocol: 'HTTP', meaning: 'Bad Gateway', source: HTTP('15.6.3') }],
  503: [{ protocol: 'HTTP', meaning: 'Service Unavailable', source: HTTP('15.6.4') }],
  504: [{ protocol: 'HTTP', meaning: 'Gateway Timeout', source: HTTP('15.6.5') }],
  550: [{ protocol: 'SMTP', meaning: 'mailbox unavailable (permanent)', source: SMTP }],
  552: [{ protocol: 'SMTP', meaning: 'exceeded storage allocation', source: SMTP }],
  553: [{ protocol: 'SMTP', meaning: 'mailbox name not allowed', source: SMTP }],
  554: [{ protocol: 'SMTP', meaning: 'transaction failed', source: SMTP }],
};

/** @example otherMeanings(500)[0].meaning // -> 'Internal Server Error: the server failed' */
export function otherMeanings(code: number): OtherMeaning[] {
  return TABLE[code] ?? [];
}
