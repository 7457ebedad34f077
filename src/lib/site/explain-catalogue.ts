/**
 * The catalogue texts the explainer matches against, for `/explain-data.json`: the server messages that have a page
 * of their own (a reply whose text is one links it), and the wordings of the clients whose lines the explainer
 * recognises (src/lib/ftp/client-line.ts), long enough to be found in a line. Only what matching needs: text, code
 * or client, URL.
 */
import type { ExplainCatalogue } from '../ftp/explain.ts';
import type { ClientId } from '../ftp/client-line.ts';
import { OS_ERRORS } from '../ftp/os-errors.ts';
import { CLIENT_ERROR_MIN, literalLength } from '../ftp/server-messages.ts';
import { allClientErrors } from './client-errors.ts';
import { allMessages, byFrequency } from './server-messages.ts';
import type { SiteContent } from './site-content.ts';

/** The clients client-line.ts recognises; their errors are all the explainer can meet. */
const CLIENTS: Record<ClientId, true> = {
  filezilla: true,
  winscp: true,
  curl: true,
  lftp: true,
  'python-ftplib': true,
};

/**
 * @example explainCatalogue(content).messages.find((m) => m.code === 500)?.url // -> '/servers/vsftpd/...'
 */
export function explainCatalogue(content: SiteContent): ExplainCatalogue {
  // Where two servers send the same text, the more often met comes first (matchMessages keeps the order on ties).
  const messages = [...allMessages(content)]
    .filter((m) => m.hasPage)
    .sort(byFrequency)
    .map((m) => ({ code: m.code, text: m.text, server: m.serverName, url: m.url }));
  const clients = [...allClientErrors(content)]
    .filter((e) => e.client in CLIENTS)
    .sort((a, b) => Number(b.hasPage) - Number(a.hasPage) || byFrequency(a, b))
    .flatMap((e) =>
      [e.text, ...e.also]
        .filter((t) => literalLength(t) >= CLIENT_ERROR_MIN)
        .map((text) => ({ client: e.client, text, url: e.url })),
    );
  return { errors: OS_ERRORS, messages, clients };
}
