/**
 * Client errors as the pages show them: the catalogue (content/clients/) joined with the code names and the URLs,
 * computed once per content object. Client pages, error pages, code pages and the lookup read it from here.
 */
import type { ClientError } from '../content/client-schema.ts';
import { CLIENT_ERROR_MIN, literalLength } from '../ftp/server-messages.ts';
import { byFrequency, textParts, type TextPart } from './server-messages.ts';
import type { ClientSource, SiteContent } from './site-content.ts';
import { clientErrorUrl, clientNamesUrl } from './urls.ts';

export interface ClientErrorView extends ClientError {
  /** The client's folder name, e.g. "curl". */
  client: string;
  /** The client's name as written, e.g. "FileZilla". */
  clientName: string;
  /** The codes that cause it, with their short names. */
  causes: { code: number; name: string }[];
  /** The text in literal runs and placeholders, for rendering. */
  parts: TextPart[];
  /** Whether the error has a page of its own. */
  hasPage: boolean;
  /** Its page, or its row on the client's page. */
  url: string;
}

const views = new WeakMap<SiteContent, ClientErrorView[]>();

/**
 * Every error of every client, in client order then catalogue order.
 *
 * @example allClientErrors(content).find((e) => e.id === 'exit-9')?.url // -> '/clients/curl/exit-9'
 */
export function allClientErrors(content: SiteContent): ClientErrorView[] {
  let list = views.get(content);
  if (!list) {
    const names = new Map(content.codes.map((c) => [c.code, c.data.name]));
    list = content.clients.flatMap((client) => client.errors.map((e) => errorView(client, e, names)));
    views.set(content, list);
  }
  return list;
}

function errorView(client: ClientSource, e: ClientError, names: ReadonlyMap<number, string>): ClientErrorView {
  const hasPage = client.pages.has(e.id);
  return {
    ...e,
    client: client.id,
    clientName: client.data.name,
    causes: e.codes.map((code) => ({ code, name: names.get(code) ?? '' })),
    parts: textParts(e.text),
    hasPage,
    url: clientErrorUrl(client.id, e.id, hasPage),
  };
}

/** How clients show one code: the errors it causes, and the names libraries give it. */
export interface ClientsForCode {
  errors: ClientErrorView[];
  names: { client: string; clientName: string; name: string; url: string }[];
}

/**
 * The client errors a code causes (most often met first) and the names libraries give it ("FtpStatusCode.
 * ActionNotTakenFileUnavailable"); undefined when the catalogue has neither.
 *
 * @example clientsForCode(content, 550)?.names.map((n) => n.name) // -> ['FTPReply.FILE_UNAVAILABLE', ...]
 */
export function clientsForCode(content: SiteContent, code: number): ClientsForCode | undefined {
  const errors = allClientErrors(content)
    .filter((e) => e.codes.includes(code))
    .sort(byFrequency);
  const names = content.clients.flatMap((c) => {
    const name = c.names?.names[String(code)];
    return name
      ? [
          {
            client: c.id,
            clientName: c.data.name,
            name: `${c.names!.type}.${name}`,
            url: clientNamesUrl(c.id),
          },
        ]
      : [];
  });
  return errors.length + names.length > 0 ? { errors, names } : undefined;
}

/**
 * Every wording of every client error long enough to be found at the end of a pasted line (CLIENT_ERROR_MIN), the
 * errors with a page of their own and the more often met first: what the lookup and the explainer match against.
 *
 * @example findableClientWordings(content).find((w) => w.error.id === 'exit-9')?.text
 * // -> 'curl: (9) Server denied you to change to the given directory'
 */
export function findableClientWordings(content: SiteContent): { error: ClientErrorView; text: string }[] {
  return [...allClientErrors(content)]
    .sort((a, b) => Number(b.hasPage) - Number(a.hasPage) || byFrequency(a, b))
    .flatMap((error) =>
      [error.text, ...error.also].filter((t) => literalLength(t) >= CLIENT_ERROR_MIN).map((text) => ({ error, text })),
    );
}
