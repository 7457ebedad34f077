/**
 * The page of a client error people search for (`/clients/curl/exit-9`, design.md 5): the exact text as the
 * heading, what the client was doing, then the written Fix (on the first screen) and Causes, the facts (the
 * identifier, the replies or event behind it, the options), the other wordings, and where the text comes from.
 */
import type { ClientData } from '../../content/client-schema.ts';
import { allClientErrors, type ClientErrorView } from '../client-errors.ts';
import { plainText } from '../server-messages.ts';
import type { SiteContent } from '../site-content.ts';
import { clip, MAX_TITLE, titleLength } from '../titles.ts';
import { clientsIndexUrl, clientUrl, homeUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { guidesFor, type GuideLink } from '../guides.ts';

export interface ClientErrorPage {
  frame: PageFrame;
  error: ClientErrorView;
  client: { id: string; data: ClientData };
  /** Errors with the same cause, of this client or another. */
  related: ClientErrorView[];
  /** The guides that cover this error. */
  guides: GuideLink[];
}

/**
 * The page title: the exact text, then the client, cut to what a search result shows.
 *
 * @example clientErrorTitle('curl: (9) Server denied you to change to the given directory', 'curl')
 * // -> 'curl: (9) Server denied you to change to the given directory (curl)'
 */
export function clientErrorTitle(text: string, client: string): string {
  const tail = text.toLowerCase().startsWith(client.toLowerCase()) ? '' : ` (${client})`;
  let head = plainText(text);
  while (titleLength(head + tail) > MAX_TITLE) head = `${head.slice(0, -2).trimEnd()}…`;
  return head + tail;
}

/**
 * @example clientErrorPage(content, 'curl', 'exit-9', [], site).error.exit // -> 9
 */
export function clientErrorPage(
  content: SiteContent,
  clientId: string,
  id: string,
  related: readonly string[],
  site: URL,
): ClientErrorPage {
  const client = content.clients.find((c) => c.id === clientId);
  const errors = allClientErrors(content);
  const error = errors.find((e) => e.client === clientId && e.id === id);
  if (!client || !error) throw new Error(`no client error ${clientId}/${id} in the content`);
  const find = (ref: string) => {
    const [c, e] = ref.includes('/') ? ref.split('/') : [clientId, ref];
    return errors.find((x) => x.client === c && x.id === e);
  };
  const doing = error.doing.replace(/\s+/g, ' ');
  return {
    frame: pageFrame(
      {
        title: clientErrorTitle(error.text, client.data.name),
        description: error.fix ? `${doing} ${error.fix}` : doing,
        path: error.url,
        trail: [
          { label: 'Home', href: homeUrl },
          { label: 'Clients', href: clientsIndexUrl },
          { label: client.data.name, href: clientUrl(clientId) },
          { label: clip(plainText(error.text)) },
        ],
      },
      site,
    ),
    error,
    client: { id: client.id, data: client.data },
    related: related.flatMap((ref) => find(ref) ?? []),
    guides: guidesFor(content, { error: `${clientId}/${id}` }),
  };
}
