/**
 * What the lookup box fetches to resolve a pasted server line (`/lookup-data.json`): the operating system error
 * texts `{error}` stands for, and every catalogued message as `[code, text, url]`, ordered so that where two
 * servers send the same text, the one with a page of its own and the more often met comes first.
 */
import { OS_ERRORS } from '../ftp/os-errors.ts';
import type { LookupCatalogue, LookupMessage } from './lookup-message.ts';
import { allMessages, byFrequency } from './server-messages.ts';
import type { SiteContent } from './site-content.ts';

/**
 * @example lookupData(content).messages[0] // -> [500, 'OOPS: cannot change directory:{path}', '/servers/vsftpd/cannot-change-directory']
 */
export function lookupData(content: SiteContent): LookupCatalogue {
  const list = [...allMessages(content)].sort((a, b) => Number(b.hasPage) - Number(a.hasPage) || byFrequency(a, b));
  return { messages: list.map((m): LookupMessage => [m.code, m.text, m.url]), errors: OS_ERRORS };
}
