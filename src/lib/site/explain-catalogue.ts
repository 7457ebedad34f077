/**
 * The catalogue texts the explainer matches against, for `/explain-data.json`: the server messages that have a page
 * of their own (a reply whose text is one links it), and the wordings of the clients whose lines the explainer
 * recognises (src/lib/ftp/client-line.ts), long enough to be found in a line, and those clients' names. Only what
 * matching and the summary need: text, code or client, URL.
 */
import type { ExplainCatalogue } from '../ftp/explain.ts';
import type { ClientId } from '../ftp/client-line.ts';
import { OS_ERRORS } from '../ftp/os-errors.ts';
import { findableClientWordings } from './client-errors.ts';
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
  const clients = findableClientWordings(content)
    .filter(({ error }) => error.client in CLIENTS)
    .map(({ error, text }) => ({ client: error.client, text, url: error.url }));
  // How the summary names them: as their own pages do.
  const clientNames = Object.fromEntries(
    content.clients.filter((c) => c.id in CLIENTS).map((c) => [c.id, c.data.name]),
  );
  return { errors: OS_ERRORS, messages, clients, clientNames };
}
