/**
 * What the lookup box fetches to resolve a pasted server line (`/lookup-data.json`): every catalogued message as
 * `[code, text, url]`, ordered so that where two servers send the same text, the one with a page of its own and
 * the more often met comes first.
 */
import type { LookupMessage } from './lookup.ts';
import { allMessages, byFrequency } from './server-messages.ts';
import type { SiteContent } from './site-content.ts';

/**
 * @example lookupData(content).messages[0] // -> [500, 'OOPS: cannot change directory:{path}', '/servers/vsftpd/cannot-change-directory']
 */
export function lookupData(content: SiteContent): { messages: LookupMessage[] } {
  const list = [...allMessages(content)].sort((a, b) => Number(b.hasPage) - Number(a.hasPage) || byFrequency(a, b));
  return { messages: list.map((m) => [m.code, m.text, m.url] as const) };
}
