/**
 * What the lookup box fetches to resolve a pasted server or client line (`/lookup-data.json`): the operating
 * system error texts `{error}` stands for, every catalogued message as `{ code, text, url }`, ordered so that where
 * two servers send the same text, the one with a page of its own and the more often met comes first, then every
 * client error wording long enough to be found, with code 0, in the same order.
 */
import { OS_ERRORS } from '../ftp/os-errors.ts';
import { findableClientWordings } from './client-errors.ts';
import type { LookupCatalogue, LookupMessage } from './lookup-message.ts';
import { allMessages, byFrequency } from './server-messages.ts';
import type { SiteContent } from './site-content.ts';

/**
 * @example lookupData(content).messages[0].url // -> '/servers/vsftpd/cannot-change-directory'
 */
export function lookupData(content: SiteContent): LookupCatalogue {
  const list = [...allMessages(content)].sort((a, b) => Number(b.hasPage) - Number(a.hasPage) || byFrequency(a, b));
  // Only texts long enough to be found in a line take part; code 0 marks them.
  const clientErrors = findableClientWordings(content).map(({ error, text }): LookupMessage => ({
    code: 0,
    text,
    url: error.url,
  }));
  return {
    messages: [...list.map((m): LookupMessage => ({ code: m.code, text: m.text, url: m.url })), ...clientErrors],
    errors: OS_ERRORS,
  };
}
